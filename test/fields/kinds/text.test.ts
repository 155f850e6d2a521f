/**
 * Owns the `text` kind (TextField): a string whose length is counted in characters (code points),
 * as JSON Schema's maxLength counts them, so an emoji is one character on both sides. Blank text
 * is no answer, so "required" catches it.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import text from '../../../src/fields/kinds/text.js';
import { errorsOf, issue, makeField, schemaAccepts } from '../../helpers/field.js';
import { TEXT_PATTERN } from '../../../src/util/text.js';

const field = makeField('text', { maxLength: 5 });
const unlimited = makeField('text');
const tooLong = issue('falt', 'max-length', 'Ange en text som inte är längre än 5.');

describe('text', () => {
  it('is the text kind, answered with a string', () => {
    expect(text.kind).toBe('text');
    expect(text.hasAnswer).toBe(true);
    expect(text.requiredMessage).toBe('Ange ett svar.');
    expect(text.tsType(field)).toBe('string');
  });

  it('has a schema with maxLength in code points', () => {
    const accepts = schemaAccepts(text, field);
    for (const value of ['', 'Hej', 'abcde', '😀😀😀😀😀', 'åäöÅÖ']) expect(accepts(value), value).toBe(true);
    for (const value of ['abcdef', '😀😀😀😀😀😀', 5, null, ['a'], { text: 'a' }]) expect(accepts(value), String(value)).toBe(false);
    expect(text.answerSchema(unlimited, { codeSystems: undefined as never })).toEqual({ type: 'string', pattern: TEXT_PATTERN });
  });

  it('refuses NUL, lone surrogates, XML-invalid controls and bidi overrides, schema and runtime alike', () => {
    const accepts = schemaAccepts(text, unlimited);
    for (const value of ['a\u0000b', 'x\uD800', '\uDC00y', 'ab\u202Ecd', '\u2066isolerad', 'klocka\u0007', '\uFFFF']) {
      expect(accepts(value), JSON.stringify(value)).toBe(false);
      expect(errorsOf(text, unlimited, value).map((found) => found.code), JSON.stringify(value)).toEqual(['invalid-character']);
    }
    // Tab, line breaks, emoji (a surrogate pair) and direction marks are ordinary text.
    for (const value of ['a\tb\nc\r\n', '😀', 'a\u200Eb', 'עברית']) {
      expect(accepts(value), JSON.stringify(value)).toBe(true);
      expect(errorsOf(text, unlimited, value), JSON.stringify(value)).toEqual([]);
    }
  });

  it('says which character and where, counting characters as a reader does', () => {
    expect(errorsOf(text, unlimited, '😀ab\u0000')).toEqual([
      issue('falt', 'invalid-character', 'Texten innehåller ett nolltecken (U+0000) på plats 4. Ta bort det; det kan inte skickas eller skrivas ut som det står.'),
    ]);
    expect(errorsOf(text, unlimited, 'Sjuk\u202Eskriven')[0].message).toContain('vänder skrivriktningen (U+202E) på plats 5');
    expect(errorsOf(text, unlimited, 'x\uD83D')[0].message).toContain('halvt UTF-16-par, U+D83D');
  });

  it('describes only the whole answer', () => {
    expect(text.describe(field, [])).toEqual({ type: 'text' });
    expect(text.describe(field, ['length'])).toBeUndefined();
    expect(text.describe(field, [0])).toBeUndefined();
  });

  it('counts blank text as unanswered', () => {
    expect(text.isAnswered('Hej')).toBe(true);
    expect(text.isAnswered(' x ')).toBe(true);
    for (const value of ['', ' ', '\n\t ', '\u00a0', undefined]) expect(text.isAnswered(value), JSON.stringify(value)).toBe(false);
    // A wrong type is "answered" so that the validator gets to report it.
    expect(text.isAnswered(5)).toBe(true);
  });

  describe('validator', () => {
    it('accepts text within the limit', () => {
      expect(errorsOf(text, field, 'abcde')).toEqual([]);
      expect(errorsOf(text, unlimited, 'x'.repeat(10_000))).toEqual([]);
    });

    it('counts an emoji as one character', () => {
      expect(errorsOf(text, field, '😀😀😀😀😀')).toEqual([]);
      expect(errorsOf(text, field, '😀😀😀😀😀😀')).toEqual([tooLong]);
      expect(errorsOf(text, field, 'abcd😀')).toEqual([]);
    });

    it('counts a combining accent as its own character, as JSON Schema does', () => {
      expect(errorsOf(text, field, 'cafe\u0301')).toEqual([]);
      expect(errorsOf(text, field, 'cafe\u0301s')).toEqual([tooLong]);
    });

    it('reports text over the limit', () => {
      expect(errorsOf(text, field, 'abcdef')).toEqual([tooLong]);
    });

    it('uses the field’s own message when it has one', () => {
      const custom = makeField('text', { maxLength: 5 }, { messages: { 'max-length': 'Texten är för lång.' } });
      expect(errorsOf(text, custom, 'abcdef')).toEqual([issue('falt', 'max-length', 'Texten är för lång.')]);
    });

    it('reports a value that is not a string', () => {
      for (const value of [5, true, null, ['a'], {}]) {
        expect(errorsOf(text, field, value), JSON.stringify(value)).toEqual([issue('falt', 'invalid-type', 'Svaret har fel format.')]);
      }
    });

    it('agrees with the schema’s maxLength on any string', () => {
      const accepts = schemaAccepts(text, field);
      fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 8 }), (value) => {
        expect(errorsOf(text, field, value).length === 0).toBe(accepts(value));
      }));
    });
  });

  it('prints the text as it is', () => {
    expect(text.printable(field, 'Hej då')).toBe('Hej då');
  });

  it('knows a blank answer (only spaces), which the legacy models reject and v2.0 treats as none', () => {
    expect(text.isBlank?.('   ')).toBe(true);
    expect(text.isBlank?.('\n\t')).toBe(true);
    expect(text.isBlank?.('')).toBe(false);
    expect(text.isBlank?.(' x ')).toBe(false);
    expect(text.isBlank?.(undefined)).toBe(false);
  });
});
