/**
 * Owns the ICD-10-SE checker against the real imported data: code shape, chapter/block lookup,
 * the known / unverified / invalid decision without a full list, the built-in list of 2022 (the
 * default) and KSH97-P codes as Webcert sends them.
 */

import { describe, expect, it } from 'vitest';
import { createIcd10Checker, isWellFormedIcd10Code, normalizeIcd10Code, normalizeKsh97pCode } from '../../src/codesystems/icd10.js';
import { BUILT_IN_ICD10_LABEL, loadCodeSystems } from '../../src/codesystems/load.js';

// `null`: deliberately without the built-in full list, the fallback for code systems that lack it.
const checker = createIcd10Checker(loadCodeSystems(), null);
const builtIn = createIcd10Checker(loadCodeSystems());

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

describe('createIcd10Checker with the built-in list (Webcert, early 2022)', () => {
  it('is the default, and names itself with its year', () => {
    expect(builtIn.list()?.label).toBe(BUILT_IN_ICD10_LABEL);
    expect(builtIn.list()?.codes.size).toBe(35_684);
    expect(checker.list()).toBeUndefined();
  });

  it('knows correct codes the KSH97-P fallback could not check, psychiatric ones included', () => {
    for (const code of ['F32.2', 'F20.0', 'F32.1', 'A00.1', 'U07.1', 'F43.8A', 's72.00']) {
      expect(builtIn.check(code).status, code).toBe('known');
    }
    expect(builtIn.check('F32.2')).toMatchObject({ reason: 'in-full-list', title: 'Svår depressiv episod utan psykotiska symtom', block: { range: 'F30-F39' } });
  });

  it('rejects well-formed codes that do not exist, as Webcert does', () => {
    expect(builtIn.check('Q999X')).toMatchObject({ status: 'invalid', reason: 'not-in-full-list', block: { range: 'Q90-Q99' } });
    expect(builtIn.check('F32.7')).toMatchObject({ status: 'invalid', reason: 'not-in-full-list' });
    expect(builtIn.check('S47ABC')).toMatchObject({ status: 'invalid', reason: 'not-in-full-list', block: { range: 'S40-S49' } });
  });

  it('has a four-position code under every psychiatric category, so the four-position rule can always be met', () => {
    const codes = [...builtIn.list()!.codes.keys()];
    const categories = codes.filter((code) => code.length === 3 && /^(F|Z73)/.test(code));
    expect(categories.length).toBeGreaterThan(70);
    const withoutChild = categories.filter((category) => !codes.some((code) => code.length === 4 && code.startsWith(category)));
    expect(withoutChild).toEqual([]);
  });
});

describe('KSH97-P codes as Webcert sends them', () => {
  it('normalizes as Webcert looks them up', () => {
    expect(normalizeKsh97pCode(' a02-p ')).toBe('A02-P');
    expect(normalizeKsh97pCode('A04.5')).toBe('A045');
  });

  it('knows every KSH97-P code as written, with its title', () => {
    const { entries } = loadCodeSystems().ksh97p;
    expect(entries.filter((e) => builtIn.checkKsh97p(e.code).status !== 'known')).toEqual([]);
    expect(builtIn.checkKsh97p('A00-')).toMatchObject({ status: 'known', title: 'Kolera', block: { range: 'A00-A09' } });
    expect(builtIn.checkKsh97p('A02-P')).toMatchObject({ status: 'known', title: 'Salmonellainfektioner' });
    expect(builtIn.checkKsh97p('F438A')).toMatchObject({ status: 'known', title: 'Utmattningssyndrom' });
  });

  it('rejects codes KSH97-P does not have, and other shapes', () => {
    expect(builtIn.checkKsh97p('A00')).toMatchObject({ status: 'invalid', reason: 'not-in-ksh97p-list' });
    expect(builtIn.checkKsh97p('A99-')).toMatchObject({ status: 'invalid', reason: 'not-in-ksh97p-list' });
    for (const code of ['', 'A00--', 'A0', 'F43.8B', 'XX1']) expect(builtIn.checkKsh97p(code), code).toEqual({ status: 'invalid', reason: 'malformed' });
  });
});
