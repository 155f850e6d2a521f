/**
 * What the four date comparisons share: a fact becomes a comparable ISO date (a real date as it
 * is, an uncertain date such as `2021-10-00` as its earliest possible day, anything else null, and
 * then the comparison is false).
 */
import { isIsoDate } from '../../util/dates.js';
import { earliestDay } from '../../fields/kinds/uncertain-date.js';
import { defineOperator, type OperatorDefinition } from '../operator.js';

export function comparableDate(value: unknown): string | null {
  if (isIsoDate(value)) return value;
  if (typeof value === 'string' && value.length === 10 && value.includes('-00')) {
    const earliest = earliestDay(value);
    return earliest !== null && isIsoDate(earliest) ? earliest : null;
  }
  return null;
}

export const DATE_TYPES = ['date', 'uncertainDate'] as const;

export function dateComparison(id: string, description: string, verb: string, compare: (a: string, b: string) => boolean): OperatorDefinition {
  return defineOperator({
    id,
    description,
    factTypes: DATE_TYPES,
    value: 'date',
    wording: ({ value }) => ({ verb, value }),
    evaluate(a, b) {
      const left = comparableDate(a);
      const right = comparableDate(b);
      return left !== null && right !== null && compare(left, right);
    },
  });
}
