/**
 * ISO timestamps as payloads and options carry them: a date (`2026-11-20`), or a date and time
 * (`2026-11-20T14:05`, seconds and milliseconds optional) with an optional `Z` or `±hh:mm`. Only
 * real calendar days and clock times pass: `2026-02-30` and `25:61` are no timestamps, rather than
 * rolling over into March or the next day as `Date` would.
 */

import { isIsoDate } from './dates.js';

/** A Gregorian calendar date `YYYY-MM-DD`, leap years included, as one regular expression. */
const DATE = '(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))'
  + '|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)';
const TIME = '(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,3})?)?';
const ZONE = '(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])';

/**
 * The JSON Schema `pattern` of a timestamp. A pattern rather than `format: date-time`, which
 * demands seconds and a zone; it says exactly what `parseTimestamp` accepts (tested as a property).
 */
export const TIMESTAMP_PATTERN = `^${DATE}(?:T${TIME}${ZONE}?)?$`;

/** A real calendar date alone, `YYYY-MM-DD`, as a JSON Schema `pattern` (what `isIsoDate` accepts). */
export const DATE_PATTERN = `^${DATE}$`;

export interface Timestamp {
  /** `YYYY-MM-DD` as written. */
  date: string;
  year: number;
  month: number;
  day: number;
  /** Absent for a date alone. */
  hour?: number;
  minute?: number;
  second?: number;
  millisecond?: number;
  /** `Z` or `+01:00` as written; absent for wall time. */
  zone?: string;
}

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?)?$/;

export function parseTimestamp(value: unknown): Timestamp | null {
  if (typeof value !== 'string') return null;
  const match = SHAPE.exec(value);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, millisecond, zone] = match;
  const date = `${year}-${month}-${day}`;
  if (!isIsoDate(date)) return null;
  const timestamp: Timestamp = { date, year: Number(year), month: Number(month), day: Number(day) };
  if (hour === undefined) return timestamp;
  timestamp.hour = Number(hour);
  timestamp.minute = Number(minute);
  timestamp.second = second === undefined ? 0 : Number(second);
  timestamp.millisecond = millisecond === undefined ? 0 : Number(millisecond.padEnd(3, '0'));
  if (timestamp.hour > 23 || timestamp.minute > 59 || timestamp.second > 59) return null;
  if (zone !== undefined) {
    if (zone !== 'Z' && (Number(zone.slice(1, 3)) > 23 || Number(zone.slice(4, 6)) > 59)) return null;
    timestamp.zone = zone;
  }
  return timestamp;
}

export function isTimestamp(value: unknown): value is string {
  return parseTimestamp(value) !== null;
}
