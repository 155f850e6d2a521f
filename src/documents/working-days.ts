/**
 * Swedish working days, for the 1177 reply deadline ("inom 2 arbetsdagar", seed 003). A working
 * day is Monday–Friday that is not an allmän helgdag (Lag 1989:253: nyårsdagen, trettondedag jul,
 * långfredagen, påskdagen, annandag påsk, första maj, Kristi himmelsfärdsdag, pingstdagen,
 * nationaldagen, midsommardagen, alla helgons dag, juldagen, annandag jul) and not midsommarafton,
 * julafton or nyårsafton, which semesterlagen (1977:480) 3 § counts as Sundays. The holidays come
 * from date-holidays (maintained, offline): its Swedish `public` and `bank` days are exactly these.
 * Each year is read once; the checks after that are a Set lookup.
 */

import Holidays from 'date-holidays';
import { addDays, toEpochDay } from '../util/dates.js';

const calendar = new Holidays('SE', { types: ['public', 'bank'] });
const years = new Map<number, ReadonlyMap<string, string>>();

/** The days off of a year that are not weekends by themselves, date → Swedish name. */
export function holidaysOf(year: number): ReadonlyMap<string, string> {
  let days = years.get(year);
  if (!days) {
    days = new Map(calendar.getHolidays(year).filter((day) => day.type === 'public' || day.type === 'bank').map((day) => [day.date.slice(0, 10), day.name]));
    years.set(year, days);
  }
  return days;
}

export function isWorkingDay(date: string): boolean {
  // 1970-01-01 was a Thursday: epoch day 0 → weekday 4 (Monday 1 … Sunday 7).
  const weekday = ((toEpochDay(date) % 7) + 7 + 3) % 7 + 1;
  return weekday <= 5 && !holidaysOf(Number(date.slice(0, 4))).has(date);
}

/**
 * The `n`th working day after `date` (the day itself does not count, whether or not it is a
 * working day): a case received on a Friday, with 2, is due on Tuesday; on skärtorsdagen 2026-04-02, on
 * Wednesday 2026-04-08 (långfredagen and annandag påsk are holidays).
 */
export function addWorkingDays(date: string, n: number): string {
  let day = date;
  for (let counted = 0; counted < n;) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) counted += 1;
  }
  return day;
}

/** Working days strictly after `from`, up to and including `to`; 0 when `to` is not later. */
export function workingDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day)) count += 1;
  return count;
}
