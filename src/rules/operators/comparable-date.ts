/**
 * Turns a fact into a comparable ISO date: a real date as it is, an uncertain date (`2021-10-00`)
 * as its earliest possible day, anything else as null (and every date comparison is then false).
 */
import { isIsoDate } from '../../util/dates.js';
import { earliestDay } from '../../fields/kinds/uncertain-date.js';

export function comparableDate(value: unknown): string | null {
  if (isIsoDate(value)) return value;
  if (typeof value === 'string' && value.length === 10 && value.includes('-00')) {
    const earliest = earliestDay(value);
    return earliest !== null && isIsoDate(earliest) ? earliest : null;
  }
  return null;
}

export const DATE_TYPES = ['date', 'uncertainDate'] as const;
