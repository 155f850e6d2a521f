/**
 * Owns the `yesNo` kind (RadioBoolean): unlike a checkbox, `false` (Nej) is an answer, so a
 * required Ja/Nej question is satisfied by Nej and a hidden one must be left out entirely.
 */

import { describe, expect, it } from 'vitest';
import yesNo from '../../../src/fields/kinds/yes-no.js';
import { env, errorsOf, issue, makeField, schemaAccepts } from '../../helpers/field.js';

const field = makeField('yesNo');

describe('yesNo', () => {
  it('is answered with a boolean', () => {
    expect(yesNo.kind).toBe('yesNo');
    expect(yesNo.hasAnswer).toBe(true);
    expect(yesNo.tsType(field)).toBe('boolean');
    expect(yesNo.requiredMessage).toBe('Välj ett alternativ.');
    expect(Object.keys(yesNo.definitionProperties).sort()).toEqual(['falseLabel', 'trueLabel']);
  });

  it('has a boolean schema', () => {
    const accepts = schemaAccepts(yesNo, field);
    expect(accepts(true)).toBe(true);
    expect(accepts(false)).toBe(true);
    for (const value of ['Ja', 'false', 0, null]) expect(accepts(value), JSON.stringify(value)).toBe(false);
  });

  it('describes only the whole answer, as a boolean', () => {
    expect(yesNo.describe(field, [])).toEqual({ type: 'boolean' });
    expect(yesNo.describe(field, [0])).toBeUndefined();
  });

  it('counts Nej as answered', () => {
    expect(yesNo.isAnswered(true)).toBe(true);
    expect(yesNo.isAnswered(false)).toBe(true);
    expect(yesNo.isAnswered(undefined)).toBe(false);
  });

  describe('validator', () => {
    it('accepts Ja and Nej', () => {
      expect(errorsOf(yesNo, field, true)).toEqual([]);
      expect(errorsOf(yesNo, field, false)).toEqual([]);
    });

    it('reports anything else as the wrong type', () => {
      for (const value of ['Ja', 'Nej', 'true', 1, 0, null, []]) {
        expect(errorsOf(yesNo, field, value), JSON.stringify(value)).toEqual([issue('falt', 'invalid-type', 'Svaret har fel format.')]);
      }
    });
  });

  describe('printable', () => {
    it('prints Ja and Nej by default', () => {
      expect(yesNo.printable(field, true)).toBe('Ja');
      expect(yesNo.printable(field, false)).toBe('Nej');
    });

    it('prints the field’s own labels', () => {
      const labelled = makeField('yesNo', { trueLabel: 'Ja, det stämmer', falseLabel: 'Nej, inte alls' });
      expect(yesNo.printable(labelled, true)).toBe('Ja, det stämmer');
      expect(yesNo.printable(labelled, false)).toBe('Nej, inte alls');
    });
  });
});

describe('yesNo for forms and conditions', () => {
  const own = makeField('yesNo', { trueLabel: 'Säkert', falseLabel: 'Ej säkert' });

  it('offers its two answers as labelled consts', () => {
    expect(yesNo.answerSchema(field, env)).toEqual({ type: 'boolean', oneOf: [{ const: true, title: 'Ja' }, { const: false, title: 'Nej' }] });
    expect(yesNo.answerSchema(own, env)).toMatchObject({ oneOf: [{ const: true, title: 'Säkert' }, { const: false, title: 'Ej säkert' }] });
    expect(yesNo.tsDoc?.(own)).toEqual(['Svar:\n- `true`: Säkert\n- `false`: Ej säkert']);
  });

  it('is answered with its labels in conditions', () => {
    const words = yesNo.wording!(own, []);
    expect(words).toMatchObject({ answered: 'besvarad', is: 'är besvarad med' });
    expect(words.value?.(true)).toBe('”Säkert”');
    expect(words.value?.(false)).toBe('”Ej säkert”');
    expect(words.value?.('x')).toBeUndefined();
  });
});
