/**
 * Date and time flags, checked as real calendar dates and clock times before any work starts,
 * with a Swedish message naming the flag. `2026-02-30` is refused here rather than reaching the
 * library, whose own message names its option instead of the flag the user typed.
 */

import { isIsoDate } from '../util/dates.js';
import { parseTimestamp } from '../util/timestamp.js';
import { UsageError } from './io.js';
import { say } from './lang.js';

const shown = (value: string) => JSON.stringify(value.slice(0, 40));

/** `--today 2026-11-20`: a date that exists, or undefined when the flag was not given. */
export function dateFlag(value: string | undefined, flag: string): string | undefined {
  if (value === undefined || isIsoDate(value)) return value;
  const shape = /^\d{4}-\d{2}-\d{2}$/.test(value);
  throw new UsageError(shape
    ? say(`${flag} ${shown(value)} är inget datum som finns i kalendern. Ange ett verkligt datum, ÅÅÅÅ-MM-DD.`, `${flag} ${shown(value)} is not a date in the calendar. Give a real date, YYYY-MM-DD.`)
    : say(`${flag} ska vara ett datum, ÅÅÅÅ-MM-DD, inte ${shown(value)}.`, `${flag} must be a date, YYYY-MM-DD, not ${shown(value)}.`));
}

/** `--printed-at 2026-11-20T14:05`: a real date and a time 00:00–23:59, optionally with a zone. */
export function timestampFlag(value: string | undefined, flag: string): string | undefined {
  if (value === undefined || parseTimestamp(value)) return value;
  throw new UsageError(say(
    `${flag} ${shown(value)} är ingen verklig tidpunkt. Ange ett datum som finns och en tid mellan 00:00 och 23:59, t.ex. 2026-11-20T14:05.`,
    `${flag} ${shown(value)} is not a real time. Give a date that exists and a time between 00:00 and 23:59, e.g. 2026-11-20T14:05.`,
  ));
}
