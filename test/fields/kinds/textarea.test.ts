/**
 * Owns the `textarea` kind (TextArea): the same rules as `text`, built by the same factory, with
 * line breaks kept and counted as characters.
 */

import { describe, expect, it } from 'vitest';
import text from '../../../src/fields/kinds/text.js';
import textarea from '../../../src/fields/kinds/textarea.js';
import { env, errorsOf, issue, makeField, schemaAccepts } from '../../helpers/field.js';
import { TEXT_PATTERN } from '../../../src/util/text.js';

const field = makeField('textarea', { maxLength: 10 });

describe('textarea', () => {
  it('is its own kind, with the text kind’s contract', () => {
    expect(textarea.kind).toBe('textarea');
    expect(textarea).not.toBe(text);
    expect(textarea.hasAnswer).toBe(true);
    expect(textarea.requiredMessage).toBe('Ange ett svar.');
    expect(textarea.tsType(field)).toBe('string');
    expect(Object.keys(textarea.definitionProperties)).toEqual(['maxLength']);
  });

  it('has a string schema with the maximum length', () => {
    expect(textarea.answerSchema(field, env)).toEqual({ type: 'string', maxLength: 10, pattern: TEXT_PATTERN });
    const accepts = schemaAccepts(textarea, field);
    expect(accepts('rad 1\nrad 2')).toBe(false);
    expect(accepts('rad1\nrad2')).toBe(true);
    expect(accepts(10)).toBe(false);
  });

  it('describes only the whole answer', () => {
    expect(textarea.describe(field, [])).toEqual({ type: 'text' });
    expect(textarea.describe(field, ['x'])).toBeUndefined();
  });

  it('counts blank lines as unanswered', () => {
    expect(textarea.isAnswered('\n\n  \r\n')).toBe(false);
    expect(textarea.isAnswered('')).toBe(false);
    expect(textarea.isAnswered(undefined)).toBe(false);
    expect(textarea.isAnswered('\nText\n')).toBe(true);
  });

  describe('validator', () => {
    it('counts line breaks as characters', () => {
      expect(errorsOf(textarea, field, 'rad1\nrad2')).toEqual([]);
      expect(errorsOf(textarea, field, 'rad 1\nrad 2')).toEqual([
        issue('falt', 'max-length', 'Ange en text som inte är längre än 10.'),
      ]);
      // \r\n is two characters, as in the schema.
      expect(errorsOf(textarea, field, 'rad1\r\nrad2')).toEqual([]);
      expect(errorsOf(textarea, field, 'rad1\r\nrad22')).toHaveLength(1);
    });

    it('counts emoji as one character each', () => {
      expect(errorsOf(textarea, field, '👍'.repeat(10))).toEqual([]);
      expect(errorsOf(textarea, field, '👍'.repeat(11))).toHaveLength(1);
    });

    it('reports the result path it is given', () => {
      const nested = makeField('textarea', { maxLength: 10 }, { id: 'beskrivning' });
      expect(errorsOf(textarea, nested, 42)).toEqual([issue('beskrivning', 'invalid-type', 'Svaret har fel format.')]);
    });
  });

  it('prints with its line breaks', () => {
    expect(textarea.printable(field, 'rad 1\nrad 2')).toBe('rad 1\nrad 2');
  });
});
