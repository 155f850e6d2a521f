/**
 * Owns `notEqual`: strict inequality, which (as in json-rules-engine) also holds when the field is
 * unanswered — definitions rely on that being explicit rather than on isNotAnswered.
 */

import { describe, expect, it } from 'vitest';
import notEqual from '../../../src/rules/operators/not-equal.js';
import equal from '../../../src/rules/operators/equal.js';
import { operatorCases } from '../../helpers/engine.js';
import { says } from '../../helpers/wording.js';

describe('notEqual', () => {
  it('is declared like equal', () => {
    expect(notEqual.id).toBe('notEqual');
    expect(notEqual.value).toBe('same');
    expect(notEqual.factTypes).toEqual(equal.factTypes);
    expect(notEqual.factValueValidator).toBeUndefined();
  });

  describe('holds', () => {
    operatorCases(notEqual, [
      ['ANNAT', 'UNDERSOKNING', true],
      ['ANNAT', 'annat', true],
      [false, 0, true],
      [true, false, true],
      [1, '1', true],
      ['2026-11-20', '2026-11-21', true],
      // Unanswered is "not equal" to every value.
      [undefined, 'ANNAT', true],
      [null, false, true],
    ]);
  });

  describe('does not hold', () => {
    operatorCases(notEqual, [
      ['ANNAT', 'ANNAT', false],
      [true, true, false],
      [false, false, false],
      [0, 0, false],
      ['2026-10-00', '2026-10-00', false],
      ['', '', false],
    ]);
  });

  it('is the negation of equal for every pair', () => {
    const values: unknown[] = [undefined, null, true, false, 0, 1, '', 'A', '2026-11-20'];
    for (const a of values) {
      for (const b of values) expect(notEqual.evaluate(a, b)).toBe(!equal.evaluate(a, b));
    }
  });
});

describe('notEqual in words', () => {
  it('reads as the negation of equal, a better predicate included', () => {
    expect(says(notEqual, { value: '”Ja”', is: 'är besvarad med' })).toBe('”Frågan” inte är besvarad med ”Ja”');
    expect(says(notEqual, { value: 'Nej', equals: { verb: 'är ikryssad', negated: true } })).toBe('”Frågan” är ikryssad');
  });
});
