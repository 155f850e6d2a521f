/**
 * ISO calendar dates (`YYYY-MM-DD`) as used in payloads and conditions. Dates are compared as
 * strings and shifted through epoch days, so no time zone ever enters a result.
 */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1000;
}

/** Splits `YYYY-MM-DD` into numbers without validating the calendar; null when the shape is wrong. */
export function splitDate(s: unknown): [number, number, number] | null {
  if (typeof s !== 'string' || s.length !== 10 || s[4] !== '-' || s[7] !== '-') return null;
  const y = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  const m = digit(s, 5) * 10 + digit(s, 6);
  const d = digit(s, 8) * 10 + digit(s, 9);
  if (y < 0 || m < 0 || d < 0) return null;
  return [y, m, d];
}

/** Same rule as ajv-formats' `date` format, so the JSON Schema and the runtime agree. */
export function isIsoDate(s: unknown): s is string {
  const parts = splitDate(s);
  if (!parts) return false;
  const [y, m, d] = parts;
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function toEpochDay(s: string): number {
  const [y, m, d] = splitDate(s)!;
  if (y >= 100) return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
  // Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear takes the year as written.
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return Math.floor(date.getTime() / 86_400_000);
}

export function fromEpochDay(day: number): string {
  const date = new Date(day * 86_400_000);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

export function addDays(s: string, days: number): string {
  return fromEpochDay(toEpochDay(s) + days);
}

/** Inclusive day count of a period: a period from a day to the same day is one day long. */
export function inclusiveDays(from: string, to: string): number {
  return toEpochDay(to) - toEpochDay(from) + 1;
}

/** The last Sunday of a month, as an epoch day. */
function lastSunday(year: number, month: number): number {
  const last = toEpochDay(`${year}-${month < 10 ? '0' : ''}${month}-${daysInMonth(year, month)}`);
  // Epoch day 0 (1970-01-01) was a Thursday; Sunday is 3 days later.
  return last - ((((last - 3) % 7) + 7) % 7);
}

/**
 * Sweden's offset from UTC in hours at an instant: CET (+1), and CEST (+2) from 01:00 UTC on the
 * last Sunday of March to 01:00 UTC on the last Sunday of October, the EU rule Sweden has followed
 * since 1996. Computed rather than asked of Intl, whose time-zone data costs 30 ms to load at the
 * start of every CLI call; test/util/today.test.ts checks it against Intl hour by hour.
 */
export function swedishUtcOffset(instant: number): 1 | 2 {
  const year = new Date(instant).getUTCFullYear();
  const summerStarts = lastSunday(year, 3) * 86_400_000 + 3_600_000;
  const summerEnds = lastSunday(year, 10) * 86_400_000 + 3_600_000;
  return instant >= summerStarts && instant < summerEnds ? 2 : 1;
}

/**
 * Today's date in Sweden, whatever the machine's time zone: certificates are dated in Swedish
 * time, so a server in UTC must not call 00:30 on the 21st in Stockholm the 20th.
 */
export function todayIso(now: Date = new Date()): string {
  const instant = now.getTime();
  return fromEpochDay(Math.floor((instant + swedishUtcOffset(instant) * 3_600_000) / 86_400_000));
}

/**
 * Moves a date whole months; a day the target month lacks becomes its last day (as Java's
 * `LocalDate.plusMonths`, which the national models use: 2024-02-29 plus a year is 2025-02-28).
 */
export function addMonths(s: string, months: number): string {
  const [y, m, d] = splitDate(s)!;
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/**
 * The dates a definition's limits may be relative to: the validation date, the patient's birth
 * date (from the personnummer; unknown for reserve numbers) and the signing date (the certificate's
 * `signedAt`, or the validation date while it is a draft).
 */
export interface DateAnchors {
  today: string;
  birthDate?: string;
  signingDate?: string;
}

const LIMIT = /^(today|birthDate|signingDate)(?:([+-])(\d{1,5})([dmy])?)?$/;

/**
 * Resolves a definition's date limit: `today`, `today-7` (days), `today+6m` (months),
 * `today+1y` (years), the same after `birthDate` or `signingDate`, or an ISO date. Returns null
 * for a malformed limit (the checker reports those at compile time) and undefined when the anchor
 * is unknown for this certificate (no birth date), which means no limit.
 */
export function resolveDateLimit(limit: string, anchors: string | DateAnchors): string | null | undefined {
  if (isIsoDate(limit)) return limit;
  const match = LIMIT.exec(limit);
  if (!match) return null;
  const all = typeof anchors === 'string' ? { today: anchors, birthDate: anchors, signingDate: anchors } : anchors;
  const base = match[1] === 'today' ? all.today : match[1] === 'birthDate' ? all.birthDate : all.signingDate ?? all.today;
  if (base === undefined) return undefined;
  if (!match[2]) return base;
  const amount = Number(match[3]) * (match[2] === '-' ? -1 : 1);
  if (match[4] === 'y') return addMonths(base, amount * 12);
  if (match[4] === 'm') return addMonths(base, amount);
  return addDays(base, amount);
}

/** The anchor a limit is relative to (`today`, `birthDate`, `signingDate`), or null for a fixed date. */
export function dateLimitAnchor(limit: string): string | null {
  return LIMIT.exec(limit)?.[1] ?? null;
}

export function isDateLimit(limit: unknown): boolean {
  return typeof limit === 'string' && resolveDateLimit(limit, '2000-01-01') !== null;
}
