/** Owns `dateBefore`: the date is before the value; an uncertain date by its earliest day; anything that is not a usable date makes it false. */

import { describe, expect, it } from 'vitest';
import dateBefore from '../../../src/rules/operators/date-before.js';
import { operatorCases } from '../../helpers/engine.js';
import { says } from '../../helpers/wording.js';

it('reads certain and uncertain dates and takes a date', () => {
  expect(dateBefore.factTypes).toEqual(['date', 'uncertainDate']);
  expect(dateBefore.value).toBe('date');
  expect(dateBefore.factValueValidator).toBeUndefined();
});

describe('dateBefore', () => {
  operatorCases(dateBefore, [
    ['2026-11-19', '2026-11-20', true],
    ['2025-12-31', '2026-01-01', true],
    ['2026-11-20', '2026-11-20', false],
    ['2026-11-21', '2026-11-20', false],
    // 2026-10-00 means "some day in October": its earliest day is not before the 1st.
    ['2026-10-00', '2026-10-01', false],
    ['2026-10-00', '2026-10-02', true],
    ['2026-00-00', '2026-01-02', true],
    [undefined, '2026-11-20', false],
    ['', '2026-11-20', false],
    ['2026-02-30', '2026-11-20', false],
    ['0000-00-00', '2026-11-20', false],
    ['2026-11-19', 'today', false],
  ]);
});

describe('dateBefore in words', () => {
  it('reads as earlier than the value', () => {
    expect(says(dateBefore, { value: 'patientens födelsedatum' })).toBe('”Frågan” är tidigare än patientens födelsedatum');
  });
});
