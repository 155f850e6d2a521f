/** Owns the shared pieces of Swedish: quotes, lists, numbers, days, shifted dates and negation. */

import { describe, expect, it } from 'vitest';
import { clauseWords, daysOrValue, daysWords, joinWords, negate, numberWords, quote, shiftedWords } from '../../../src/rules/describe/words.js';

describe('words', () => {
  it('quotes with Swedish quotation marks, trimmed', () => {
    expect(quote(' Prognos ')).toBe('”Prognos”');
  });

  it('joins lists with a comma and the conjunction before the last', () => {
    expect(joinWords([], 'och')).toBe('');
    expect(joinWords(['A'], 'och')).toBe('A');
    expect(joinWords(['A', 'B'], 'eller')).toBe('A eller B');
    expect(joinWords(['A', 'B', 'C'], 'och')).toBe('A, B och C');
  });

  it('writes numbers with a decimal comma and days in the singular or plural', () => {
    expect(numberWords(0.5)).toBe('0,5');
    expect(numberWords(14)).toBe('14');
    expect(daysWords(1)).toBe('1 dag');
    expect(daysWords(28)).toBe('28 dagar');
    expect(daysOrValue(14, '”14”')).toBe('14 dagar');
    expect(daysOrValue({ fact: 'x' }, '”X”')).toBe('”X”');
  });

  it('shifts a date by days before or after it', () => {
    expect(shiftedWords('dagens datum', -7)).toBe('7 dagar före dagens datum');
    expect(shiftedWords('patientens födelsedatum', 28)).toBe('28 dagar efter patientens födelsedatum');
    expect(shiftedWords('dagens datum', 0)).toBe('dagens datum');
    expect(shiftedWords('dagens datum', undefined)).toBe('dagens datum');
  });

  it('puts inte before the verb, as a subordinate clause does', () => {
    expect(clauseWords('”X”', { verb: 'är ikryssad' })).toBe('”X” är ikryssad');
    expect(clauseWords('”X”', negate({ verb: 'innehåller', value: '”A”' }))).toBe('”X” inte innehåller ”A”');
    expect(negate(negate({ verb: 'är ifylld' }))).toEqual({ verb: 'är ifylld', negated: false });
  });
});
