/**
 * Owns the four number comparisons. They keep json-rules-engine's own fact validator
 * (`parseFloat` is not NaN), so an unanswered integer field compares false rather than as 0.
 */

import { describe, expect, it } from 'vitest';
import { greaterThan, greaterThanInclusive, lessThan, lessThanInclusive } from '../../../src/rules/operators/numeric.js';
import { operatorCases } from '../../helpers/engine.js';
import { says } from '../../helpers/wording.js';

describe.each([lessThan, lessThanInclusive, greaterThan, greaterThanInclusive])('$id declaration', (operator) => {
  it('reads numbers and takes a number', () => {
    expect(operator.factTypes).toEqual(['number']);
    expect(operator.value).toBe('number');
  });

  it('rejects facts parseFloat cannot read, as the engine does', () => {
    const validator = operator.factValueValidator!;
    for (const fact of [0, -3, 1.5, '7', '7 dagar']) expect(validator(fact), String(fact)).toBe(true);
    for (const fact of [undefined, null, '', 'abc', true, [], {}]) expect(validator(fact), String(fact)).toBe(false);
  });
});

describe('lessThan', () => {
  operatorCases(lessThan, [
    [3, 5, true],
    [-1, 0, true],
    [5, 5, false],
    [6, 5, false],
    // Unanswered is not "less than" anything: the validator stops the comparison with 0.
    [undefined, 5, false],
    [null, 5, false],
    ['abc', 5, false],
    [true, 5, false],
  ]);
});

describe('lessThanInclusive', () => {
  operatorCases(lessThanInclusive, [
    [3, 5, true],
    [5, 5, true],
    [6, 5, false],
    [undefined, 5, false],
    [null, 0, false],
  ]);
});

describe('greaterThan', () => {
  operatorCases(greaterThan, [
    [6, 5, true],
    [0, -1, true],
    [5, 5, false],
    [4, 5, false],
    [undefined, -1, false],
    [false, -1, false],
  ]);
});

describe('greaterThanInclusive', () => {
  operatorCases(greaterThanInclusive, [
    [5, 5, true],
    [6, 5, true],
    [4, 5, false],
    [undefined, 0, false],
    ['', 0, false],
  ]);
});

describe('JavaScript coercion the engine shares', () => {
  // Payloads are schema-checked before rules run, but the two evaluators must agree even on
  // values that slip through, so these quirks are pinned rather than "fixed" on one side.
  operatorCases(lessThan, [
    ['3', 5, true],
    [[3], 5, true],
    ['2026-11-20', 5, false],
  ]);
});

describe('numeric comparisons in words', () => {
  it('reads each comparison in words', () => {
    expect(says(lessThan, { value: '0,5' })).toBe('”Frågan” är mindre än 0,5');
    expect(says(lessThanInclusive, { value: '3' })).toBe('”Frågan” är högst 3');
    expect(says(greaterThan, { value: '3' })).toBe('”Frågan” är större än 3');
    expect(says(greaterThanInclusive, { value: '3' })).toBe('”Frågan” är minst 3');
  });
});
