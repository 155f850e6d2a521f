/** Timestamps are real calendar days and clock times; the schema pattern says exactly the same. */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../src/util/dates.js';
import { DATE_PATTERN, isTimestamp, parseTimestamp, TIMESTAMP_PATTERN } from '../../src/util/timestamp.js';

const pattern = new RegExp(TIMESTAMP_PATTERN, 'u');
const datePattern = new RegExp(DATE_PATTERN, 'u');

describe('parseTimestamp', () => {
  it.each(['2026-11-20', '2026-11-20T14:05', '2026-11-20T14:05:09', '2026-11-20T14:05:09.5', '2026-11-20T23:59:59.999Z', '2026-11-20T00:00+01:00', '2024-02-29T12:00', '2000-02-29'])('accepts %s', (value) => {
    expect(isTimestamp(value)).toBe(true);
  });

  it.each(['2026-02-30T10:00', '2026-11-20T25:00', '2026-11-20T24:00', '2026-11-20T10:61', '2026-02-30T25:61', '2026-11-20T10:00:60', '2025-02-29', '1900-02-29', '2026-13-01', '2026-11-20T10:00+24:00', '2026-11-20 10:00', '2026-11-20T1:00', ''])('refuses %s', (value) => {
    expect(parseTimestamp(value)).toBeNull();
  });

  it('gives the parts, with seconds and milliseconds filled in', () => {
    expect(parseTimestamp('2026-11-20T14:05:09.5+01:00')).toEqual({ date: '2026-11-20', year: 2026, month: 11, day: 20, hour: 14, minute: 5, second: 9, millisecond: 500, zone: '+01:00' });
    expect(parseTimestamp('2026-11-20')).toEqual({ date: '2026-11-20', year: 2026, month: 11, day: 20 });
  });

  it('agrees with its JSON Schema pattern on every string of the right shape, leap years included', () => {
    const digits = (n: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((parts) => parts.join(''));
    const candidate = fc.tuple(
      fc.oneof(digits(4), fc.constantFrom('2000', '1900', '2024', '2100', '0000', '2400')), digits(2), digits(2),
      fc.option(fc.tuple(digits(2), digits(2), fc.option(digits(2)), fc.option(fc.constantFrom('Z', '+01:00', '-23:59', '+24:00', '+01:60')))),
    ).map(([y, m, d, time]) => `${y}-${m}-${d}${time ? `T${time[0]}:${time[1]}${time[2] ? `:${time[2]}` : ''}${time[3] ?? ''}` : ''}`);
    fc.assert(fc.property(candidate, (value) => {
      expect(pattern.test(value), value).toBe(parseTimestamp(value) !== null);
    }), { numRuns: 5000 });
  });

  it('has a date pattern that agrees with isIsoDate', () => {
    const candidate = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(fc.property(candidate, (value) => {
      expect(datePattern.test(value), value).toBe(isIsoDate(value));
    }), { numRuns: 5000 });
  });
});
