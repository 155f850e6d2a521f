/**
 * json-rules-engine's four number comparisons, defined together because they differ only in
 * the comparison; the fact validator is the engine's own (`parseFloat` is not NaN).
 */
import { defineOperator, type OperatorDefinition } from '../operator.js';

const isNumeric = (value: unknown) => Number.parseFloat(value as string).toString() !== 'NaN';

function numeric(id: string, description: string, verb: string, compare: (a: number, b: number) => boolean): OperatorDefinition {
  return defineOperator({
    id,
    description,
    factTypes: ['number'],
    value: 'number',
    wording: ({ value }) => ({ verb, value }),
    evaluate: (a, b) => compare(a as number, b as number),
    factValueValidator: isNumeric,
  });
}

export const lessThan = numeric('lessThan', 'Talet är mindre än värdet.', 'är mindre än', (a, b) => a < b);
export const lessThanInclusive = numeric('lessThanInclusive', 'Talet är högst värdet.', 'är högst', (a, b) => a <= b);
export const greaterThan = numeric('greaterThan', 'Talet är större än värdet.', 'är större än', (a, b) => a > b);
export const greaterThanInclusive = numeric('greaterThanInclusive', 'Talet är minst värdet.', 'är minst', (a, b) => a >= b);
