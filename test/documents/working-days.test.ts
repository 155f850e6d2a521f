/**
 * The working-day calendar against the official Swedish public holidays 2025–2030 (Lag
 * 1989:253 om allmänna helgdagar), written out here by hand from the almanac rather than
 * computed, plus the three eves semesterlagen counts as Sundays.
 */

import { describe, expect, it } from 'vitest';
import { addWorkingDays, holidaysOf, isWorkingDay, workingDaysBetween } from '../../src/documents/working-days.js';

/** Allmänna helgdagar that can fall on a weekday, and the eves, per year. */
const OFFICIAL: Record<number, Record<string, string>> = {
  2025: {
    nyårsdagen: '2025-01-01', 'trettondedag jul': '2025-01-06', långfredagen: '2025-04-18', påskdagen: '2025-04-20', 'annandag påsk': '2025-04-21',
    'första maj': '2025-05-01', 'Kristi himmelsfärdsdag': '2025-05-29', pingstdagen: '2025-06-08', nationaldagen: '2025-06-06',
    midsommarafton: '2025-06-20', midsommardagen: '2025-06-21', 'alla helgons dag': '2025-11-01', julafton: '2025-12-24', juldagen: '2025-12-25', 'annandag jul': '2025-12-26', nyårsafton: '2025-12-31',
  },
  2026: {
    nyårsdagen: '2026-01-01', 'trettondedag jul': '2026-01-06', långfredagen: '2026-04-03', påskdagen: '2026-04-05', 'annandag påsk': '2026-04-06',
    'första maj': '2026-05-01', 'Kristi himmelsfärdsdag': '2026-05-14', pingstdagen: '2026-05-24', nationaldagen: '2026-06-06',
    midsommarafton: '2026-06-19', midsommardagen: '2026-06-20', 'alla helgons dag': '2026-10-31', julafton: '2026-12-24', juldagen: '2026-12-25', 'annandag jul': '2026-12-26', nyårsafton: '2026-12-31',
  },
  2027: {
    nyårsdagen: '2027-01-01', 'trettondedag jul': '2027-01-06', långfredagen: '2027-03-26', påskdagen: '2027-03-28', 'annandag påsk': '2027-03-29',
    'första maj': '2027-05-01', 'Kristi himmelsfärdsdag': '2027-05-06', pingstdagen: '2027-05-16', nationaldagen: '2027-06-06',
    midsommarafton: '2027-06-25', midsommardagen: '2027-06-26', 'alla helgons dag': '2027-11-06', julafton: '2027-12-24', juldagen: '2027-12-25', 'annandag jul': '2027-12-26', nyårsafton: '2027-12-31',
  },
  2028: {
    nyårsdagen: '2028-01-01', 'trettondedag jul': '2028-01-06', långfredagen: '2028-04-14', påskdagen: '2028-04-16', 'annandag påsk': '2028-04-17',
    'första maj': '2028-05-01', 'Kristi himmelsfärdsdag': '2028-05-25', pingstdagen: '2028-06-04', nationaldagen: '2028-06-06',
    midsommarafton: '2028-06-23', midsommardagen: '2028-06-24', 'alla helgons dag': '2028-11-04', julafton: '2028-12-24', juldagen: '2028-12-25', 'annandag jul': '2028-12-26', nyårsafton: '2028-12-31',
  },
  2029: {
    nyårsdagen: '2029-01-01', 'trettondedag jul': '2029-01-06', långfredagen: '2029-03-30', påskdagen: '2029-04-01', 'annandag påsk': '2029-04-02',
    'första maj': '2029-05-01', 'Kristi himmelsfärdsdag': '2029-05-10', pingstdagen: '2029-05-20', nationaldagen: '2029-06-06',
    midsommarafton: '2029-06-22', midsommardagen: '2029-06-23', 'alla helgons dag': '2029-11-03', julafton: '2029-12-24', juldagen: '2029-12-25', 'annandag jul': '2029-12-26', nyårsafton: '2029-12-31',
  },
  2030: {
    nyårsdagen: '2030-01-01', 'trettondedag jul': '2030-01-06', långfredagen: '2030-04-19', påskdagen: '2030-04-21', 'annandag påsk': '2030-04-22',
    'första maj': '2030-05-01', 'Kristi himmelsfärdsdag': '2030-05-30', pingstdagen: '2030-06-09', nationaldagen: '2030-06-06',
    midsommarafton: '2030-06-21', midsommardagen: '2030-06-22', 'alla helgons dag': '2030-11-02', julafton: '2030-12-24', juldagen: '2030-12-25', 'annandag jul': '2030-12-26', nyårsafton: '2030-12-31',
  },
};

describe('the official Swedish holidays 2025–2030', () => {
  it.each(Object.keys(OFFICIAL).map(Number))('%i: exactly the allmänna helgdagar and the three eves, no more', (year) => {
    const expected = new Map(Object.entries(OFFICIAL[year]).map(([name, date]) => [date, name]));
    expect(new Map(holidaysOf(year))).toEqual(expected);
  });

  it.each(Object.keys(OFFICIAL).map(Number))('%i: no holiday is a working day, and every other weekday is', (year) => {
    const off = new Set(Object.values(OFFICIAL[year]));
    let workingDays = 0;
    for (let day = new Date(Date.UTC(year, 0, 1)); day.getUTCFullYear() === year; day.setUTCDate(day.getUTCDate() + 1)) {
      const date = day.toISOString().slice(0, 10);
      const weekday = day.getUTCDay() >= 1 && day.getUTCDay() <= 5;
      expect(isWorkingDay(date), date).toBe(weekday && !off.has(date));
      if (isWorkingDay(date)) workingDays += 1;
    }
    expect(workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`)).toBe(workingDays);
  });
});

describe('addWorkingDays: the nth working day after the day a case came in', () => {
  it.each([
    ['2026-03-16', 2, '2026-03-18', 'Monday → Wednesday'],
    ['2026-03-20', 2, '2026-03-24', 'Friday → Tuesday'],
    ['2026-03-21', 2, '2026-03-24', 'Saturday → Tuesday'],
    ['2026-04-02', 2, '2026-04-08', 'skärtorsdagen → over Easter to Wednesday'],
    ['2026-06-18', 2, '2026-06-23', 'the day before midsommarafton → Tuesday'],
    ['2026-12-23', 2, '2026-12-29', 'over Christmas'],
    ['2026-12-30', 2, '2027-01-05', 'over New Year'],
    ['2027-01-05', 1, '2027-01-07', 'over trettondedag jul'],
    ['2026-05-13', 2, '2026-05-18', 'over Kristi himmelsfärdsdag'],
    ['2026-03-18', 0, '2026-03-18', 'zero days'],
  ])('%s + %i = %s (%s)', (date, n, due) => {
    expect(addWorkingDays(date, n)).toBe(due);
    if (n > 0) expect(workingDaysBetween(date, due)).toBe(n);
  });

  it('does not depend on the machine time zone', async () => {
    const { execFileSync } = await import('node:child_process');
    const script = "import('./src/documents/working-days.ts').then((m) => process.stdout.write(m.addWorkingDays('2026-04-02', 2) + [...m.holidaysOf(2027).keys()].join(',')))";
    const outputs = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'].map((tz) => execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' }));
    expect(new Set(outputs).size).toBe(1);
    expect(outputs[0].startsWith('2026-04-08')).toBe(true);
  });
});
