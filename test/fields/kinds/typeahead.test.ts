/**
 * Owns the `typeahead` kind (TypeAhead): free text that must be an entry of a code system, here
 * the municipalities. The source lists names in upper case, so matching ignores case (Swedish
 * rules: å, ä, ö) and surrounding spaces.
 */

import { describe, expect, it } from 'vitest';
import typeahead from '../../../src/fields/kinds/typeahead.js';
import { env, errorsOf, issue, makeField, schemaAccepts } from '../../helpers/field.js';
import { TEXT_PATTERN } from '../../../src/util/text.js';

const field = makeField('typeahead', { codeSystem: 'kommuner', maxLength: 40 }, { id: 'kommun' });
const unknownEntry = [issue('kommun', 'unknown-entry', 'Välj ett alternativ.')];

describe('typeahead', () => {
  it('is answered with a string', () => {
    expect(typeahead.kind).toBe('typeahead');
    expect(typeahead.hasAnswer).toBe(true);
    expect(typeahead.requiredMessage).toBe('Välj ett alternativ.');
    expect(typeahead.requiredProperties).toEqual(['codeSystem']);
    expect(typeahead.tsType(field)).toBe('string');
    expect(typeahead.definitionProperties.codeSystem).toMatchObject({ enum: ['kommuner'] });
  });

  it('has a string schema; the code system is checked by the runtime only', () => {
    expect(typeahead.answerSchema(field, env)).toEqual({ type: 'string', maxLength: 40, pattern: TEXT_PATTERN });
    const accepts = schemaAccepts(typeahead, field);
    expect(accepts('Atlantis')).toBe(true);
    expect(accepts('x'.repeat(41))).toBe(false);
    expect(accepts(180)).toBe(false);
  });

  it('describes only the whole answer, as text', () => {
    expect(typeahead.describe(field, [])).toEqual({ type: 'text' });
    expect(typeahead.describe(field, ['code'])).toBeUndefined();
  });

  it('counts blank text as unanswered', () => {
    expect(typeahead.isAnswered('  ')).toBe(false);
    expect(typeahead.isAnswered(undefined)).toBe(false);
    expect(typeahead.isAnswered('Malmö')).toBe(true);
  });

  describe('validator', () => {
    it('accepts a municipality whatever its case and surrounding spaces', () => {
      for (const value of ['STOCKHOLM', 'Stockholm', 'stockholm', '  Stockholm ', 'malmö', 'Göteborg', 'upplands väsby']) {
        expect(errorsOf(typeahead, field, value), value).toEqual([]);
      }
    });

    it('reports a name that is not a municipality', () => {
      for (const value of ['Atlantis', 'Stockholms stad', 'Malmo', 'Upplands-Väsby', '0180']) {
        expect(errorsOf(typeahead, field, value), value).toEqual(unknownEntry);
      }
    });

    it('reports text over maxLength, without also looking it up', () => {
      const short = makeField('typeahead', { codeSystem: 'kommuner', maxLength: 5 }, { id: 'kommun' });
      expect(errorsOf(typeahead, short, 'Stockholm')).toEqual([issue('kommun', 'max-length', 'Ange en text som inte är längre än 5.')]);
    });

    it('reports a value that is not a string', () => {
      expect(errorsOf(typeahead, field, 180)).toEqual([issue('kommun', 'invalid-type', 'Svaret har fel format.')]);
    });

    it('uses the field’s own message', () => {
      const custom = makeField('typeahead', { codeSystem: 'kommuner' }, { id: 'kommun', messages: { 'unknown-entry': 'Välj en kommun i listan.' } });
      expect(errorsOf(typeahead, custom, 'Atlantis')).toEqual([issue('kommun', 'unknown-entry', 'Välj en kommun i listan.')]);
    });

    it('knows every municipality in the imported list', () => {
      const validate = typeahead.createValidator(field, env);
      const run = { today: '2026-11-20', errors: [], warnings: [], icd10: undefined as never };
      for (const { name } of env.codeSystems.kommuner.entries) validate(name.toLowerCase(), 'kommun', run);
      expect(run.errors).toEqual([]);
      expect(env.codeSystems.kommuner.entries.length).toBe(290);
    });
  });

  it('prints the text as given', () => {
    expect(typeahead.printable(field, 'Stockholm')).toBe('Stockholm');
  });
});
