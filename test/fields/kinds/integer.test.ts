/**
 * Owns the `integer` kind: a whole number within `min`–`max`, both inclusive, with the national
 * message "Ange ett värde mellan 1-99.".
 */

import { describe, expect, it } from 'vitest';
import integer from '../../../src/fields/kinds/integer.js';
import { env, errorsOf, issue, makeField, makeRun, schemaAccepts } from '../../helpers/field.js';

const field = makeField('integer', { min: 1, max: 99, unit: 'procent' });
const outOfRange = issue('falt', 'out-of-range', 'Ange ett värde mellan 1-99.');

describe('integer', () => {
  it('is answered with a number', () => {
    expect(integer.kind).toBe('integer');
    expect(integer.hasAnswer).toBe(true);
    expect(integer.requiredMessage).toBe('Ange ett svar.');
    expect(integer.tsType(field)).toBe('number');
  });

  it('has an integer schema with the bounds', () => {
    expect(integer.answerSchema(field, env)).toEqual({ type: 'integer', minimum: 1, maximum: 99 });
    expect(integer.answerSchema(makeField('integer'), env)).toEqual({ type: 'integer' });
    const accepts = schemaAccepts(integer, field);
    for (const value of [1, 50, 99, 5.0]) expect(accepts(value), String(value)).toBe(true);
    for (const value of [0, 100, 1.5, '50', null, true]) expect(accepts(value), JSON.stringify(value)).toBe(false);
  });

  it('describes only the whole answer, as a number', () => {
    expect(integer.describe(field, [])).toEqual({ type: 'number' });
    expect(integer.describe(field, ['x'])).toBeUndefined();
  });

  it('counts 0 as answered', () => {
    expect(integer.isAnswered(0)).toBe(true);
    expect(integer.isAnswered(undefined)).toBe(false);
  });

  describe('validator', () => {
    it('accepts the bounds themselves', () => {
      for (const value of [1, 2, 98, 99]) expect(errorsOf(integer, field, value), String(value)).toEqual([]);
    });

    it('reports values outside the bounds', () => {
      for (const value of [0, -1, 100, 1_000_000]) expect(errorsOf(integer, field, value), String(value)).toEqual([outOfRange]);
    });

    it('accepts any whole number without bounds', () => {
      for (const value of [-5, 0, Number.MAX_SAFE_INTEGER]) expect(errorsOf(integer, makeField('integer'), value)).toEqual([]);
    });

    it('reports a value that is not a whole number', () => {
      for (const value of [1.5, '50', Number.NaN, Number.POSITIVE_INFINITY, null, true]) {
        expect(errorsOf(integer, field, value), String(value)).toEqual([issue('falt', 'invalid-type', 'Svaret har fel format.')]);
      }
    });

    it('uses the field’s own message', () => {
      const custom = makeField('integer', { min: 0, max: 100 }, { messages: { 'out-of-range': 'Ange en procentsats.' } });
      expect(errorsOf(integer, custom, 101)).toEqual([issue('falt', 'out-of-range', 'Ange en procentsats.')]);
    });

    it('words the out-of-range message sensibly when only min or only max is set', () => {
      expect(errorsOf(integer, makeField('integer', { min: 1 }), 0)).toEqual([issue('falt', 'out-of-range', 'Ange ett värde som är minst 1.')]);
      expect(errorsOf(integer, makeField('integer', { max: 10 }), 11)).toEqual([issue('falt', 'out-of-range', 'Ange ett värde som är högst 10.')]);
    });
  });

  it('refuses min greater than max when the definition is checked', () => {
    expect(integer.check?.(field, env)).toEqual([]);
    expect(integer.check?.(makeField('integer', { min: 10, max: 5 }), env)).toEqual([
      { code: 'definition/bad-limits', message: expect.stringContaining('min (10) är större än max (5)'), at: ['min'] },
    ]);
  });

  it('prints the number with its unit', () => {
    expect(integer.printable(field, 50)).toBe('50 procent');
    expect(integer.printable(makeField('integer'), 3)).toBe('3');
  });

  describe('year limits relative to the patient and the signing date', () => {
    const year = makeField('integer', { min: 'birthYear', max: 'signingYear' }, { messages: { 'year-range': 'Ange ett årtal mellan patientens födelsedatum och dagens datum.' } });
    const run = (value: unknown, anchors: { birthDate?: string; signingDate?: string }) => {
      const context = { ...makeRun('2026-11-20'), ...anchors };
      integer.createValidator(year, env)(value, 'falt', context);
      return context.errors;
    };

    it('bounds the year by the birth year and the signing year, with the definition’s message', () => {
      const message = 'Ange ett årtal mellan patientens födelsedatum och dagens datum.';
      expect(run(1979, { birthDate: '1980-05-01', signingDate: '2026-11-20' })).toEqual([issue('falt', 'year-range', message)]);
      expect(run(2027, { birthDate: '1980-05-01', signingDate: '2026-11-20' })).toEqual([issue('falt', 'year-range', message)]);
      expect(run(1980, { birthDate: '1980-05-01', signingDate: '2026-11-20' })).toEqual([]);
      expect(run(2025, { birthDate: '1980-05-01', signingDate: '2025-02-01' })).toEqual([]);
      expect(run(2026, { birthDate: '1980-05-01', signingDate: '2025-02-01' })).toEqual([issue('falt', 'year-range', message)]);
    });

    it('without a birth date (reserve number) keeps only the upper limit; without a signing date uses today', () => {
      expect(run(1700, {})).toEqual([]);
      expect(run(2027, {})).toHaveLength(1);
    });

    it('shifts by ±N and words its own message with the resolved years', () => {
      const adult = makeField('integer', { min: 'birthYear+18', max: 'signingYear-1' });
      const context = { ...makeRun('2026-11-20'), birthDate: '2000-01-01', signingDate: '2026-11-20' };
      integer.createValidator(adult, env)(2017, 'falt', context);
      expect(context.errors).toEqual([issue('falt', 'year-range', 'Ange ett årtal mellan 2018-2025.')]);
    });

    it('leaves year limits out of the JSON Schema, which cannot know them, and checks their spelling', () => {
      expect(integer.answerSchema(year, env)).toEqual({ type: 'integer' });
      expect(integer.answerSchema(makeField('integer', { min: 1900, max: 'signingYear' }), env)).toEqual({ type: 'integer', minimum: 1900 });
      expect(integer.check?.(makeField('integer', { min: 'fodelsear' }), env)).toEqual([
        { code: 'definition/bad-limits', message: expect.stringContaining('"fodelsear" är ingen gräns'), at: ['min'] },
      ]);
      expect(integer.check?.(year, env)).toEqual([]);
    });
  });
});
