/**
 * Owns icd10InRange, the test behind the rule operator: inclusive ranges compared at each
 * endpoint's precision, single categories, lists, and what counts as a malformed range.
 */

import { describe, expect, it } from 'vitest';
import { icd10InRange, parseIcd10Range } from '../../src/codesystems/icd10.js';

describe('icd10InRange', () => {
  it('matches codes of any precision inside a chapter-style range, inclusive', () => {
    expect(icd10InRange('F321', 'F00-F99')).toBe(true);
    expect(icd10InRange('F00', 'F00-F99')).toBe(true);
    expect(icd10InRange('F99.9', 'F00-F99')).toBe(true);
    expect(icd10InRange('G00', 'F00-F99')).toBe(false);
    expect(icd10InRange('E99', 'F00-F99')).toBe(false);
  });

  it('spans letters, as C00-D48 and S00-T98 do', () => {
    expect(icd10InRange('D48.1', 'C00-D48')).toBe(true);
    expect(icd10InRange('C97', 'C00-D48')).toBe(true);
    expect(icd10InRange('D49', 'C00-D48')).toBe(false);
    expect(icd10InRange('T981', 'S00-T98')).toBe(true);
    expect(icd10InRange('T99', 'S00-T98')).toBe(false);
  });

  it('treats a single category as a range of itself', () => {
    expect(icd10InRange('F32', 'F32')).toBe(true);
    expect(icd10InRange('f32.1', 'F32')).toBe(true);
    expect(icd10InRange('F438A', 'F43')).toBe(true);
    expect(icd10InRange('F33', 'F32')).toBe(false);
    expect(icd10InRange('F3', 'F32')).toBe(false);
  });

  it('compares finer endpoints at their own precision', () => {
    expect(icd10InRange('F321', 'F321-F323')).toBe(true);
    expect(icd10InRange('F3219', 'F321-F323')).toBe(true);
    expect(icd10InRange('F324', 'F321-F323')).toBe(false);
    // The whole category is not inside a range of its subcodes.
    expect(icd10InRange('F32', 'F321-F329')).toBe(false);
  });

  it('accepts lists, dots, lower case and spaces in the range', () => {
    expect(icd10InRange('M545', 'A00-E90, G00-L99, M00-M99')).toBe(true);
    expect(icd10InRange('F32', 'A00-E90,G00-L99')).toBe(false);
    expect(icd10InRange('F32.1', 'f32.0 - f32.9')).toBe(true);
  });

  it('puts malformed codes in no range', () => {
    for (const code of ['', 'F', 'junk', 'F32..1', '32']) expect(icd10InRange(code, 'A00-Z99'), code).toBe(false);
  });

  it('throws on a malformed range, since that is a definition mistake', () => {
    for (const range of ['', 'F00-', '-F99', 'F99-F00', 'F00-F50-F99', 'F00-F99,', 'kapitel F']) {
      expect(parseIcd10Range(range), range).toBeNull();
      expect(() => icd10InRange('F32', range), range).toThrow(/Malformed ICD-10 range/);
    }
    expect(parseIcd10Range('F00-F99,Z00')).toEqual([
      { first: 'F00', last: 'F99' },
      { first: 'Z00', last: 'Z00' },
    ]);
  });
});
