/**
 * The Swedish calendar day of an envelope timestamp. A timestamp with `Z` or an offset is an
 * instant (an e-service's clock); one without is Swedish wall time already. Arithmetic with the
 * EU summer-time rule (`swedishUtcOffset`), not Intl, since a region's year of cases is 100,000 calls.
 */

import { swedishUtcOffset } from '../util/dates.js';

const ZONED = /(Z|[+-]\d{2}:\d{2})$/;

export function swedishDate(timestamp: string): string {
  if (timestamp.length <= 10 || !ZONED.test(timestamp)) return timestamp.slice(0, 10);
  const instant = Date.parse(timestamp);
  return new Date(instant + swedishUtcOffset(instant) * 3_600_000).toISOString().slice(0, 10);
}

/** `2026-03-02 09:15` in Swedish time, for lists and printouts. */
export function swedishWallTime(timestamp: string): string {
  if (timestamp.length <= 10) return timestamp;
  if (!ZONED.test(timestamp)) return timestamp.slice(0, 16).replace('T', ' ');
  const instant = Date.parse(timestamp);
  return new Date(instant + swedishUtcOffset(instant) * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * The instant a timestamp means, ms since 1970: one without an offset is Swedish wall time, not
 * the machine's (a clock change's skipped hour reads as the hour after).
 */
export function swedishInstant(timestamp: string): number {
  if (timestamp.length > 10 && ZONED.test(timestamp)) return Date.parse(timestamp);
  const naive = Date.parse(`${timestamp.length === 10 ? `${timestamp}T00:00` : timestamp}Z`);
  return naive - swedishUtcOffset(naive - swedishUtcOffset(naive) * 3_600_000) * 3_600_000;
}
