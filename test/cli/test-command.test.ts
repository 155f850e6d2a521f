/** `intyg test`: a type's examples against their expect files, in one process, with a readable diff. */

import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/project.js';
import { expectNoStackTrace, runCli, tempDir } from './run-cli.js';

const { dir, cleanup } = tempDir('test-command');
afterAll(cleanup);
const definitions = join(dir, 'definitions');
mkdirSync(definitions);
cpSync(join(PACKAGE_ROOT, 'definitions', 'fk7210'), join(definitions, 'fk7210'), { recursive: true });
cpSync(join(PACKAGE_ROOT, 'definitions', 'fk7472'), join(definitions, 'fk7472'), { recursive: true });

describe('intyg test', () => {
  it('passes the project examples of the named types', () => {
    const run = runCli(['test', 'fk7804', 'db']);
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/^db +\d+ av \d+ exempel gav väntat resultat$/m);
    expect(run.stdout).toMatch(/^fk7804 2\.0 +\d+ av \d+ exempel gav väntat resultat$/m);
    expect(run.stderr).toMatch(/Alla \d+ exempel gav väntat resultat/);
  });

  it('shows what differs, with - for a missing and + for an unexpected issue, and exits 1', () => {
    const expectFile = join(definitions, 'fk7210', 'examples', 'invalid-datum-passerat.expect.json');
    const original = JSON.parse(readFileSync(expectFile, 'utf8'));
    writeFileSync(expectFile, JSON.stringify({ ...original, errors: [{ field: 'beraknatFodelsedatum', code: 'date-max' }] }));
    try {
      const run = runCli(['test', 'fk7210', '--definitions', definitions]);
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/^FEL .*invalid-datum-passerat\.json \(dagens datum \d{4}-\d\d-\d\d\)$/m);
      expect(run.stdout).toContain('  - fel beraknatFodelsedatum date-max');
      expect(run.stdout).toMatch(/^ {2}\+ fel beraknatFodelsedatum date-min: Ange ett datum som är tidigast/m);
      expect(run.stdout).toMatch(/^fk7210 +\d+ av \d+ exempel gav väntat resultat$/m);
      expect(run.stderr).toMatch(/^1 av \d+ exempel gav inte väntat resultat\.$/m);
      const json = JSON.parse(runCli(['test', 'fk7210', '--definitions', definitions, '--json']).stdout);
      expect(json.failed).toBe(1);
      expect(json.failures[0].differences).toContain('- fel beraknatFodelsedatum date-max');
    } finally {
      writeFileSync(expectFile, JSON.stringify(original, null, 2));
    }
  });

  it('runs every type of the folder without ids, and refuses an unknown type with exit 2', () => {
    const all = runCli(['test', '--definitions', definitions]);
    expect(all.status, all.stdout).toBe(0);
    expect(all.stdout).toMatch(/^fk7210 /m);
    expect(all.stdout).toMatch(/^fk7472 /m);
    const unknown = runCli(['test', 'fk9999']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Okänd intygstyp: fk9999');
    expectNoStackTrace(unknown);
  });
});
