/**
 * Owns `inIcd10Chapter`: a diagnosis code lies in an ICD-10 range, a category or any of a list.
 * The range arithmetic itself is icd10InRange's (test/codesystems/range.test.ts); this pins how
 * the operator feeds it: non-string codes, lists, and non-string list entries.
 */

import { describe, expect, it } from 'vitest';
import inIcd10Chapter from '../../../src/rules/operators/in-icd10-chapter.js';
import { operatorCases } from '../../helpers/engine.js';
import { says } from '../../helpers/wording.js';

describe('inIcd10Chapter', () => {
  it('reads a code (text) and takes a range', () => {
    expect(inIcd10Chapter.id).toBe('inIcd10Chapter');
    expect(inIcd10Chapter.factTypes).toEqual(['text']);
    expect(inIcd10Chapter.value).toBe('icd10Range');
  });

  describe('holds', () => {
    operatorCases(inIcd10Chapter, [
      ['F32.1', 'F00-F99', true],
      ['f321', 'F00-F99', true],
      [' F43.8A ', 'F00-F99', true],
      ['F32', 'F32', true],
      ['F32.9', 'F32', true],
      ['M54.5', ['F00-F99', 'M00-M99'], true],
      ['D48.1', 'C00-D48', true],
      // A comma list inside one string is a range too.
      ['G40', 'A00-E90,G00-L99', true],
      // Non-string list entries are skipped, not fatal.
      ['F32', [5, null, 'F32'], true],
    ]);
  });

  describe('does not hold', () => {
    operatorCases(inIcd10Chapter, [
      ['G00', 'F00-F99', false],
      ['E99', 'F00-F99', false],
      ['F33', 'F32', false],
      ['F32', 'F321-F329', false],
      ['M54.5', ['F00-F99', 'J00-J99'], false],
      ['F99', [], false],
      ['XX1', 'F00-F99', false],
      ['', 'F00-F99', false],
      [undefined, 'F00-F99', false],
      [32, 'F00-F99', false],
      // A whole diagnosis row is not a code: the path must point at `$[0].code`.
      [{ code: 'F32', description: 'Depression' }, 'F00-F99', false],
      ['F32', [42], false],
    ]);
  });

  it('throws on a malformed range, because that is a mistake in the definition', () => {
    expect(() => inIcd10Chapter.evaluate('F32', 'F99-F00')).toThrow(/Malformed ICD-10 range/);
    expect(() => inIcd10Chapter.evaluate('F32', 'psyk')).toThrow(/Malformed ICD-10 range/);
    // A list stops at its first match, so a bad later entry only shows for codes outside the first.
    expect(() => inIcd10Chapter.evaluate('F32', ['F00-F99', 'F-'])).not.toThrow();
    expect(() => inIcd10Chapter.evaluate('G40', ['F00-F99', 'F-'])).toThrow(/Malformed ICD-10 range/);
  });
});

describe('inIcd10Chapter in words', () => {
  it('reads as lying within the ranges', () => {
    expect(says(inIcd10Chapter, { value: '”F00-F99” eller ”Z73”' }, 'diagnoskoden på rad 1')).toBe('diagnoskoden på rad 1 ligger inom ”F00-F99” eller ”Z73”');
  });
});
