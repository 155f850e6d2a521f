/**
 * Owns the `checkbox` kind (CheckboxBoolean): ticked is `true`; `false` is the same as no answer,
 * so a required checkbox must be ticked and a hidden one may be sent as `false`.
 */

import { describe, expect, it } from 'vitest';
import checkbox from '../../../src/fields/kinds/checkbox.js';
import { env, errorsOf, issue, makeField, schemaAccepts } from '../../helpers/field.js';

const field = makeField('checkbox', { text: 'Jag har tagit del av informationen' });

describe('checkbox', () => {
  it('is answered with a boolean', () => {
    expect(checkbox.kind).toBe('checkbox');
    expect(checkbox.hasAnswer).toBe(true);
    expect(checkbox.tsType(field)).toBe('boolean');
    expect(checkbox.requiredMessage).toBe('Välj ett alternativ.');
  });

  it('has a boolean schema', () => {
    const accepts = schemaAccepts(checkbox, field);
    expect(accepts(true)).toBe(true);
    expect(accepts(false)).toBe(true);
    for (const value of ['true', 1, 0, null, [], {}]) expect(accepts(value), JSON.stringify(value)).toBe(false);
  });

  it('describes only the whole answer, as a boolean', () => {
    expect(checkbox.describe(field, [])).toEqual({ type: 'boolean' });
    expect(checkbox.describe(field, ['x'])).toBeUndefined();
  });

  it('counts false as not answered', () => {
    expect(checkbox.isAnswered(true)).toBe(true);
    expect(checkbox.isAnswered(false)).toBe(false);
    expect(checkbox.isAnswered(undefined)).toBe(false);
    // Anything else is an answer of the wrong type, for the validator to report.
    expect(checkbox.isAnswered('false')).toBe(true);
    expect(checkbox.isAnswered(null)).toBe(true);
  });

  describe('validator', () => {
    it('accepts booleans', () => {
      expect(errorsOf(checkbox, field, true)).toEqual([]);
      expect(errorsOf(checkbox, field, false)).toEqual([]);
    });

    it('reports anything else as the wrong type', () => {
      for (const value of ['true', 'Ja', 1, null, {}]) {
        expect(errorsOf(checkbox, field, value), JSON.stringify(value)).toEqual([issue('falt', 'invalid-type', 'Svaret har fel format.')]);
      }
    });
  });

  describe('printable', () => {
    it('prints Ja when ticked, whatever the text beside the box', () => {
      // The label already carries the text; the printout states the answer.
      expect(checkbox.printable(field, true)).toBe('Ja');
      expect(checkbox.printable(makeField('checkbox'), true)).toBe('Ja');
    });

    it('prints Ej angivet when not ticked', () => {
      expect(checkbox.printable(field, false)).toBe('Ej angivet');
      expect(checkbox.printable(field, undefined)).toBe('Ej angivet');
    });
  });

  it('prints its own text above Ja / Ej angivet, as certificate-service’s CheckboxBoolean', () => {
    expect(checkbox.printLabel?.(field)).toBe('Jag har tagit del av informationen');
    expect(checkbox.printLabel?.(makeField('checkbox'))).toBeUndefined();
  });
});

describe('checkbox for forms and conditions', () => {
  it('describes the answer with the text beside the box', () => {
    expect(checkbox.answerSchema(field, env)).toEqual({ type: 'boolean', description: 'Jag har tagit del av informationen' });
    expect(checkbox.answerSchema(makeField('checkbox'), env)).toEqual({ type: 'boolean' });
    expect(checkbox.tsDoc?.(field)).toEqual(['Kryssrutans text: Jag har tagit del av informationen']);
  });

  it('is ticked or not in conditions, whatever equal compares it with', () => {
    const words = checkbox.wording!(field, []);
    expect(words.answered).toBe('ikryssad');
    expect(words.equals?.(true)).toEqual({ verb: 'är ikryssad', negated: false });
    expect(words.equals?.(false)).toEqual({ verb: 'är ikryssad', negated: true });
    expect(words.equals?.('ja')).toBeUndefined();
  });
});
