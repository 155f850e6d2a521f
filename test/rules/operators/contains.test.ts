/**
 * Owns `contains`: a multiple-choice answer includes an option. The fact validator
 * (Array.isArray) keeps an unanswered field or a wrong-typed answer from throwing in indexOf.
 */

import { describe, expect, it } from 'vitest';
import contains from '../../../src/rules/operators/contains.js';
import { operatorCases } from '../../helpers/engine.js';
import { says } from '../../helpers/wording.js';

describe('contains', () => {
  it('reads option lists and takes one option id', () => {
    expect(contains.id).toBe('contains');
    expect(contains.value).toBe('element');
    expect(contains.factTypes).toEqual(['codeList']);
  });

  it('validates the fact as a list, as json-rules-engine does', () => {
    expect(contains.factValueValidator?.(['A'])).toBe(true);
    expect(contains.factValueValidator?.([])).toBe(true);
    expect(contains.factValueValidator?.(undefined)).toBe(false);
    expect(contains.factValueValidator?.('ANNAT')).toBe(false);
    expect(contains.factValueValidator?.({ 0: 'A', length: 1 })).toBe(false);
  });

  describe('holds', () => {
    operatorCases(contains, [
      [['ANNAT'], 'ANNAT', true],
      [['UNDERSOKNING', 'ANNAT'], 'ANNAT', true],
      [['A', 'A'], 'A', true],
    ]);
  });

  describe('does not hold', () => {
    operatorCases(contains, [
      [['UNDERSOKNING'], 'ANNAT', false],
      [['annat'], 'ANNAT', false],
      [[], 'ANNAT', false],
      [undefined, 'ANNAT', false],
      [null, 'ANNAT', false],
      // A string has indexOf too; without the validator "ANNAT" would contain "NN".
      ['ANNAT', 'NN', false],
      [{ ANNAT: '2026-11-20' }, 'ANNAT', false],
    ]);
  });

  describe('strict membership, as indexOf', () => {
    operatorCases(contains, [
      [[1, 2], 1, true],
      [['1'], 1, false],
      [[null], null, true],
    ]);
  });

  it('would find substrings without its validator, which is why it has one', () => {
    expect(contains.evaluate('ANNAT', 'NN')).toBe(true);
  });
});

describe('contains in words', () => {
  it('reads as the option being ticked in the question, in the kind’s own word', () => {
    expect(says(contains, { value: '”Studier”', chosen: 'ikryssad' })).toBe('”Studier” i ”Frågan” är ikryssad');
    expect(says(contains, { value: '”b130”' })).toBe('”b130” i ”Frågan” är vald');
  });
});
