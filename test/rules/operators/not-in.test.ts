/**
 * Owns `notIn`: the answer is none of a list — which, like notEqual, includes an unanswered
 * field, so a definition wanting "answered and not X" must say both.
 */

import { describe, expect, it } from 'vitest';
import notIn from '../../../src/rules/operators/not-in.js';
import inOperator from '../../../src/rules/operators/in.js';
import { operatorCases } from '../../helpers/engine.js';
import { says } from '../../helpers/wording.js';

describe('notIn', () => {
  it('is declared like in', () => {
    expect(notIn.id).toBe('notIn');
    expect(notIn.value).toBe('sameList');
    expect(notIn.factTypes).toEqual(inOperator.factTypes);
    expect(notIn.factValueValidator).toBeUndefined();
  });

  describe('holds', () => {
    operatorCases(notIn, [
      ['ANNAT', ['UNDERSOKNING'], true],
      ['annat', ['ANNAT'], true],
      [3, ['3'], true],
      ['ANNAT', [], true],
      [undefined, ['ANNAT'], true],
      [null, ['ANNAT'], true],
    ]);
  });

  describe('does not hold', () => {
    operatorCases(notIn, [
      ['ANNAT', ['UNDERSOKNING', 'ANNAT'], false],
      [3, [1, 2, 3], false],
      ['2026-11-20', ['2026-11-20'], false],
      ['', [''], false],
    ]);
  });

  describe('edge values both evaluators must treat alike', () => {
    operatorCases(notIn, [
      [0, [false], true],
      [0, [-0], false],
      [Number.NaN, [Number.NaN], true],
    ]);
  });

  it('is the negation of in', () => {
    const lists: unknown[][] = [[], ['A'], ['A', 'B'], [1, '1'], [null]];
    const values: unknown[] = [undefined, null, 'A', 'B', 1, '1'];
    for (const list of lists) {
      for (const value of values) expect(notIn.evaluate(value, list)).toBe(!inOperator.evaluate(value, list));
    }
  });
});

describe('notIn in words', () => {
  it('reads as the negation of in', () => {
    expect(says(notIn, { value: '”A” eller ”B”' })).toBe('”Frågan” inte är ”A” eller ”B”');
  });
});
