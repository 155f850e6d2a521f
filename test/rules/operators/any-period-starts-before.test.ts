/**
 * Owns `anyPeriodStartsBefore`, behind FK7804's "sjukskrivningen startar mer än 7 dagar bakåt"
 * warning: true when some sick-leave period's start is strictly before the date.
 */

import { describe, expect, it } from 'vitest';
import anyPeriodStartsBefore from '../../../src/rules/operators/any-period-starts-before.js';
import { operatorCases } from '../../helpers/engine.js';
import { says } from '../../helpers/wording.js';

const WEEK_AGO = '2026-11-13';

describe('anyPeriodStartsBefore', () => {
  it('reads sick-leave periods and takes a date', () => {
    expect(anyPeriodStartsBefore.id).toBe('anyPeriodStartsBefore');
    expect(anyPeriodStartsBefore.factTypes).toEqual(['periods']);
    expect(anyPeriodStartsBefore.value).toBe('date');
  });

  describe('holds', () => {
    operatorCases(anyPeriodStartsBefore, [
      [{ HELT_NEDSATT: { from: '2026-11-12', to: '2026-11-30' } }, WEEK_AGO, true],
      // One early period is enough, whatever order the keys come in.
      [{ HALFTEN: { from: '2026-11-20', to: '2026-11-30' }, HELT_NEDSATT: { from: '2026-11-01', to: '2026-11-19' } }, WEEK_AGO, true],
      // Only the start counts; the end may be anything, even missing.
      [{ HALFTEN: { from: '2026-11-12' } }, WEEK_AGO, true],
    ]);
  });

  describe('does not hold', () => {
    operatorCases(anyPeriodStartsBefore, [
      // Starting exactly on the date is not before it.
      [{ HELT_NEDSATT: { from: WEEK_AGO, to: '2026-11-30' } }, WEEK_AGO, false],
      [{ HELT_NEDSATT: { from: '2026-11-20', to: '2026-11-30' } }, WEEK_AGO, false],
      [{}, WEEK_AGO, false],
      [undefined, WEEK_AGO, false],
      [{ HALFTEN: { from: '', to: '2026-11-30' } }, WEEK_AGO, false],
      [{ HALFTEN: { from: '2026-02-30', to: '2026-11-30' } }, WEEK_AGO, false],
      [{ HALFTEN: { to: '2026-11-01' } }, WEEK_AGO, false],
      [{ HALFTEN: '2026-11-01' }, WEEK_AGO, false],
      // A list of periods is not the periods shape.
      [[{ from: '2026-11-01', to: '2026-11-30' }], WEEK_AGO, false],
      // Without a usable date nothing starts before it.
      [{ HALFTEN: { from: '2026-11-01', to: '2026-11-30' } }, 'today-7', false],
      [{ HALFTEN: { from: '2026-11-01', to: '2026-11-30' } }, '2026-10-00', false],
    ]);
  });

  it('agrees with a week-ago date computed from today', () => {
    // The definitions pass `{ fact: today, params: { days: -7 } }`; 7 days before 2026-11-20.
    const periods = { HALFTEN: { from: '2026-11-12', to: '2026-11-30' } };
    expect(anyPeriodStartsBefore.evaluate(periods, '2026-11-13')).toBe(true);
    expect(anyPeriodStartsBefore.evaluate(periods, '2026-11-12')).toBe(false);
  });
});

describe('anyPeriodStartsBefore in words', () => {
  it('reads as having a period that starts before the date', () => {
    expect(says(anyPeriodStartsBefore, { value: '7 dagar före dagens datum' })).toBe('”Frågan” har en period som börjar tidigare än 7 dagar före dagens datum');
  });
});
