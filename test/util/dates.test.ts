/**
 * Owns the ISO date helpers. isIsoDate must agree with ajv-formats' `date` format exactly, since
 * the JSON Schema and the runtime judge the same payloads; shifting goes through epoch days so no
 * time zone or DST change can move a result.
 */

import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays, daysInMonth, fromEpochDay, inclusiveDays, isDateLimit, isIsoDate, resolveDateLimit, splitDate, toEpochDay, todayIso,
} from '../../src/util/dates.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajvDate = addFormats(new Ajv2020({ allErrors: true })).compile({ type: 'string', format: 'date' });

describe('daysInMonth', () => {
  it('knows leap years: every 4th, not every 100th, every 400th', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
  });

  it('knows the long and short months', () => {
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => daysInMonth(2026, month))).toEqual([31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });
});

describe('splitDate and isIsoDate', () => {
  it('splits the shape without judging the calendar', () => {
    expect(splitDate('2026-10-00')).toEqual([2026, 10, 0]);
    expect(splitDate('0000-00-00')).toEqual([0, 0, 0]);
    for (const value of ['2026-1-001', '2026/10/01', '+026-10-01', '2026-10-0a', '2026-10-01 ', 20261001, null]) {
      expect(splitDate(value), String(value)).toBeNull();
    }
  });

  it('accepts real dates only', () => {
    for (const value of ['2026-11-20', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31']) expect(isIsoDate(value), value).toBe(true);
    const invalid = ['2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-10-00', '2026-11-20T00:00', '26-11-20', '', undefined, 20261120];
    for (const value of invalid) expect(isIsoDate(value), String(value)).toBe(false);
  });

  it('agrees with ajv-formats on chosen strings', () => {
    const samples = ['2026-11-20', '2026-02-29', '2024-02-29', '0000-02-29', '2026-11-20\n', '２０２６-11-20', '2026-11-2O', ' 2026-11-20', '2026-1-20'];
    for (const value of samples) expect(isIsoDate(value), JSON.stringify(value)).toBe(ajvDate(value));
  });

  it('agrees with ajv-formats on any string', () => {
    const anyString = fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 12 }));
    fc.assert(fc.property(anyString, (value) => isIsoDate(value) === ajvDate(value)), { numRuns: 2000 });
  });

  it('agrees with ajv-formats on date-like strings', () => {
    const dateLike = fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
        .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
      fc.string({ unit: fc.constantFrom(...'0123456789-+ /T'), minLength: 8, maxLength: 11 }),
    );
    fc.assert(fc.property(dateLike, (value) => isIsoDate(value) === ajvDate(value)), { numRuns: 3000 });
  });
});

describe('epoch days, addDays, inclusiveDays', () => {
  it('counts from 1970-01-01', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(toEpochDay('1969-12-31')).toBe(-1);
    expect(fromEpochDay(0)).toBe('1970-01-01');
    expect(fromEpochDay(toEpochDay('2026-11-20'))).toBe('2026-11-20');
  });

  it('shifts across month, year, leap day and the DST change', () => {
    expect(addDays('2026-11-20', -7)).toBe('2026-11-13');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
  });

  it('counts a period with both ends', () => {
    expect(inclusiveDays('2026-11-20', '2026-11-20')).toBe(1);
    expect(inclusiveDays('2026-11-01', '2026-11-14')).toBe(14);
    expect(inclusiveDays('2024-02-01', '2024-03-01')).toBe(30);
  });

  // Bounded so a 400-day shift stays within four-digit years; years 0–99 included on purpose,
  // since Date.UTC would read them as 1900–1999.
  it('round-trips every date from year 2 to 9998, shifted up to 400 days either way', () => {
    const date = fc.integer({ min: toEpochDay('0002-01-01'), max: toEpochDay('9998-01-01') }).map(fromEpochDay);
    fc.assert(fc.property(date, fc.integer({ min: -400, max: 400 }), (day, shift) => {
      expect(isIsoDate(day)).toBe(true);
      expect(fromEpochDay(toEpochDay(day))).toBe(day);
      expect(addDays(addDays(day, shift), -shift)).toBe(day);
    }));
  });

  it('shifts dates in years 0000–0099 without jumping to the 1900s', () => {
    expect(addDays('0050-01-01', 1)).toBe('0050-01-02');
    expect(inclusiveDays('0099-12-31', '0100-01-01')).toBe(2);
    expect(fromEpochDay(toEpochDay('0004-02-29'))).toBe('0004-02-29');
  });
});

describe('todayIso', () => {
  it('gives the calendar date in Sweden (test/util/today.test.ts covers other time zones)', () => {
    expect(todayIso(new Date(Date.UTC(2026, 10, 20, 22, 59)))).toBe('2026-11-20');
    expect(todayIso(new Date(Date.UTC(2027, 0, 4, 23, 0)))).toBe('2027-01-05');
  });
});

describe('resolveDateLimit and isDateLimit', () => {
  it('resolves today, today±N and fixed dates', () => {
    expect(resolveDateLimit('today', '2026-11-20')).toBe('2026-11-20');
    expect(resolveDateLimit('today-7', '2026-11-20')).toBe('2026-11-13');
    expect(resolveDateLimit('today+30', '2026-11-20')).toBe('2026-12-20');
    expect(resolveDateLimit('today-0', '2026-11-20')).toBe('2026-11-20');
    expect(resolveDateLimit('2026-01-31', '2026-11-20')).toBe('2026-01-31');
  });

  it('refuses anything else', () => {
    for (const limit of ['Today', 'today - 7', 'today-123456', 'yesterday', '2026-02-30', '', 'today+', 'today-7w', 'today+1x']) {
      expect(resolveDateLimit(limit, '2026-11-20'), limit).toBeNull();
      expect(isDateLimit(limit), limit).toBe(false);
    }
    expect(isDateLimit(7)).toBe(false);
    expect(isDateLimit('today-7')).toBe(true);
  });
});

describe('date limits in months and years', () => {
  it('moves whole months and years, ending on the month’s last day when needed', async () => {
    const { addMonths, resolveDateLimit } = await import('../../src/util/dates.js');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-11-20', -11)).toBe('2025-12-20');
    expect(resolveDateLimit('today+1y', '2027-03-01')).toBe('2028-03-01');
    expect(resolveDateLimit('today+1y', '2026-11-20')).toBe('2027-11-20');
    expect(resolveDateLimit('today-6m', '2026-08-31')).toBe('2026-02-28');
    expect(resolveDateLimit('today+14d', '2026-11-20')).toBe('2026-12-04');
    expect(resolveDateLimit('today+1w', '2026-11-20')).toBeNull();
  });
});

describe('resolveDateLimit with the patient’s birth date and the signing date', () => {
  const anchors = { today: '2026-11-20', birthDate: '1980-05-01', signingDate: '2026-03-15' };

  it('resolves each anchor, with shifts in days, months and years', () => {
    expect(resolveDateLimit('birthDate', anchors)).toBe('1980-05-01');
    expect(resolveDateLimit('birthDate+28', anchors)).toBe('1980-05-29');
    expect(resolveDateLimit('birthDate+18y', anchors)).toBe('1998-05-01');
    expect(resolveDateLimit('signingDate', anchors)).toBe('2026-03-15');
    expect(resolveDateLimit('signingDate-1m', anchors)).toBe('2026-02-15');
    expect(resolveDateLimit('today', anchors)).toBe('2026-11-20');
  });

  it('gives undefined (no limit) for an unknown birth date, and today for a missing signing date', () => {
    expect(resolveDateLimit('birthDate', { today: '2026-11-20' })).toBeUndefined();
    expect(resolveDateLimit('signingDate', { today: '2026-11-20' })).toBe('2026-11-20');
    expect(resolveDateLimit('fodelsedatum', anchors)).toBeNull();
    expect(isDateLimit('birthDate-1')).toBe(true);
  });
});
