/**
 * Owns `lengthOverDays`: a period longer than N days counting both ends, as AG1-14's "mer än 14
 * dagar" (`to - from >= 14` nationally, i.e. an inclusive length of 15 or more).
 */

import { describe, expect, it } from 'vitest';
import lengthOverDays from '../../../src/rules/operators/length-over-days.js';
import { operatorCases } from '../../helpers/engine.js';
import { says } from '../../helpers/wording.js';

const range = (from: string, to: string) => ({ from, to });

describe('lengthOverDays', () => {
  it('reads a date range and takes a number of days', () => {
    expect(lengthOverDays.id).toBe('lengthOverDays');
    expect(lengthOverDays.factTypes).toEqual(['dateRange']);
    expect(lengthOverDays.value).toBe('number');
  });

  describe('holds', () => {
    operatorCases(lengthOverDays, [
      // 1–15 November is 15 days counting both ends: over 14.
      [range('2026-11-01', '2026-11-15'), 14, true],
      [range('2026-11-20', '2026-11-20'), 0, true],
      [range('2026-12-20', '2027-01-10'), 14, true],
      // Across a leap day: 28 Feb – 1 Mar 2028 is three days.
      [range('2028-02-28', '2028-03-01'), 2, true],
    ]);
  });

  describe('does not hold', () => {
    operatorCases(lengthOverDays, [
      // 1–14 November is exactly 14 days: not over.
      [range('2026-11-01', '2026-11-14'), 14, false],
      [range('2026-11-20', '2026-11-20'), 1, false],
      [range('2027-02-28', '2027-03-01'), 2, false],
      // A period that ends before it starts has no length.
      [range('2026-11-15', '2026-11-01'), 0, false],
      [{ from: '2026-11-01' }, 0, false],
      [{ to: '2026-11-30' }, 0, false],
      [range('2026-11-01', ''), 0, false],
      [range('2026-11-01', '2026-02-30'), 0, false],
      [undefined, 0, false],
      ['2026-11-01', 0, false],
      [[range('2026-11-01', '2026-11-30')], 0, false],
    ]);
  });

  it('counts the same days in any time zone, through epoch days', () => {
    // A DST change in Sweden falls on 2026-10-25; the length must still be whole days.
    expect(lengthOverDays.evaluate(range('2026-10-24', '2026-10-26'), 2)).toBe(true);
    expect(lengthOverDays.evaluate(range('2026-10-24', '2026-10-26'), 3)).toBe(false);
  });
});

describe('lengthOverDays in words', () => {
  it('reads as longer than a number of days', () => {
    expect(says(lengthOverDays, { value: '14', raw: 14 })).toBe('”Frågan” är längre än 14 dagar');
    expect(says(lengthOverDays, { value: '1', raw: 1 })).toBe('”Frågan” är längre än 1 dag');
  });
});
