/**
 * Owns code texts for typeaheads and printouts: titles by code and the search by code prefix or
 * title words, over the built-in ICD-10-SE list (2022) and KSH97-P.
 */

import { describe, expect, it } from 'vitest';
import { loadCodeSystems } from '../../src/codesystems/load.js';
import { createCodeLookup } from '../../src/codesystems/search.js';

const codes = createCodeLookup(loadCodeSystems());

describe('title', () => {
  it('gives the ICD-10-SE title for a code written with or without dot', () => {
    expect(codes.title('F32.2', 'icd10se')).toBe('Svår depressiv episod utan psykotiska symtom');
    expect(codes.title(' f322 ', 'icd10se')).toBe('Svår depressiv episod utan psykotiska symtom');
    expect(codes.title('Q999X', 'icd10se')).toBeUndefined();
  });

  it('gives the KSH97-P title for a code as KSH97-P writes it', () => {
    expect(codes.title('A02-P', 'ksh97p')).toBe('Salmonellainfektioner');
    expect(codes.title('A02', 'ksh97p')).toBeUndefined();
  });
});

describe('search', () => {
  it('finds codes by prefix, in code order, and says when there are more', () => {
    const result = codes.search('F32.', { limit: 3 });
    expect(result.hits.map((hit) => hit.code)).toEqual(['F32', 'F320', 'F321']);
    expect(result.more).toBe(true);
    expect(codes.search('f438').hits.map((hit) => hit.code)).toEqual(['F438', 'F438A', 'F438W']);
  });

  it('finds codes whose title has every word, in any case', () => {
    const hits = codes.search('depressiv SVÅR psykotiska').hits.map((hit) => hit.code);
    expect(hits).toContain('F322');
    expect(hits).toContain('F323');
    expect(hits).not.toContain('F320');
  });

  it('searches KSH97-P when asked', () => {
    expect(codes.search('A02', { codeSystem: 'ksh97p' }).hits).toEqual([{ code: 'A02-P', title: 'Salmonellainfektioner' }]);
    expect(codes.search('utmattning', { codeSystem: 'ksh97p' }).hits).toEqual([{ code: 'F438A', title: 'Utmattningssyndrom' }]);
  });

  it('returns nothing for an empty query and caps the limit', () => {
    expect(codes.search('  ')).toEqual({ codeSystem: 'icd10se', hits: [], more: false });
    expect(codes.search('A', { limit: 10_000 }).hits.length).toBeLessThanOrEqual(200);
  });
});
