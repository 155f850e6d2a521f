/**
 * Inera's public test data as part of the suite: the validator scenarios of sklintyg/common and
 * certificate-service's prefill files, converted by scripts/convert-inera-fixtures.ts. intyg must
 * give the verdict Inera's own tests expect, except where differences.ts names why not; where
 * the national test names the field at fault, intyg must report an error there too.
 */

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRuntime } from '../../src/project.js';
import { DIFFERENCES } from './differences.js';
import { baseField, FIXTURES, loadCases, runCase } from './cases.js';

const runtime = loadRuntime();
const cases = loadCases();
/** Structural codes a faithful conversion never produces by accident; a case meant to test them names them. */
const CONVERSION_ARTIFACTS = new Set(['unknown-field', 'invalid-person-id', 'unknown-type', 'unknown-version', 'invalid-payload']);

describe('converted Inera cases', () => {
  it('cover every module the issue names, each case with its source', () => {
    expect(cases.size).toBe(409);
    const types = new Set([...cases.keys()].map((key) => key.split('/')[0]));
    for (const type of ['db', 'doi', 'tstrk1007', 'tstrk1031', 'fk7800', 'fk7801', 'fk7802', 'fk7804', 'fk7804-1.2', 'ag114', 'ag7804']) expect(types.has(type), type).toBe(true);
    for (const [key, entry] of cases) {
      expect(entry.source.repository, key).toMatch(/^sklintyg\/(common|certificate-service)$/);
      expect(entry.source.commit, key).toMatch(/^[0-9a-f]{40}$/);
      expect(entry.source.path, key).toMatch(/\.(json|xml)$/);
    }
  });

  it('run the lisjp scenarios twice: as FK7804 2.0 and, kept as v1 has them, as FK7804 1.2', () => {
    const scenarios = (folder: string) => [...cases].filter(([key, entry]) => key.startsWith(`${folder}/`) && entry.source.path.startsWith('fk/lisjp/')).map(([key]) => key.slice(folder.length + 1));
    expect(scenarios('fk7804-1.2')).toEqual(scenarios('fk7804'));
    expect(scenarios('fk7804-1.2')).toHaveLength(46);
    for (const [key, entry] of cases) {
      if (key.startsWith('fk7804-1.2/')) expect(entry.certificate, key).toMatchObject({ type: 'fk7804', version: '1.2' });
      else if (key.startsWith('fk7804/')) expect(entry.certificate, key).toMatchObject({ type: 'fk7804', version: '2.0' });
    }
  });

  it('list only differences that exist', () => {
    for (const key of Object.keys(DIFFERENCES)) expect(cases.has(key), key).toBe(true);
  });

  it.each([...cases.keys()])('%s', (key) => {
    const entry = cases.get(key)!;
    const result = runCase(runtime, entry);
    expect(result.errors.filter((issue) => CONVERSION_ARTIFACTS.has(issue.code)), 'conversion artefact').toEqual([]);
    if (!entry.national) return;
    const difference = DIFFERENCES[key];
    if (difference) {
      expect(difference.length).toBeGreaterThan(40);
      expect({ valid: result.valid, reason: difference }).toEqual({ valid: !entry.national.valid, reason: difference });
      return;
    }
    expect({ valid: result.valid, errors: result.errors.map((issue) => `${issue.field} ${issue.code}`) }).toMatchObject({ valid: entry.national.valid });
    if (!entry.national.valid && entry.national.intygFields) {
      const at = result.errors.map((issue) => baseField(issue.field));
      expect(at.some((field) => entry.national!.intygFields!.includes(field)), `an error at ${entry.national.intygFields.join(' or ')}, got ${at.join(', ')}`).toBe(true);
    }
  });
});

describe.skipIf(!process.env.INERA_COMMON_GIT || !process.env.INERA_CERTIFICATE_SERVICE_GIT)('scripts/convert-inera-fixtures.ts', () => {
  // Made in beforeAll: vitest runs a skipped describe's body too, and its afterAll never.
  let out = '';
  beforeAll(() => { out = mkdtempSync(join(tmpdir(), 'intyg-inera-')); });
  afterAll(() => { if (out) rmSync(out, { recursive: true, force: true }); });

  it('reproduces the committed cases byte for byte from the recorded commits', async () => {
    const { execFileSync } = await import('node:child_process');
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/convert-inera-fixtures.ts', '--common', process.env.INERA_COMMON_GIT!, '--certificate-service', process.env.INERA_CERTIFICATE_SERVICE_GIT!, '--out', out], {
      cwd: join(FIXTURES, '../../..'),
      stdio: 'pipe',
    });
    const fresh = loadCases(out);
    expect([...fresh.keys()]).toEqual([...cases.keys()]);
    for (const key of cases.keys()) {
      expect(readFileSync(join(out, `${key}.json`), 'utf8'), key).toBe(readFileSync(join(FIXTURES, `${key}.json`), 'utf8'));
    }
  });
});

describe('issue 12: agreement per type', () => {
  it('is total minus the named differences, for every type', () => {
    const per = new Map<string, { agree: number; total: number; named: number }>();
    for (const [key, entry] of cases) {
      if (!entry.national) continue;
      const type = key.split('/')[0];
      const stat = per.get(type) ?? { agree: 0, total: 0, named: 0 };
      stat.total += 1;
      if (runCase(runtime, entry).valid === entry.national.valid) stat.agree += 1;
      if (DIFFERENCES[key]) stat.named += 1;
      per.set(type, stat);
    }
    for (const [type, stat] of per) expect(stat.agree, type).toBe(stat.total - stat.named);
    expect(existsSync(FIXTURES)).toBe(true);
  });
});
