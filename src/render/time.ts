/**
 * Times on a printout. Payload timestamps (`signedAt`, `sentAt`) and the print time are ISO
 * strings; a printout shows them as Swedish readers expect, `2026-11-20 14:05` in Swedish time,
 * whatever the time zone of the machine that prints. Everything here is pure: the same input
 * gives the same text on every machine, which the byte-identical PDFs rely on.
 */

import { parseTimestamp } from '../util/timestamp.js';

const ZONE = 'Europe/Stockholm';

/** `sv-SE` in Intl writes `2026-11-20 14:05:00`, i.e. ISO order; the parts are read, not the string. */
const PARTS = new Intl.DateTimeFormat('en-US', {
  timeZone: ZONE, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
});

interface WallTime {
  date: string;
  time?: string;
}

function stockholmParts(instant: number): { date: string; time: string; seconds: string } {
  const parts = Object.fromEntries(PARTS.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}`, seconds: parts.second };
}

/**
 * A payload timestamp as Swedish wall time. A value with `Z` or an offset is an instant and is
 * shown in Swedish time; a value without one is already wall time and is shown as written.
 * Returns undefined for anything that is not such a timestamp (an invalid payload still prints).
 */
function wallTime(value: unknown): WallTime | undefined {
  const timestamp = parseTimestamp(value);
  if (!timestamp) return undefined;
  if (timestamp.hour === undefined) return { date: timestamp.date };
  if (timestamp.zone === undefined) return { date: timestamp.date, time: (value as string).slice(11, 16) };
  const instant = Date.parse(value as string);
  return Number.isNaN(instant) ? undefined : stockholmParts(instant);
}

/** `2026-11-20` or `2026-11-20 14:05`; undefined when the value is no timestamp. */
export function formatTimestamp(value: unknown): string | undefined {
  const wall = wallTime(value);
  return wall && (wall.time ? `${wall.date} ${wall.time}` : wall.date);
}

/** The calendar date (in Sweden) of a timestamp, for `today` when only a print time is given. */
export function dateOf(value: string): string | undefined {
  return wallTime(value)?.date;
}

/**
 * The instant a print time means, in ms since 1970. A value without an offset is Swedish wall
 * time: the offset is found by trying the zone's offset at the naive UTC reading (exact except
 * within the hour a clock change skips, where any answer is as good as another).
 */
export function instantOf(value: string): number | undefined {
  const timestamp = parseTimestamp(value);
  if (!timestamp) return undefined;
  if (timestamp.zone !== undefined) {
    const instant = Date.parse(value);
    return Number.isNaN(instant) ? undefined : instant;
  }
  const { year, month, day, hour = 0, minute = 0, second = 0 } = timestamp;
  const naive = Date.UTC(year, month - 1, day, hour, minute, second);
  if (Number.isNaN(naive)) return undefined;
  let instant = naive;
  for (let i = 0; i < 2; i += 1) {
    const shown = stockholmParts(instant);
    const [h, m] = shown.time.split(':').map(Number);
    const [y, mo, d] = shown.date.split('-').map(Number);
    const offset = Date.UTC(y, mo - 1, d, h, m, Number(shown.seconds)) - instant;
    instant = naive - offset;
  }
  return instant;
}

/** Swedish wall time of an instant, `2026-11-20 14:05`. */
export function formatInstant(instant: number): string {
  const { date, time } = stockholmParts(instant);
  return `${date} ${time}`;
}

/** A PDF date string (`D:20261120130500+00'00'`, UTC) of the same length Chromium (Skia) writes. */
export function pdfDate(instant: number): string {
  const iso = new Date(instant).toISOString();
  return `D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}+00'00'`;
}
