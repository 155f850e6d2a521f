/**
 * Owns the ICD-10-SE checker against the real imported data (no full list): code shape,
 * chapter/block lookup and the known / unverified / invalid decision.
 */

import { describe, expect, it } from 'vitest';
import { createIcd10Checker, isWellFormedIcd10Code, normalizeIcd10Code } from '../../src/codesystems/icd10.js';
import { loadCodeSystems } from '../../src/codesystems/load.js';

const checker = createIcd10Checker(loadCodeSystems());

describe('normalizeIcd10Code and isWellFormedIcd10Code', () => {
  it('normalizes case, space and the dot', () => {
    expect(normalizeIcd10Code(' f32.1 ')).toBe('F321');
    expect(normalizeIcd10Code('M545')).toBe('M545');
  });

  it('accepts ICD-10-SE shapes', () => {
    for (const code of ['F32', 'F321', 'F32.1', 'f32.1', 'S7200', 'M545', 'U071', 'Z763', 'F438A', 'S72.000']) {
      expect(isWellFormedIcd10Code(code), code).toBe(true);
    }
  });

  it('rejects junk', () => {
    for (const code of ['', ' ', 'F', 'F3', '32F', 'FF32', 'F3.21', 'F32.', 'F32..1', 'F32-', 'F32 1', 'F3212345', 'Å32', 'F32.1.2']) {
      expect(isWellFormedIcd10Code(code), JSON.stringify(code)).toBe(false);
    }
  });
});

describe('createIcd10Checker without a full list', () => {
  it('knows a KSH97-P code, with its block, chapter and title', () => {
    expect(checker.check('M54.5')).toEqual({
      status: 'known',
      reason: 'in-ksh97p',
      block: { range: 'M50-M54', title: 'Andra ryggsjukdomar' },
      chapter: { range: 'M00-M99', title: 'Sjukdomar i muskuloskeletala systemet och bindväven' },
      title: 'Lumbago',
    });
  });

  it('knows a category-level entry and the code of a primary-care group', () => {
    expect(checker.check('A00')).toMatchObject({ status: 'known', reason: 'in-ksh97p', title: 'Kolera' });
    expect(checker.check('f32')).toMatchObject({ status: 'known', block: { range: 'F30-F39' } });
    expect(checker.check('A02')).toMatchObject({ status: 'known', title: 'Salmonellainfektioner' });
    expect(checker.check('A48.1')).toMatchObject({ status: 'known', title: 'Legionärsjuka' });
    expect(checker.check('F438A')).toMatchObject({ status: 'known', title: 'Utmattningssyndrom' });
  });

  it('leaves a well-formed code in a block but not in KSH97-P unverified', () => {
    // F32 is a KSH97-P category, but that does not vouch for any particular subcode.
    const result = checker.check('F32.1');
    expect(result).toMatchObject({ status: 'unverified', reason: 'not-in-ksh97p', block: { range: 'F30-F39' } });
    expect(result.title).toBeUndefined();
    expect(checker.check('A001')).toMatchObject({ status: 'unverified' });
    expect(checker.check('U07.1')).toMatchObject({ status: 'unverified', block: { range: 'U00-U49' } });
  });

  it('rejects malformed input', () => {
    for (const code of ['', 'hello', 'F3', '123', 'F32.1.1']) {
      expect(checker.check(code), code).toEqual({ status: 'invalid', reason: 'malformed' });
    }
  });

  it('rejects a category that no block covers, still naming its chapter', () => {
    expect(checker.check('U60')).toEqual({
      status: 'invalid',
      reason: 'no-block',
      chapter: { range: 'U00-U99', title: 'Koder för särskilda ändamål' },
    });
    expect(checker.check('A90')).toMatchObject({ status: 'invalid', reason: 'no-block' });
    // KSH97-P's own group Q57-P has a pseudo-category outside ICD-10-SE.
    expect(checker.check('Q57')).toMatchObject({ status: 'invalid', reason: 'no-block' });
  });

  it('finds chapters and blocks by category, across letters', () => {
    expect(checker.chapterOf('D48.1')?.range).toBe('C00-D48');
    expect(checker.chapterOf('D50')?.range).toBe('D50-D89');
    expect(checker.blockOf('D481')?.range).toBe('D37-D48');
    expect(checker.blockOf('C50.9')?.range).toBe('C50-C50');
    expect(checker.blockOf('A09')?.range).toBe('A00-A09');
    expect(checker.chapterOf('Z99')?.range).toBe('Z00-Z99');
    expect(checker.blockOf('U60')).toBeUndefined();
    expect(checker.chapterOf('junk')).toBeUndefined();
  });

  it('gives every KSH97-P entry except Q57-P a known result', () => {
    const { entries } = loadCodeSystems().ksh97p;
    const notKnown = entries.filter((e) => checker.check(e.normalized).status !== 'known').map((e) => e.code);
    expect(notKnown).toEqual(['Q57-P']);
  });
});
