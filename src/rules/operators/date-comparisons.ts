/**
 * Date comparisons (`dateBefore`, `dateOnOrBefore`, `dateAfter`, `dateOnOrAfter`), defined
 * together because they differ only in the comparison. Uncertain dates compare by their earliest
 * day; a missing or malformed date makes the condition false.
 */
import { defineOperator, type OperatorDefinition } from '../operator.js';
import { DATE_TYPES, comparableDate } from './comparable-date.js';

function dateComparison(id: string, description: string, compare: (a: string, b: string) => boolean): OperatorDefinition {
  return defineOperator({
    id,
    description,
    factTypes: DATE_TYPES,
    value: 'date',
    evaluate(a, b) {
      const left = comparableDate(a);
      const right = comparableDate(b);
      return left !== null && right !== null && compare(left, right);
    },
  });
}

export const dateBefore = dateComparison('dateBefore', 'Datumet är före värdet.', (a, b) => a < b);
export const dateOnOrBefore = dateComparison('dateOnOrBefore', 'Datumet är samma dag som eller före värdet.', (a, b) => a <= b);
export const dateAfter = dateComparison('dateAfter', 'Datumet är efter värdet.', (a, b) => a > b);
export const dateOnOrAfter = dateComparison('dateOnOrAfter', 'Datumet är samma dag som eller efter värdet.', (a, b) => a >= b);
