/** Option values several commands share, checked the same way with the same messages. */

import { isIsoDate } from '../../util/dates.js';
import { UsageError } from '../io.js';
import { say } from '../lang.js';

/** `--today`: a real calendar date, or undefined for today in Sweden. */
export function checkedToday(value: string | undefined, flag = '--today'): string | undefined {
  if (value === undefined || isIsoDate(value)) return value;
  throw new UsageError(say(`${flag} ska vara ett datum som finns, ÅÅÅÅ-MM-DD, inte ${JSON.stringify(value)}.`, `${flag} must be a real date, YYYY-MM-DD, not ${JSON.stringify(value)}.`));
}

