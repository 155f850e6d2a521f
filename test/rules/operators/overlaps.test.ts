/**
 * Owns `overlaps`: two periods share at least one day. Inclusive, as the national rule: sharing
 * a single day overlaps, adjacent days do not. An incomplete or reversed period overlaps nothing.
 */

import { describe, expect, it } from 'vitest';
import overlaps from '../../../src/rules/operators/overlaps.js';
import { operatorCases } from '../../helpers/engine.js';
import { says } from '../../helpers/wording.js';

const range = (from: string, to: string) => ({ from, to });
const NOVEMBER_1_10 = range('2026-11-01', '2026-11-10');

describe('overlaps', () => {
  it('compares a date range with a date range', () => {
    expect(overlaps.id).toBe('overlaps');
    expect(overlaps.factTypes).toEqual(['dateRange']);
    expect(overlaps.value).toBe('dateRange');
  });

  describe('holds', () => {
    operatorCases(overlaps, [
      [NOVEMBER_1_10, range('2026-11-10', '2026-11-20'), true],
      [range('2026-11-10', '2026-11-20'), NOVEMBER_1_10, true],
      [NOVEMBER_1_10, range('2026-11-03', '2026-11-04'), true],
      [range('2026-10-01', '2026-12-31'), NOVEMBER_1_10, true],
      [NOVEMBER_1_10, NOVEMBER_1_10, true],
      [range('2026-11-10', '2026-11-10'), NOVEMBER_1_10, true],
    ]);
  });

  describe('does not hold', () => {
    operatorCases(overlaps, [
      // Adjacent: the 10th and the 11th are different days.
      [NOVEMBER_1_10, range('2026-11-11', '2026-11-20'), false],
      [range('2026-10-20', '2026-10-31'), NOVEMBER_1_10, false],
      [NOVEMBER_1_10, range('2026-11-20', '2026-11-05'), false],
      [range('2026-11-10', '2026-11-01'), NOVEMBER_1_10, false],
      [NOVEMBER_1_10, { from: '2026-11-05' }, false],
      [{ to: '2026-11-05' }, NOVEMBER_1_10, false],
      [NOVEMBER_1_10, range('2026-11-05', '2026-02-30'), false],
      [undefined, NOVEMBER_1_10, false],
      [NOVEMBER_1_10, '2026-11-05', false],
    ]);
  });

  it('is symmetric', () => {
    const ranges = [NOVEMBER_1_10, range('2026-11-10', '2026-11-12'), range('2026-11-11', '2026-11-11'), range('2026-09-01', '2026-12-01')];
    for (const a of ranges) {
      for (const b of ranges) expect(overlaps.evaluate(a, b)).toBe(overlaps.evaluate(b, a));
    }
  });
});

describe('overlaps in words', () => {
  it('reads as sharing a day with the other period', () => {
    expect(says(overlaps, { value: '”Vårdperiod”' })).toBe('”Frågan” har minst en dag gemensam med ”Vårdperiod”');
  });
});
