/**
 * Swedish working days, for the 1177 reply deadline ("inom 2 arbetsdagar", seed 003). A working
 * day is Monday–Friday that is not an allmän helgdag (Lag 1989:253: nyårsdagen, trettondedag jul,
 * långfredagen, påskdagen, annandag påsk, första maj, Kristi himmelsfärdsdag, pingstdagen,
 * nationaldagen, midsommardagen, alla helgons dag, juldagen, annandag jul) and not midsommarafton,
 * julafton or nyårsafton, which semesterlagen (1977:480) 3 § counts as Sundays. The holidays come
 * from date-holidays (maintained, offline): its Swedish `public` and `bank` days are exactly these.
 *
 * Each year is read once into a running count of working days, so "the nth working day after"
 * and "working days between" are array lookups: a region's 100,000 cases a year need no loops.
 */

import { createRequire } from 'node:module';
import type HolidaysType from 'date-holidays';
import { formatDay, parseDay } from '../decision/days.js';

// Loaded on first use: the library carries every country's rules (~0.3 s to load), and most
// users of this package never ask for a due date.
let calendar: HolidaysType | undefined;
function swedishCalendar(): HolidaysType {
  if (!calendar) {
    const Holidays = createRequire(import.meta.url)('date-holidays') as typeof HolidaysType;
    calendar = new Holidays('SE', { types: ['public', 'bank'] });
  }
  return calendar;
}

interface Year {
  holidays: ReadonlyMap<string, string>;
  /** Epoch day of 1 January. */
  first: number;
  /** Working days from 1 January up to and including each day of the year. */
  counted: Uint16Array;
}

const years = new Map<number, Year>();

function yearOf(year: number): Year {
  let entry = years.get(year);
  if (!entry) {
    const holidays = new Map(swedishCalendar().getHolidays(year).filter((day) => day.type === 'public' || day.type === 'bank').map((day) => [day.date.slice(0, 10), day.name]));
    const first = parseDay(`${String(year).padStart(4, '0')}-01-01`);
    const length = parseDay(`${String(year + 1).padStart(4, '0')}-01-01`) - first;
    const counted = new Uint16Array(length);
    let running = 0;
    for (let i = 0; i < length; i++) {
      const day = first + i;
      // Epoch day 0 (1970-01-01) was a Thursday: (day + 3) mod 7 is 0 on Mondays.
      const weekday = (((day + 3) % 7) + 7) % 7;
      if (weekday < 5 && !holidays.has(formatDay(day))) running += 1;
      counted[i] = running;
    }
    years.set(year, (entry = { holidays, first, counted }));
  }
  return entry;
}

/** The days off of a year that are not weekends by themselves, date → Swedish name. */
export function holidaysOf(year: number): ReadonlyMap<string, string> {
  return yearOf(year).holidays;
}

export function isWorkingDay(date: string): boolean {
  const day = parseDay(date);
  const entry = yearOf(Number(date.slice(0, 4)));
  const i = day - entry.first;
  return entry.counted[i] > (i > 0 ? entry.counted[i - 1] : 0);
}

/**
 * The `n`th working day after `date` (the day itself does not count, whether or not it is a
 * working day): a case received on a Friday, with 2, is due on Tuesday; on skärtorsdagen 2026-04-02, on
 * Wednesday 2026-04-08 (långfredagen and annandag påsk are holidays).
 */
export function addWorkingDays(date: string, n: number): string {
  let year = Number(date.slice(0, 4));
  let entry = yearOf(year);
  let i = parseDay(date) - entry.first;
  for (let counted = 0; counted < n;) {
    i += 1;
    if (i >= entry.counted.length) {
      entry = yearOf((year += 1));
      i = 0;
    }
    if (entry.counted[i] > (i > 0 ? entry.counted[i - 1] : 0)) counted += 1;
  }
  return formatDay(entry.first + i);
}

/** Working days strictly after `from`, up to and including `to`; 0 when `to` is not later. */
export function workingDaysBetween(from: string, to: string): number {
  if (to <= from) return 0;
  const [a, b] = [parseDay(from), parseDay(to)];
  const [ya, yb] = [Number(from.slice(0, 4)), Number(to.slice(0, 4))];
  let total = 0;
  for (let year = ya; year <= yb; year++) {
    const entry = yearOf(year);
    const last = entry.counted.length - 1;
    const start = year === ya ? a - entry.first : -1;
    const end = year === yb ? b - entry.first : last;
    total += entry.counted[end] - (start >= 0 ? entry.counted[start] : 0);
  }
  return total;
}
