/**
 * Owns the importer's contract: the true counts in the reference data, the entry shapes, and that
 * a re-run reproduces the committed files byte for byte.
 */

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCodeSystems,
  DEFAULT_DATA_DIR,
  DEFAULT_OUT_DIR,
  parseIcd10Codes,
  REPO_ROOT,
  renderCodeSystems,
} from '../../scripts/import-code-systems.js';
import { loadCodeSystems } from '../../src/codesystems/load.js';
import { decodeIcd10Codes } from '../../src/codesystems/icd10-codes.js';

const FILES = ['icd10se-blocks.json', 'icd10se-chapters.json', 'icd10se-codes.txt', 'kommuner.json', 'ksh97p.json'];

describe('committed code systems', () => {
  const systems = loadCodeSystems();

  it('hold the true counts of the reference data', () => {
    // The data README says 21 and 263; the files lack a final newline, so `wc -l` is one short.
    expect(systems.chapters.entries).toHaveLength(22);
    expect(systems.blocks.entries).toHaveLength(264);
    expect(systems.ksh97p.entries).toHaveLength(977);
    expect(systems.kommuner.entries).toHaveLength(290);
  });

  it('describe their id, Swedish title and source without absolute paths', () => {
    for (const system of Object.values(systems)) {
      expect(system.title).not.toBe('');
      expect(system.source).toMatch(/sklintyg\/webcert.*GPL-3\.0/);
      expect(system.source).not.toMatch(/\/work|^\//);
    }
    expect(systems.chapters.entries[0]).toEqual({
      range: 'A00-B99',
      first: 'A00',
      last: 'B99',
      title: 'Vissa infektionssjukdomar och parasitsjukdomar',
    });
    expect(systems.chapters.entries.map((c) => c.range)).toContain('U00-U99');
    expect(systems.blocks.entries.find((b) => b.first === 'C50')?.range).toBe('C50-C50');
  });

  it('classify KSH97-P codes and normalize them', () => {
    const byCode = new Map(systems.ksh97p.entries.map((e) => [e.code, e]));
    expect(byCode.get('A045')).toMatchObject({ kind: 'code', category: 'A04', normalized: 'A045' });
    expect(byCode.get('A00-')).toMatchObject({ kind: 'category', category: 'A00', normalized: 'A00' });
    expect(byCode.get('A02-P')).toMatchObject({ kind: 'group', category: 'A02', normalized: 'A02' });
    expect(byCode.get('A481P')).toMatchObject({ kind: 'group', category: 'A48', normalized: 'A481' });
    expect(byCode.get('F438A')).toMatchObject({ kind: 'code', normalized: 'F438A', title: 'Utmattningssyndrom' });
    const counts = { code: 0, category: 0, group: 0 };
    for (const e of systems.ksh97p.entries) counts[e.kind]++;
    expect(counts).toEqual({ code: 256, category: 366, group: 355 });
    expect(new Set(systems.ksh97p.entries.map((e) => e.normalized)).size).toBe(977);
  });

  it('clean up the known title defects', () => {
    const titles = systems.ksh97p.entries.map((e) => e.title);
    expect(titles.filter((t) => t !== t.trim() || t.includes('  '))).toEqual([]);
    const i809 = systems.ksh97p.entries.find((e) => e.code === 'I809P');
    expect(i809?.title).toBe('Flebit och tromboflebit med icke specificerad lokalisation');
  });

  it('keep municipality names as in the source', () => {
    const byCode = new Map(systems.kommuner.entries.map((m) => [m.code, m]));
    expect(byCode.get('0180')).toEqual({ code: '0180', name: 'STOCKHOLM', county: 'STOCKHOLM', countyCode: '01' });
    expect(byCode.get('2584')?.name).toBe('KIRUNA');
    expect(byCode.get('1438')?.name).toBe('DALS-ED');
    const codes = systems.kommuner.entries.map((m) => m.code);
    expect(codes).toEqual([...codes].sort());
  });
});

describe.skipIf(!existsSync(DEFAULT_DATA_DIR))('import script', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  function runCli(): string {
    const out = mkdtempSync(join(tmpdir(), 'intyg-codesystems-'));
    dirs.push(out);
    const script = join(REPO_ROOT, 'scripts/import-code-systems.ts');
    execFileSync(process.execPath, ['--import', 'tsx', script, '--out', out], { cwd: REPO_ROOT, stdio: 'pipe' });
    return out;
  }

  it('writes byte-identical files on every run, equal to the committed ones', () => {
    const first = runCli();
    const second = runCli();
    expect(readdirSync(first).sort()).toEqual(FILES);
    for (const name of FILES) {
      const text = readFileSync(join(first, name), 'utf8');
      expect(readFileSync(join(second, name), 'utf8')).toBe(text);
      expect(readFileSync(join(DEFAULT_OUT_DIR, name), 'utf8')).toBe(text);
      expect(text.endsWith(name.endsWith('.json') ? '}\n' : '\n')).toBe(true);
    }
  });

  it('renders in memory exactly what the CLI writes', () => {
    const rendered = renderCodeSystems(buildCodeSystems(DEFAULT_DATA_DIR), parseIcd10Codes(DEFAULT_DATA_DIR));
    for (const name of FILES) {
      expect(rendered.get(name)).toBe(readFileSync(join(DEFAULT_OUT_DIR, name), 'utf8'));
    }
  });
});

// vitest runs a skipped describe's body to collect its tests, so the files are read in beforeAll.
describe.skipIf(!existsSync(join(DEFAULT_DATA_DIR, 'icd10se', 'digit3.txt')))('full ICD-10-SE list (digit3/4/5.txt)', () => {
  let source: ReturnType<typeof parseIcd10Codes> = [];
  let committed = '';
  beforeAll(() => {
    source = parseIcd10Codes(DEFAULT_DATA_DIR);
    committed = readFileSync(join(DEFAULT_OUT_DIR, 'icd10se-codes.txt'), 'utf8');
  });

  it('holds every code of the three files once: 2,056 + 9,643 + 23,985', () => {
    expect(source).toHaveLength(35_684);
    expect(source.filter((e) => e.code.length === 3)).toHaveLength(2_056);
    expect(source.filter((e) => e.code.length === 4)).toHaveLength(9_643);
    expect(source.filter((e) => e.code.length === 5)).toHaveLength(23_985);
  });

  it('decodes the compact file back to exactly the source entries', () => {
    expect(decodeIcd10Codes(committed)).toEqual(source);
  });

  it('is compact: about a quarter of the source files', () => {
    const sourceBytes = ['digit3.txt', 'digit4.txt', 'digit5.txt'].reduce((sum, name) => sum + readFileSync(join(DEFAULT_DATA_DIR, 'icd10se', name)).length, 0);
    expect(Buffer.byteLength(committed)).toBeLessThan(sourceBytes * 0.3);
  });

  it('keeps markers and trims the two titles that end in a space', () => {
    const byCode = new Map(source.map((e) => [e.code, e]));
    expect(byCode.get('A00')).toEqual({ code: 'A00', marker: '', title: 'Kolera' });
    expect(byCode.get('U080')?.title).not.toMatch(/\s$/);
    expect(source.filter((e) => e.marker === '†').length).toBeGreaterThan(0);
    expect(source.filter((e) => e.marker === '*').length).toBeGreaterThan(0);
  });
});
