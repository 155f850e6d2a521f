/**
 * Owns the `icf` kind: free text plus ICF codes. The text carries the answer (and its length
 * limit); the codes must be ICF-shaped and listed once each.
 */

import { describe, expect, it } from 'vitest';
import icf, { DEFAULT_MAX_ICF_CODES } from '../../../src/fields/kinds/icf.js';
import { env, errorsOf, issue, makeField, schemaAccepts } from '../../helpers/field.js';

const field = makeField('icf', { maxLength: 20, collectionsLabel: 'Välj enbart de problem som påverkar patienten' });

describe('icf', () => {
  it('is an object with text and codes', () => {
    expect(icf.tsType(field)).toBe('{ text?: string; codes?: string[] }');
    expect(icf.describe(field, [])).toEqual({ type: 'object' });
    expect(icf.describe(field, ['text'])).toEqual({ type: 'text' });
    expect(icf.describe(field, ['codes'])).toEqual({ type: 'codeList' });
    expect(icf.describe(field, ['other'])).toBeUndefined();
  });

  it('counts a non-blank text or chosen codes as an answer, and asks for the text when only codes are given', () => {
    expect(icf.isAnswered({ text: 'Nedsatt koncentration' })).toBe(true);
    expect(icf.isAnswered({ text: '  ', codes: ['b140'] })).toBe(true);
    expect(icf.isAnswered({ text: '  ', codes: [] })).toBe(false);
    expect(errorsOf(icf, field, { codes: ['b140'] })).toEqual([issue('falt.text', 'required', 'Ange ett svar.')]);
    expect(icf.isAnswered(undefined)).toBe(false);
    expect(icf.isAnswered('text')).toBe(true);
  });

  it('accepts text with ICF codes', () => {
    expect(errorsOf(icf, field, { text: 'Nedsatt minne', codes: ['b144', 'd230'] })).toEqual([]);
  });

  it('reports text over the limit, malformed and repeated codes, unknown keys and wrong types', () => {
    expect(errorsOf(icf, field, { text: 'x'.repeat(21) })).toEqual([issue('falt.text', 'max-length', 'Ange en text som inte är längre än 20.')]);
    expect(errorsOf(icf, field, { text: 'ok', codes: ['b144', 'x1', 'b144'] })).toEqual([
      issue('falt.codes[1]', 'invalid-type', 'Svaret har fel format.'),
      issue('falt.codes[2]', 'duplicate', 'Ange varje kod bara en gång.'),
    ]);
    expect(errorsOf(icf, field, { text: 'ok', kod: 'b1' })).toEqual([issue('falt.kod', 'unknown-field', 'Okänd uppgift i svaret.')]);
    expect(errorsOf(icf, field, 'bara text')).toEqual([issue('falt', 'invalid-type', 'Svaret har fel format.')]);
  });

  it('has a schema that agrees with the validator on shape', () => {
    const accepts = schemaAccepts(icf, field);
    expect(accepts({ text: 'ok', codes: ['d230'] })).toBe(true);
    expect(accepts({ text: 'x'.repeat(21) })).toBe(false);
    expect(accepts({ text: 'ok', codes: ['b1', 'b1'] })).toBe(false);
    expect(accepts({ text: 'ok', codes: ['zz'] })).toBe(false);
    expect(accepts({ text: 1 })).toBe(false);
    expect(icf.answerSchema(field, env)).toMatchObject({ additionalProperties: false });
  });

  it('bounds the codes: more than maxCodes (default 250, from FMB) is one issue, and no code is looked at', () => {
    expect(DEFAULT_MAX_ICF_CODES).toBe(250);
    expect(icf.answerSchema(field, env)).toMatchObject({ properties: { codes: { maxItems: 250 } } });
    const many = Array.from({ length: 190_000 }, () => 'b130');
    expect(errorsOf(icf, field, { text: 'ok', codes: many })).toEqual([issue('falt.codes', 'too-many-items', 'Ange högst 250 ICF-koder.')]);
    const few = makeField('icf', { maxCodes: 2 });
    expect(errorsOf(icf, few, { text: 'ok', codes: ['b1', 'b2', 'b3'] }).map((found) => found.code)).toEqual(['too-many-items']);
    expect(schemaAccepts(icf, few)({ text: 'ok', codes: ['b1', 'b2', 'b3'] })).toBe(false);
    expect(schemaAccepts(icf, few)({ text: 'ok', codes: ['b1', 'b2'] })).toBe(true);
  });

  it('finds repeated codes in one pass: every repetition of a full list is reported, each once', () => {
    const repeated = Array.from({ length: 250 }, (_, index) => `b${index % 10}`);
    const found = errorsOf(icf, field, { text: 'ok', codes: repeated });
    expect(found).toHaveLength(240);
    expect(found.every((problem) => problem.code === 'duplicate')).toBe(true);
    expect(found[0].field).toBe('falt.codes[10]');
  });

  it('refuses forbidden characters in the text, as text fields do', () => {
    expect(errorsOf(icf, field, { text: 'a\u0000' }).map((found) => found.code)).toEqual(['invalid-character']);
    expect(schemaAccepts(icf, field)({ text: 'a\u0000' })).toBe(false);
  });

  it('prints the codes before the text', () => {
    expect(icf.printable(field, { text: 'Nedsatt minne', codes: ['b144'] })).toBe('Välj enbart de problem som påverkar patienten: b144\nNedsatt minne');
    expect(icf.printable(field, { text: 'Nedsatt minne' })).toBe('Nedsatt minne');
  });

  it('prints one colon after a label that already ends in one', () => {
    const colon = { ...field, props: { ...field.props, collectionsLabel: 'Problem som påverkar:' } };
    expect(icf.printable(colon, { text: 'Nedsatt minne', codes: ['b144'] })).toBe('Problem som påverkar: b144\nNedsatt minne');
  });
});

describe('icf for forms and conditions', () => {
  it('titles the text and the codes', () => {
    expect(icf.answerSchema(field, env)).toMatchObject({ properties: { text: { title: 'Beskrivning', maxLength: 20 }, codes: { title: 'ICF-koder' } } });
  });

  it('names the description and the codes', () => {
    expect(icf.wording!(field, ['text'])).toEqual({ part: 'beskrivningen' });
    expect(icf.wording!(field, ['codes'])).toEqual({ part: 'någon ICF-kod', answered: 'vald' });
    expect(icf.wording!(field, [])).toEqual({});
  });
});
