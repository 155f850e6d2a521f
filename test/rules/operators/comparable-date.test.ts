/**
 * Owns comparable-date.ts: what the four date comparisons share. Dates compare as ISO strings, an
 * uncertain date (`2026-10-00`) by its earliest possible day, and anything that is not a usable
 * date makes every comparison false — never true by accident.
 */

import { describe, expect, it } from 'vitest';
import dateAfter from '../../../src/rules/operators/date-after.js';
import dateBefore from '../../../src/rules/operators/date-before.js';
import dateOnOrAfter from '../../../src/rules/operators/date-on-or-after.js';
import dateOnOrBefore from '../../../src/rules/operators/date-on-or-before.js';
import { comparableDate } from '../../../src/rules/operators/comparable-date.js';

describe('comparableDate', () => {
  it('keeps real dates and maps uncertain ones to their earliest day', () => {
    expect(comparableDate('2026-11-20')).toBe('2026-11-20');
    expect(comparableDate('2026-10-00')).toBe('2026-10-01');
    expect(comparableDate('2026-00-00')).toBe('2026-01-01');
  });

  it('gives null for anything not usable as a date', () => {
    for (const value of ['0000-00-00', '2026-13-00', '2026-02-30', '2026-11-2', '', 'today', 20261120, null, undefined]) {
      expect(comparableDate(value), String(value)).toBeNull();
    }
  });
});

it('pairs up: before is not on-or-after, after is not on-or-before', () => {
  const dates = ['2026-11-19', '2026-11-20', '2026-10-00', '2026-00-00', 'junk'];
  for (const a of dates) {
    for (const b of dates) {
      const usable = comparableDate(a) !== null && comparableDate(b) !== null;
      expect(dateBefore.evaluate(a, b), `${a} ${b}`).toBe(usable && !dateOnOrAfter.evaluate(a, b));
      expect(dateAfter.evaluate(a, b), `${a} ${b}`).toBe(usable && !dateOnOrBefore.evaluate(a, b));
    }
  }
});
