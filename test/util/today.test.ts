/**
 * "Today" is the date in Sweden, whatever the machine's time zone: a server in UTC or in
 * California must date a certificate as Stockholm does, also in the hour around midnight.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { validate } from '../../src/index.js';
import { PACKAGE_ROOT } from '../../src/project.js';
import { swedishUtcOffset, todayIso } from '../../src/util/dates.js';

const originalZone = process.env.TZ;
afterEach(() => vi.useRealTimers());
afterAll(() => {
  process.env.TZ = originalZone;
});

const pregnancy = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'definitions/fk7210/examples/valid-beraknat-idag.json'), 'utf8'));
const withDueDate = (date: string) => ({ ...pregnancy, answers: { ...pregnancy.answers, beraknatFodelsedatum: date } });

describe.each(['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Europe/Stockholm'])('with TZ=%s', (zone) => {
  it.each([
    ['2026-11-20T22:59:00Z', '2026-11-20'], // 23:59 in Stockholm (CET, UTC+1)
    ['2026-11-20T23:30:00Z', '2026-11-21'], // 00:30 in Stockholm: already the 21st
    ['2026-06-30T21:59:00Z', '2026-06-30'], // 23:59 in summer time (CEST, UTC+2)
    ['2026-06-30T22:30:00Z', '2026-07-01'],
    ['2026-03-29T00:30:00Z', '2026-03-29'], // the night the clocks go forward
    ['2026-12-31T23:00:00Z', '2027-01-01'], // new year in Stockholm first
  ])('at %s the date is %s', (instant, date) => {
    process.env.TZ = zone;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(instant));
    expect(todayIso()).toBe(date);
  });

  it('validates "min: today" against the Swedish date when the machine is still on the day before', () => {
    process.env.TZ = zone;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-20T23:30:00Z'));
    expect(validate(withDueDate('2026-11-21')).valid).toBe(true);
    const yesterday = validate(withDueDate('2026-11-20'));
    expect(yesterday.valid).toBe(false);
    expect(yesterday.errors.map((issue) => issue.code)).toEqual(['date-min']);
  });
});

describe('swedishUtcOffset', () => {
  const intl = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' });
  const stockholm = (instant: number) => {
    const parts = Object.fromEntries(intl.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
    return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}`;
  };
  const computed = (instant: number) => new Date(instant + swedishUtcOffset(instant) * 3_600_000).toISOString().slice(0, 13);

  it('agrees with the time-zone database on every day of 1997–2040, hour by hour around each clock change', () => {
    const instants: number[] = [];
    for (let day = Date.UTC(1997, 0, 1); day < Date.UTC(2041, 0, 1); day += 86_400_000) {
      const date = new Date(day);
      const [month, dayOfMonth] = [date.getUTCMonth(), date.getUTCDate()];
      // The last week of March and of October holds the changes; check those days hour by hour.
      const hours = (month === 2 || month === 9) && dayOfMonth >= 24 ? 24 : 1;
      for (let hour = 0; hour < hours; hour += 1) instants.push(day + (hours === 1 ? 22.5 : hour) * 3_600_000);
    }
    for (const instant of instants) {
      if (computed(instant) !== stockholm(instant)) expect(computed(instant), new Date(instant).toISOString()).toBe(stockholm(instant));
    }
    expect(instants.length).toBeGreaterThan(30_000);
  });
});
