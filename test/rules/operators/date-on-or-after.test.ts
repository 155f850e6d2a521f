/** Owns `dateOnOrAfter`: the date is the value’s day or later; anything that is not a usable date makes it false. */

import { describe, expect, it } from 'vitest';
import dateOnOrAfter from '../../../src/rules/operators/date-on-or-after.js';
import { operatorCases } from '../../helpers/engine.js';
import { says } from '../../helpers/wording.js';

it('reads certain and uncertain dates and takes a date', () => {
  expect(dateOnOrAfter.factTypes).toEqual(['date', 'uncertainDate']);
  expect(dateOnOrAfter.value).toBe('date');
  expect(dateOnOrAfter.factValueValidator).toBeUndefined();
});

describe('dateOnOrAfter', () => {
  operatorCases(dateOnOrAfter, [
    ['2026-11-20', '2026-11-20', true],
    ['2026-11-21', '2026-11-20', true],
    ['2026-10-00', '2026-10-01', true],
    ['2026-11-19', '2026-11-20', false],
    // The value side may be uncertain as well.
    ['2026-09-30', '2026-10-00', false],
    ['2026-10-01', '2026-10-00', true],
    [undefined, '2026-11-20', false],
  ]);
});

describe('dateOnOrAfter in words', () => {
  it('reads as at the earliest the value', () => {
    expect(says(dateOnOrAfter, { value: '2026-01-01' })).toBe('”Frågan” är tidigast 2026-01-01');
  });
});
