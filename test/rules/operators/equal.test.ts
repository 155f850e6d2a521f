/**
 * Owns `equal`: json-rules-engine's strict equality. Strictness matters because answers keep
 * their JSON types: a Ja/Nej answer `false` must not equal `0` or `''`, and an option id is
 * case-sensitive.
 */

import { describe, expect, it } from 'vitest';
import equal from '../../../src/rules/operators/equal.js';
import { operatorCases } from '../../helpers/engine.js';
import { says } from '../../helpers/wording.js';

describe('equal', () => {
  it('is declared for single values and compares with the fact’s own type', () => {
    expect(equal.id).toBe('equal');
    expect(equal.value).toBe('same');
    expect(equal.factTypes).toEqual(['text', 'boolean', 'number', 'date', 'code', 'uncertainDate']);
    // The engine registers no validator for equal, so neither do we.
    expect(equal.factValueValidator).toBeUndefined();
  });

  describe('holds', () => {
    operatorCases(equal, [
      ['ANNAT', 'ANNAT', true],
      [true, true, true],
      [false, false, true],
      [0, 0, true],
      [42, 42, true],
      ['2026-11-20', '2026-11-20', true],
      ['2026-10-00', '2026-10-00', true],
      ['', '', true],
    ]);
  });

  describe('compares objects and lists by identity, so periods need overlaps instead', () => {
    operatorCases(equal, [
      [{ from: '2026-11-01', to: '2026-11-10' }, { from: '2026-11-01', to: '2026-11-10' }, false],
      [['ANNAT'], ['ANNAT'], false],
      [Number.NaN, Number.NaN, false],
    ]);
  });

  describe('does not hold', () => {
    operatorCases(equal, [
      ['ANNAT', 'annat', false],
      ['ANNAT', 'UNDERSOKNING', false],
      [false, 0, false],
      [false, '', false],
      [true, 'true', false],
      [1, '1', false],
      ['2026-11-20', '2026-11-21', false],
      // An unanswered field equals nothing, not even the empty string.
      [undefined, '', false],
      [null, false, false],
      [['A'], 'A', false],
    ]);
  });
});

describe('equal in words', () => {
  it('reads with the kind’s own verb, or its better predicate', () => {
    expect(says(equal, { value: '”Ja”', is: 'är besvarad med' })).toBe('”Frågan” är besvarad med ”Ja”');
    expect(says(equal, { value: '3' })).toBe('”Frågan” är 3');
    expect(says(equal, { value: 'Ja', equals: { verb: 'är ikryssad' } })).toBe('”Frågan” är ikryssad');
  });
});
