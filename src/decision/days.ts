/**
 * Calendar dates as epoch day numbers for the sick-leave computations. Arithmetic only (Howard
 * Hinnant's civil-date algorithms) instead of `Date`, because sjukfall parses millions of dates
 * in one run; the results equal `toEpochDay`/`fromEpochDay` in `src/util/dates.ts`.
 */

import { daysInMonth } from '../util/dates.js';

/** Epoch day of `YYYY-MM-DD`, or NaN when the text is not a real date. */
export function parseDay(s: unknown): number {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    y = y * 10 + c;
  }
  const m1 = s.charCodeAt(5) - 48, m2 = s.charCodeAt(6) - 48, d1 = s.charCodeAt(8) - 48, d2 = s.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 1 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 3 || d2 < 0 || d2 > 9) return NaN;
  const m = m1 * 10 + m2, d = d1 * 10 + d2;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return NaN;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function formatDay(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/**
 * Covered days of a set of periods, inclusive, overlaps counted once (SjukfallLangdCalculator).
 * `periods` is a flat list of [from, to] pairs and is sorted in place.
 */
export function coveredDays(periods: Array<[number, number]>): number {
  periods.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let start = NaN, end = NaN;
  for (const [from, to] of periods) {
    if (from > end + 1 || Number.isNaN(end)) {
      if (!Number.isNaN(end)) total += end - start + 1;
      start = from;
      end = to;
    } else if (to > end) end = to;
  }
  return Number.isNaN(end) ? total : total + end - start + 1;
}
