/**
 * Owns dateBefore, dateOnOrBefore, dateAfter and dateOnOrAfter. Dates compare as ISO strings,
 * an uncertain date (`2026-10-00`) by its earliest possible day, and anything that is not a usable
 * date makes every comparison false — never true by accident.
 */

import { describe, expect, it } from 'vitest';
import { dateAfter, dateBefore, dateOnOrAfter, dateOnOrBefore } from '../../../src/rules/operators/date-comparisons.js';
import { comparableDate } from '../../../src/rules/operators/comparable-date.js';
import { operatorCases } from '../../helpers/engine.js';

const ALL = [dateBefore, dateOnOrBefore, dateAfter, dateOnOrAfter];

describe.each(ALL)('$id declaration', (operator) => {
  it('reads certain and uncertain dates and takes a date', () => {
    expect(operator.factTypes).toEqual(['date', 'uncertainDate']);
    expect(operator.value).toBe('date');
    expect(operator.factValueValidator).toBeUndefined();
  });
});

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
