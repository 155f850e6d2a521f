/**
 * Owns `isAnswered` and its `hasAnswer`: something was given. Blank text, empty lists and
 * objects whose values are all unanswered are nothing; `false` and `0` are answers (a Ja/Nej
 * answered Nej, an integer 0).
 */

import { describe, expect, it } from 'vitest';
import isAnswered, { hasAnswer } from '../../../src/rules/operators/is-answered.js';
import { operatorCases } from '../../helpers/engine.js';
import { says } from '../../helpers/wording.js';

describe('isAnswered', () => {
  it('reads any fact and takes no value', () => {
    expect(isAnswered.id).toBe('isAnswered');
    expect(isAnswered.factTypes).toBe('any');
    expect(isAnswered.value).toBe('none');
  });

  describe('holds', () => {
    operatorCases(isAnswered, [
      ['Text', undefined, true],
      [' x ', undefined, true],
      [false, undefined, true],
      [true, undefined, true],
      [0, undefined, true],
      ['2026-11-20', undefined, true],
      [['ANNAT'], undefined, true],
      [{ ANNAT: '2026-11-20' }, undefined, true],
      [{ HALFTEN: { from: '2026-11-20' } }, undefined, true],
      [[{ code: '', description: 'Depression' }], undefined, true],
      [[null, 'A'], undefined, true],
    ]);
  });

  describe('does not hold', () => {
    operatorCases(isAnswered, [
      [undefined, undefined, false],
      [null, undefined, false],
      ['', undefined, false],
      ['  \n\t', undefined, false],
      [[], undefined, false],
      [[''], undefined, false],
      [{}, undefined, false],
      [{ ANNAT: '' }, undefined, false],
      [{ HALFTEN: { from: '', to: '' } }, undefined, false],
      [[{ code: '', description: ' ' }], undefined, false],
      [[{}, {}], undefined, false],
    ]);
  });
});

describe('hasAnswer', () => {
  it('counts only own properties', () => {
    expect(hasAnswer(Object.create({ inherited: 'yes' }))).toBe(false);
    expect(hasAnswer(JSON.parse('{"__proto__": "x"}'))).toBe(true);
  });

  it('treats every number as an answer, even NaN', () => {
    // NaN cannot come from JSON; pinned so a change here is deliberate.
    for (const n of [0, -1, 1.5, Number.NaN]) expect(hasAnswer(n)).toBe(true);
  });

  it('descends into nested rows', () => {
    expect(hasAnswer([{ beskrivning: '', datum: '' }, { beskrivning: 'Hjärtinfarkt' }])).toBe(true);
    expect(hasAnswer([{ beskrivning: '', datum: '' }, { beskrivning: null }])).toBe(false);
  });
});

describe('isAnswered in words', () => {
  it('reads with the kind’s participle for given', () => {
    expect(says(isAnswered)).toBe('”Frågan” är ifylld');
    expect(says(isAnswered, { answered: 'ikryssad' })).toBe('”Frågan” är ikryssad');
  });
});
