/**
 * Owns `totalDaysLessThan`: the days of all complete sick-leave periods (both ends counted) add up
 * to fewer than N. It is false while no period is complete, so an unfinished answer never shows
 * FK7804's "under 15 days" text.
 */

import { describe, expect, it } from 'vitest';
import totalDaysLessThan from '../../../src/rules/operators/total-days-less-than.js';
import { operatorCases } from '../../helpers/engine.js';
import { says } from '../../helpers/wording.js';

const range = (from: string, to: string) => ({ from, to });

describe('totalDaysLessThan', () => {
  it('reads periods or one range and takes a number', () => {
    expect(totalDaysLessThan.id).toBe('totalDaysLessThan');
    expect(totalDaysLessThan.factTypes).toEqual(['periods', 'dateRange']);
    expect(totalDaysLessThan.value).toBe('number');
  });

  describe('holds', () => {
    operatorCases(totalDaysLessThan, [
      // 1–14 November: 14 days.
      [{ HELT_NEDSATT: range('2026-11-01', '2026-11-14') }, 15, true],
      // 7 + 7 days across two degrees.
      [{ HELT_NEDSATT: range('2026-11-01', '2026-11-07'), HALFTEN: range('2026-11-08', '2026-11-14') }, 15, true],
      [{ HALFTEN: range('2026-11-20', '2026-11-20') }, 2, true],
      // A single range is read as one period.
      [range('2026-11-01', '2026-11-10'), 15, true],
      // Incomplete periods add nothing but do not hide the complete ones.
      [{ HELT_NEDSATT: range('2026-11-01', '2026-11-07'), HALFTEN: { from: '2026-11-08', to: '' } }, 15, true],
    ]);
  });

  describe('does not hold', () => {
    operatorCases(totalDaysLessThan, [
      // 1–15 November: exactly 15 days is not fewer than 15.
      [{ HELT_NEDSATT: range('2026-11-01', '2026-11-15') }, 15, false],
      [{ HELT_NEDSATT: range('2026-11-01', '2026-11-08'), HALFTEN: range('2026-11-09', '2026-11-15') }, 15, false],
      [range('2026-11-01', '2026-11-30'), 15, false],
      // No complete period: zero days, which must not count as "fewer than 15".
      [{}, 15, false],
      [undefined, 15, false],
      [{ HALFTEN: { from: '2026-11-01' } }, 15, false],
      [{ HALFTEN: range('2026-11-10', '2026-11-01') }, 15, false],
      [{ HALFTEN: range('2026-11-01', '2026-02-30') }, 15, false],
      [{ from: '2026-11-01' }, 15, false],
      [[range('2026-11-01', '2026-11-02')], 15, false],
      ['2026-11-01', 15, false],
    ]);
  });

  it('counts whole days across a DST change and a leap day', () => {
    expect(totalDaysLessThan.evaluate(range('2026-10-24', '2026-10-26'), 4)).toBe(true);
    expect(totalDaysLessThan.evaluate(range('2026-10-24', '2026-10-26'), 3)).toBe(false);
    expect(totalDaysLessThan.evaluate({ HALFTEN: range('2028-02-28', '2028-03-01') }, 3)).toBe(false);
  });
});

describe('totalDaysLessThan in words', () => {
  it('reads as fewer days in all than the value', () => {
    expect(says(totalDaysLessThan, { value: '15', raw: 15 })).toBe('”Frågan” omfattar sammanlagt färre än 15 dagar');
  });
});
