/** Owns `dateOnOrBefore`: the date is the value’s day or earlier; anything that is not a usable date makes it false. */

import { describe, expect, it } from 'vitest';
import dateOnOrBefore from '../../../src/rules/operators/date-on-or-before.js';
import { operatorCases } from '../../helpers/engine.js';
import { says } from '../../helpers/wording.js';

it('reads certain and uncertain dates and takes a date', () => {
  expect(dateOnOrBefore.factTypes).toEqual(['date', 'uncertainDate']);
  expect(dateOnOrBefore.value).toBe('date');
  expect(dateOnOrBefore.factValueValidator).toBeUndefined();
});

describe('dateOnOrBefore', () => {
  operatorCases(dateOnOrBefore, [
    ['2026-11-19', '2026-11-20', true],
    ['2026-11-20', '2026-11-20', true],
    ['2026-10-00', '2026-10-01', true],
    ['2026-11-21', '2026-11-20', false],
    [undefined, '2026-11-20', false],
    ['2026-11-20', null, false],
  ]);
});

describe('dateOnOrBefore in words', () => {
  it('reads as at the latest the value', () => {
    expect(says(dateOnOrBefore, { value: '28 dagar efter patientens födelsedatum' })).toBe('”Frågan” är senast 28 dagar efter patientens födelsedatum');
  });
});
