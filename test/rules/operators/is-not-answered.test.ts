/**
 * Owns `isNotAnswered`: exactly the negation of isAnswered, including through json-rules-engine
 * where an unanswered field is a fact that is not there at all.
 */

import { describe, expect, it } from 'vitest';
import isNotAnswered from '../../../src/rules/operators/is-not-answered.js';
import isAnswered from '../../../src/rules/operators/is-answered.js';
import { operatorCases } from '../../helpers/engine.js';
import { says } from '../../helpers/wording.js';

describe('isNotAnswered', () => {
  it('is declared like isAnswered', () => {
    expect(isNotAnswered.id).toBe('isNotAnswered');
    expect(isNotAnswered.factTypes).toBe('any');
    expect(isNotAnswered.value).toBe('none');
    expect(isNotAnswered.factValueValidator).toBeUndefined();
  });

  describe('holds', () => {
    operatorCases(isNotAnswered, [
      [undefined, undefined, true],
      [null, undefined, true],
      ['', undefined, true],
      ['   ', undefined, true],
      [[], undefined, true],
      [{}, undefined, true],
      [{ HALFTEN: { from: '', to: '' } }, undefined, true],
      [[{ code: '', description: '' }], undefined, true],
    ]);
  });

  describe('does not hold', () => {
    operatorCases(isNotAnswered, [
      [false, undefined, false],
      [0, undefined, false],
      ['Nej', undefined, false],
      [['ANNAT'], undefined, false],
      [{ ANNAT: '2026-11-20' }, undefined, false],
      [[{ code: 'F32' }], undefined, false],
    ]);
  });

  describe('reads one option of a dateChoices answer through a path', () => {
    // The definitions write `{ fact: baseratPa, path: $.ANNAT, operator: isNotAnswered }`; the
    // path resolves before the operator, so the operator sees the option's date or undefined.
    operatorCases(isNotAnswered, [
      ['2026-11-01', undefined, false],
      ['', undefined, true],
    ]);
  });

  it('is the negation of isAnswered on every value', () => {
    const values: unknown[] = [undefined, null, '', ' ', 'a', 0, false, [], [''], ['a'], {}, { a: '' }, { a: 'b' }];
    for (const value of values) {
      expect(isNotAnswered.evaluate(value, true), JSON.stringify(value)).toBe(!isAnswered.evaluate(value, true));
    }
  });
});

describe('isNotAnswered in words', () => {
  it('reads as the negation of isAnswered', () => {
    expect(says(isNotAnswered, { answered: 'besvarad' })).toBe('”Frågan” inte är besvarad');
  });
});
