/**
 * The studio writes only `definitions/<id>/examples/<safe-name>.json` and its `.expect.json`
 * (an earlier version's: `definitions/<id>/versions/<version>/examples/`):
 * names that could leave the folder, unknown or hidden types, an examples folder that links out
 * of the definitions, and a link where the file would go are all refused, and nothing is written.
 */

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRuntime } from '../../src/project.js';
import { checkExampleName, ExampleRefused, listExampleNames, readExample, saveExample } from '../../src/studio/examples.js';
import { copyDefinitions, type DefinitionsCopy } from './helpers.js';

let copy: DefinitionsCopy;
const runtime = loadRuntime();
const known = (id: string) => ['fk7804', 'fk7804@1.2', 'ag114'].includes(id);
const valid = () => JSON.parse(readFileSync(join(copy.dir, 'fk7804', 'examples', 'valid-heltid-lumbago.json'), 'utf8'));
const save = (type: string, name: unknown) => saveExample(copy.dir, type, { name, certificate: { ...valid(), type }, today: '2026-11-20' }, runtime, known, join(copy.dir, '..'));

function refusal(action: () => unknown): ExampleRefused {
  try {
    action();
  } catch (error) {
    if (error instanceof ExampleRefused) return error;
    throw error;
  }
  throw new Error('not refused');
}

beforeAll(() => {
  copy = copyDefinitions();
});
afterAll(() => copy?.remove());

describe('example names', () => {
  it.each([
    '../valid-x', 'valid-../../x', 'valid-x/../../y', 'valid-x\\..\\y', 'valid-x.json', 'valid-', 'valid', 'x-valid-y', 'Valid-x',
    'valid-X', 'valid-å', 'valid-x y', 'valid-x\u0000', '/etc/passwd', 'valid--x', 'valid-x-', `valid-${'a'.repeat(80)}`, '', 42, null,
  ])('refuses %j', (name) => {
    expect(refusal(() => checkExampleName(name)).code).toBe('bad-name');
  });

  it.each(['valid-x', 'invalid-overlappande-perioder', 'valid-heltid-lumbago-2'])('accepts %j', (name) => {
    expect(checkExampleName(name)).toBe(name);
  });
});

describe('where it writes', () => {
  it.each(['..', '../..', '_shared', 'fk9999', 'FK7804', 'fk7804/../ag114', '',
    'fk7804@9.9', 'fk7804@..', 'fk7804@../..', 'fk7804@1.2/../..', 'fk7804@1.2/..', 'fk7804/versions/1.2', 'fk7804@1.2@1.2', '@1.2', 'fk7804@', 'fk7804@1..2', 'ag114@1.2',
  ])('refuses the type %j', (type) => {
    expect(refusal(() => save(type, 'valid-x')).code).toBe('unknown-type');
  });

  it.each(['fk7804@../..', 'fk7804@9.9', 'fk7804@1.2/../../ag114'])('refuses to list or read the examples of %j', (type) => {
    expect(refusal(() => listExampleNames(copy.dir, type, known)).code).toBe('unknown-type');
    expect(refusal(() => readExample(copy.dir, type, 'valid-heltid-lumbago', known)).code).toBe('unknown-type');
  });

  it('writes an earlier version\'s example in that version\'s examples folder, and only a certificate of that version', () => {
    const earlier = readExample(copy.dir, 'fk7804@1.2', 'valid-heltid-lumbago', known).certificate as Record<string, unknown>;
    const dir = join(copy.dir, 'fk7804', 'versions', '1.2', 'examples');
    const before = new Set(readdirSync(dir));
    const result = saveExample(copy.dir, 'fk7804@1.2', { name: 'valid-tidigare-version', certificate: earlier, today: '2026-11-20' }, runtime, known, join(copy.dir, '..'));
    expect(result.files).toEqual(['definitions/fk7804/versions/1.2/examples/valid-tidigare-version.json', 'definitions/fk7804/versions/1.2/examples/valid-tidigare-version.expect.json']);
    expect(readdirSync(dir).filter((name) => !before.has(name)).sort()).toEqual(['valid-tidigare-version.expect.json', 'valid-tidigare-version.json']);
    expect(listExampleNames(copy.dir, 'fk7804@1.2', known)).toContain('valid-tidigare-version');
    expect(listExampleNames(copy.dir, 'fk7804', known)).not.toContain('valid-tidigare-version');
    // The current version's certificate does not go into 1.2's folder, whatever its answers.
    expect(refusal(() => saveExample(copy.dir, 'fk7804@1.2', { name: 'valid-fel-version', certificate: valid(), today: '2026-11-20' }, runtime, known, join(copy.dir, '..'))).code).toBe('wrong-version');
    // Nor an earlier one into the current version's, when the studio says which version that is.
    const versionOf = (id: string) => (id === 'fk7804' ? '2.0' : undefined);
    expect(refusal(() => saveExample(copy.dir, 'fk7804', { name: 'valid-fel-version', certificate: earlier, today: '2026-11-20' }, runtime, known, join(copy.dir, '..'), versionOf)).code).toBe('wrong-version');
    expect(existsSync(join(dir, 'valid-fel-version.json'))).toBe(false);
    expect(existsSync(join(copy.dir, 'fk7804', 'examples', 'valid-fel-version.json'))).toBe(false);
  });

  it('refuses an earlier version\'s examples folder that links out of it, even into another version', () => {
    const earlier = readExample(copy.dir, 'fk7804@1.2', 'valid-heltid-lumbago', known).certificate;
    const examples = join(copy.dir, 'fk7804', 'versions', '1.2', 'examples');
    renameSync(examples, `${examples}.real`);
    try {
      const outside = mkdtempSync(join(tmpdir(), 'intyg-outside-'));
      for (const target of [join(copy.dir, 'fk7804', 'examples'), outside]) {
        const before = readdirSync(target);
        symlinkSync(target, examples);
        try {
          expect(refusal(() => saveExample(copy.dir, 'fk7804@1.2', { name: 'valid-genom-lank', certificate: earlier, today: '2026-11-20' }, runtime, known, join(copy.dir, '..'))).code).toBe('outside');
          expect(refusal(() => listExampleNames(copy.dir, 'fk7804@1.2', known)).code).toBe('outside');
          expect(readdirSync(target)).toEqual(before);
        } finally {
          rmSync(examples);
          if (target === outside) rmSync(outside, { recursive: true, force: true });
        }
      }
    } finally {
      renameSync(`${examples}.real`, examples);
    }
  });

  it('writes exactly two files, in the type\'s examples folder', () => {
    const before = new Set(readdirSync(join(copy.dir, 'fk7804', 'examples')));
    const result = save('fk7804', 'valid-ny-fil');
    const added = readdirSync(join(copy.dir, 'fk7804', 'examples')).filter((name) => !before.has(name));
    expect(added.sort()).toEqual(['valid-ny-fil.expect.json', 'valid-ny-fil.json']);
    expect(result.files).toEqual(['definitions/fk7804/examples/valid-ny-fil.json', 'definitions/fk7804/examples/valid-ny-fil.expect.json']);
  });

  it('creates a missing examples folder, but only inside the type\'s folder', () => {
    rmSync(join(copy.dir, 'ag114', 'examples'), { recursive: true, force: true });
    const certificate = JSON.parse(readFileSync(join(copy.dir, '..', 'definitions', 'fk7804', 'examples', 'valid-heltid-lumbago.json'), 'utf8'));
    expect(() => saveExample(copy.dir, 'ag114', { name: 'invalid-tomt', certificate: { ...certificate, type: 'ag114', version: '2.0', answers: {} }, today: '2026-11-20' }, runtime, known, join(copy.dir, '..'))).not.toThrow();
    expect(existsSync(join(copy.dir, 'ag114', 'examples', 'invalid-tomt.json'))).toBe(true);
  });

  it('refuses an examples folder that is a link out of the definitions', () => {
    const outside = mkdtempSync(join(tmpdir(), 'intyg-outside-'));
    const examples = join(copy.dir, 'fk7804', 'examples');
    const certificate = valid();
    renameSync(examples, `${examples}.real`);
    symlinkSync(outside, examples);
    try {
      const error = refusal(() => saveExample(copy.dir, 'fk7804', { name: 'valid-genom-lank', certificate, today: '2026-11-20' }, runtime, known, join(copy.dir, '..')));
      expect(error.code).toBe('outside');
      expect(refusal(() => listExampleNames(copy.dir, 'fk7804', known)).code).toBe('outside');
      expect(readdirSync(outside)).toEqual([]);
    } finally {
      rmSync(examples);
      renameSync(`${examples}.real`, examples);
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('replaces a link where the example would go instead of writing through it', () => {
    const outside = mkdtempSync(join(tmpdir(), 'intyg-outside-'));
    const target = join(outside, 'victim.json');
    writeFileSync(target, 'unchanged');
    const link = join(copy.dir, 'fk7804', 'examples', 'valid-lank.json');
    symlinkSync(target, link);
    try {
      expect(refusal(() => save('fk7804', 'valid-lank')).code).toBe('exists');
      expect(refusal(() => saveExample(copy.dir, 'fk7804', { name: 'valid-lank', certificate: valid(), today: '2026-11-20', overwrite: true }, runtime, known, join(copy.dir, '..'))).code).toBe('not-a-file');
      expect(readFileSync(target, 'utf8')).toBe('unchanged');
    } finally {
      rmSync(link, { force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('reads only examples by a safe name', () => {
    mkdirSync(join(copy.dir, 'fk7804', 'examples'), { recursive: true });
    expect(refusal(() => readExample(copy.dir, 'fk7804', '../../_shared/recipients', known)).code).toBe('bad-name');
    expect(refusal(() => readExample(copy.dir, 'fk7804', 'valid-finns-inte', known)).code).toBe('not-found');
    expect(readExample(copy.dir, 'fk7804', 'valid-heltid-lumbago', known).expect).toMatchObject({ valid: true });
  });

  it('refuses a date that is not ÅÅÅÅ-MM-DD, before writing anything', () => {
    const error = refusal(() => saveExample(copy.dir, 'fk7804', { name: 'valid-datum', certificate: valid(), today: '20/11/2026' }, runtime, known, join(copy.dir, '..')));
    expect(error.code).toBe('bad-today');
    expect(existsSync(join(copy.dir, 'fk7804', 'examples', 'valid-datum.json'))).toBe(false);
  });
});
