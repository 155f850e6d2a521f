/**
 * Owns `in`: the answer is one of a list. Membership is strict (indexOf), so a number never
 * matches its string and an unanswered field is in no list.
 */

import { describe, expect, it } from 'vitest';
import inOperator from '../../../src/rules/operators/in.js';
import { operatorCases } from '../../helpers/engine.js';
import { says } from '../../helpers/wording.js';

describe('in', () => {
  it('takes a list of values of the fact’s own type', () => {
    expect(inOperator.id).toBe('in');
    expect(inOperator.value).toBe('sameList');
    expect(inOperator.factTypes).toEqual(['text', 'number', 'date', 'code']);
    expect(inOperator.factValueValidator).toBeUndefined();
  });

  describe('holds', () => {
    operatorCases(inOperator, [
      ['ANNAT', ['UNDERSOKNING', 'ANNAT'], true],
      ['ANNAT', ['ANNAT'], true],
      [3, [1, 2, 3], true],
      ['2026-11-20', ['2026-11-19', '2026-11-20'], true],
      ['', [''], true],
    ]);
  });

  describe('does not hold', () => {
    operatorCases(inOperator, [
      ['ANNAT', ['UNDERSOKNING'], false],
      ['annat', ['ANNAT'], false],
      [3, ['3'], false],
      ['ANNAT', [], false],
      [undefined, ['ANNAT'], false],
      [null, ['ANNAT'], false],
      // A multiple-choice answer is a list: `in` does not look inside it (that is `contains`).
      [['ANNAT'], ['ANNAT'], false],
    ]);
  });

  describe('edge values both evaluators must treat alike', () => {
    operatorCases(inOperator, [
      [0, [0], true],
      [0, [-0], true],
      [0, [false], false],
      [false, [0, ''], false],
      [Number.NaN, [Number.NaN], false],
    ]);
  });

  it('finds undefined only in a list that holds it, as indexOf does', () => {
    expect(inOperator.evaluate(undefined, [undefined])).toBe(true);
    expect(inOperator.evaluate(undefined, [null])).toBe(false);
  });
});

describe('inOperator in words', () => {
  it('reads as having one of the values, with the kind’s verb', () => {
    expect(says(inOperator, { value: '”A” eller ”B”', is: 'är besvarad med' })).toBe('”Frågan” är besvarad med ”A” eller ”B”');
  });
});
