/**
 * Owns loading a user-supplied full ICD-10-SE list and the checker's decisions once one is loaded.
 */

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createIcd10Checker } from '../../src/codesystems/icd10.js';
import { loadCodeSystems, loadFullIcd10List } from '../../src/codesystems/load.js';

const dir = mkdtempSync(join(tmpdir(), 'intyg-full-list-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function listFile(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const SAMPLE = [
  '\uFEFF# ICD-10-SE excerpt for tests',
  '',
  'F32.1\tMedelsvår depressiv episod',
  'F321;duplicate title is ignored',
  'M545 Lumbago',
  'u07.1',
  'U60\tcode in no block',
  '   ',
  'S7200;Fraktur på femurhals, sluten',
].join('\r\n');

describe('loadFullIcd10List', () => {
  it('reads codes with or without dot, titles after tab, space or semicolon', () => {
    const list = loadFullIcd10List(listFile('sample.txt', SAMPLE));
    expect([...list.codes.keys()]).toEqual(['F321', 'M545', 'U071', 'U60', 'S7200']);
    expect(list.codes.get('F321')).toBe('Medelsvår depressiv episod');
    expect(list.codes.get('S7200')).toBe('Fraktur på femurhals, sluten');
    expect(list.codes.get('U071')).toBeUndefined();
    expect(list.source).toMatch(/sample\.txt$/);
  });

  it('reports a malformed line with file and line number', () => {
    const file = listFile('broken.txt', 'F321\n# comment\n\nkod;titel\nM545\n');
    expect(() => loadFullIcd10List(file)).toThrow(/broken\.txt:4: not an ICD-10-SE code line: "kod;titel"/);
    expect(() => loadFullIcd10List(listFile('glued.txt', 'F321Depression\n'))).toThrow(/glued\.txt:1:/);
  });

  it('refuses an empty list and a missing file', () => {
    expect(() => loadFullIcd10List(listFile('empty.txt', '# nothing\n\n'))).toThrow(/contains no ICD-10-SE codes/);
    expect(() => loadFullIcd10List(join(dir, 'missing.txt'))).toThrow(/Cannot read ICD-10-SE list .*missing\.txt/);
  });
});

describe('createIcd10Checker with a full list', () => {
  const checker = createIcd10Checker(loadCodeSystems(), loadFullIcd10List(listFile('checker.txt', SAMPLE)));

  it('knows a listed code, with the list title', () => {
    expect(checker.check('f32.1')).toMatchObject({
      status: 'known',
      reason: 'in-full-list',
      block: { range: 'F30-F39' },
      chapter: { range: 'F00-F99' },
      title: 'Medelsvår depressiv episod',
    });
  });

  it('falls back to the KSH97-P title when the list line has none', () => {
    const withoutTitles = loadFullIcd10List(listFile('bare.txt', 'M545\nU071\n'));
    const bare = createIcd10Checker(loadCodeSystems(), withoutTitles);
    expect(bare.check('M545')).toMatchObject({ status: 'known', title: 'Lumbago' });
    expect(bare.check('U071').title).toBeUndefined();
  });

  it('rejects a code missing from the list, even one KSH97-P knows', () => {
    expect(checker.check('F322')).toMatchObject({ status: 'invalid', reason: 'not-in-full-list', block: { range: 'F30-F39' } });
    expect(checker.check('A00')).toMatchObject({ status: 'invalid', reason: 'not-in-full-list' });
  });

  it('still applies shape and block checks first', () => {
    expect(checker.check('F3')).toEqual({ status: 'invalid', reason: 'malformed' });
    expect(checker.check('U60')).toMatchObject({ status: 'invalid', reason: 'no-block' });
  });
});
