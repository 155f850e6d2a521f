/** Owns `dateAfter`: the date is after the value; anything that is not a usable date makes it false. */

import { describe, expect, it } from 'vitest';
import dateAfter from '../../../src/rules/operators/date-after.js';
import { operatorCases } from '../../helpers/engine.js';
import { says } from '../../helpers/wording.js';

it('reads certain and uncertain dates and takes a date', () => {
  expect(dateAfter.factTypes).toEqual(['date', 'uncertainDate']);
  expect(dateAfter.value).toBe('date');
  expect(dateAfter.factValueValidator).toBeUndefined();
});

describe('dateAfter', () => {
  operatorCases(dateAfter, [
    ['2026-11-21', '2026-11-20', true],
    ['2027-01-01', '2026-12-31', true],
    ['2026-11-20', '2026-11-20', false],
    ['2026-11-19', '2026-11-20', false],
    ['2026-10-00', '2026-09-30', true],
    ['2026-10-00', '2026-10-01', false],
    [null, '2026-11-20', false],
    ['2026-11-21', '2026-02-30', false],
  ]);
});

describe('dateAfter in words', () => {
  it('reads as later than the value', () => {
    expect(says(dateAfter, { value: 'dagens datum' })).toBe('”Frågan” är senare än dagens datum');
  });
});
