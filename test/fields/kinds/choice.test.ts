/**
 * Owns the `choice` kind (RadioMultipleCode / DropdownCode): the answer is one option id, exactly
 * as written in the definition (ids are case-sensitive codes sent on to the recipient).
 */

import { describe, expect, it } from 'vitest';
import choice from '../../../src/fields/kinds/choice.js';
import { env, errorsOf, issue, makeField, schemaAccepts } from '../../helpers/field.js';

const options = [
  { id: 'PLOTSLIG', label: 'Akut' },
  { id: 'KRONISK', label: 'Kronisk' },
  { id: 'UPPGIFT_SAKNAS', label: 'Uppgift saknas' },
];
const field = makeField('choice', { options });

describe('choice', () => {
  it('is answered with one option id', () => {
    expect(choice.kind).toBe('choice');
    expect(choice.hasAnswer).toBe(true);
    expect(choice.requiredMessage).toBe('Välj ett alternativ.');
    expect(choice.requiredProperties).toEqual(['options']);
    expect(choice.tsType(field)).toBe('"PLOTSLIG" | "KRONISK" | "UPPGIFT_SAKNAS"');
  });

  it('has an enum schema of the option ids', () => {
    const accepts = schemaAccepts(choice, field);
    for (const id of ['PLOTSLIG', 'KRONISK', 'UPPGIFT_SAKNAS']) expect(accepts(id), id).toBe(true);
    for (const value of ['plotslig', 'Akut', 'OKAND', '', null, ['PLOTSLIG'], 1]) expect(accepts(value), JSON.stringify(value)).toBe(false);
  });

  it('describes the answer as a code with its options', () => {
    expect(choice.describe(field, [])).toEqual({ type: 'code', options: ['PLOTSLIG', 'KRONISK', 'UPPGIFT_SAKNAS'] });
    expect(choice.describe(field, ['PLOTSLIG'])).toBeUndefined();
  });

  it('counts any given value as answered', () => {
    expect(choice.isAnswered('PLOTSLIG')).toBe(true);
    expect(choice.isAnswered(undefined)).toBe(false);
    // '' is not an option; it is answered so the validator can say so.
    expect(choice.isAnswered('')).toBe(true);
  });

  describe('validator', () => {
    it('accepts each option', () => {
      for (const { id } of options) expect(errorsOf(choice, field, id), id).toEqual([]);
    });

    it('reports an option id that does not exist', () => {
      for (const value of ['OKAND', 'plotslig', 'Akut', '', 'constructor', 'toString']) {
        expect(errorsOf(choice, field, value), value).toEqual([issue('falt', 'unknown-option', 'Välj ett alternativ.')]);
      }
    });

    it('uses the field’s own message for an unknown option', () => {
      const custom = makeField('choice', { options }, { messages: { 'unknown-option': 'Välj Akut, Kronisk eller Uppgift saknas.' } });
      expect(errorsOf(choice, custom, 'OKAND')).toEqual([issue('falt', 'unknown-option', 'Välj Akut, Kronisk eller Uppgift saknas.')]);
    });

    it('reports a value that is not a string', () => {
      for (const value of [1, true, null, ['PLOTSLIG'], { PLOTSLIG: true }]) {
        expect(errorsOf(choice, field, value), JSON.stringify(value)).toEqual([issue('falt', 'invalid-type', 'Svaret har fel format.')]);
      }
    });
  });

  it('prints the option’s label, or the id when it has none', () => {
    expect(choice.printable(field, 'KRONISK')).toBe('Kronisk');
    expect(choice.printable(field, 'OKAND')).toBe('OKAND');
  });

  it('types an option-less field as string', () => {
    expect(choice.tsType(makeField('choice', { options: [] }))).toBe('string');
  });
});

describe('choice for forms and conditions', () => {
  it('offers its options as consts titled with their labels', () => {
    expect(choice.answerSchema(field, env)).toEqual({
      type: 'string',
      oneOf: [{ const: 'PLOTSLIG', title: 'Akut' }, { const: 'KRONISK', title: 'Kronisk' }, { const: 'UPPGIFT_SAKNAS', title: 'Uppgift saknas' }],
    });
    expect(choice.tsDoc?.(field)).toEqual(['Alternativ:\n- `"PLOTSLIG"`: Akut\n- `"KRONISK"`: Kronisk\n- `"UPPGIFT_SAKNAS"`: Uppgift saknas']);
  });

  it('is answered with an option’s label in conditions', () => {
    const words = choice.wording!(field, []);
    expect(words).toMatchObject({ answered: 'besvarad', is: 'är besvarad med' });
    expect(words.value?.('KRONISK')).toBe('”Kronisk”');
    expect(words.value?.('OKAND')).toBeUndefined();
  });
});
