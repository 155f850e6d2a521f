/**
 * Owns `doesNotContain`: a multiple-choice answer lacks an option. Unlike notIn it is false
 * when the field is unanswered, because json-rules-engine's validator requires a list.
 */

import { describe, expect, it } from 'vitest';
import doesNotContain from '../../../src/rules/operators/does-not-contain.js';
import contains from '../../../src/rules/operators/contains.js';
import { operatorCases } from '../../helpers/engine.js';
import { says } from '../../helpers/wording.js';

describe('doesNotContain', () => {
  it('is declared like contains', () => {
    expect(doesNotContain.id).toBe('doesNotContain');
    expect(doesNotContain.value).toBe('element');
    expect(doesNotContain.factTypes).toEqual(contains.factTypes);
    expect(doesNotContain.factValueValidator).toBe(Array.isArray);
  });

  describe('holds', () => {
    operatorCases(doesNotContain, [
      [['UNDERSOKNING'], 'ANNAT', true],
      [['annat'], 'ANNAT', true],
      [[], 'ANNAT', true],
    ]);
  });

  describe('does not hold', () => {
    operatorCases(doesNotContain, [
      [['ANNAT'], 'ANNAT', false],
      [['UNDERSOKNING', 'ANNAT'], 'ANNAT', false],
      // Unanswered or not a list: the validator fails, so the condition is false.
      [undefined, 'ANNAT', false],
      [null, 'ANNAT', false],
      ['UNDERSOKNING', 'ANNAT', false],
      [{ UNDERSOKNING: true }, 'ANNAT', false],
    ]);
  });

  describe('strict membership, as indexOf', () => {
    operatorCases(doesNotContain, [
      [[1], '1', true],
      [['annat', 'Annat'], 'ANNAT', true],
      [['ANNAT', null], null, false],
    ]);
  });

  it('is the negation of contains on every list', () => {
    const lists: unknown[][] = [[], ['A'], ['A', 'B'], ['B']];
    for (const list of lists) {
      for (const option of ['A', 'B', 'C']) {
        expect(doesNotContain.evaluate(list, option)).toBe(!contains.evaluate(list, option));
      }
    }
  });
});

describe('doesNotContain in words', () => {
  it('reads as the option not being ticked', () => {
    expect(says(doesNotContain, { value: '”Studier”', chosen: 'ikryssad' })).toBe('”Studier” i ”Frågan” inte är ikryssad');
  });
});
