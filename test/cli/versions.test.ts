/**
 * The version commands through the real CLI: `intyg diff fk7804 1 2.0` against its golden output,
 * `--base` and `intyg check --against` in a git repository of their own, `intyg migrate`, and the
 * versions in `intyg types` and `intyg test`.
 */

import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/project.js';
import { expectNoStackTrace, runCli, tempDir } from './run-cli.js';

const V12 = 'definitions/fk7804/versions/1.2/examples';

describe('intyg diff', () => {
  it('lists every change between FK7804 1.2 and 2.0, as in the golden file', async () => {
    const run = runCli(['diff', 'fk7804', '1', '2.0']);
    expect(run.status).toBe(0);
    await expect(run.stdout).toMatchFileSnapshot(join(PACKAGE_ROOT, 'test/cli/golden/diff-fk7804-1-2.0.txt'));
    expect(run.stdout).toMatch(/^FK7804 1\.2 → 2\.0: \d+ brytande, \d+ kompatibla, \d+ bara formuleringar$/m);
  });

  it('gives the same changes as JSON, each with its class and location', () => {
    const run = runCli(['diff', 'fk7804', '1.2', '2', '--json']);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ type: 'fk7804', from: { version: '1.2', file: 'definitions/fk7804/versions/1.2/definition.yaml' }, to: { version: '2.0', file: 'definitions/fk7804/definition.yaml' } });
    const text = runCli(['diff', 'fk7804', '1', '2.0']).stdout;
    expect(result.changes.length).toBe(text.split('\n').filter((line) => line.startsWith('  ')).length);
    expect(result.changes).toContainEqual({ class: 'breaking', code: 'field-removed', message: expect.stringContaining('(planeradBehandling)'), location: { file: 'definitions/fk7804/versions/1.2/definition.yaml', line: expect.any(Number), col: 9 } });
  });

  it('says which versions there are when one is not, and needs two versions or --base', () => {
    const unknown = runCli(['diff', 'fk7804', '3', '2.0']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('fk7804 har ingen version 3. Versioner: 1.2, 2.0.');
    expect(runCli(['diff', 'fk7804']).status).toBe(2);
    expect(runCli(['diff', 'okand', '1', '2']).stderr).toContain('Okänd intygstyp okand');
    expectNoStackTrace(unknown);
  });
});

describe('against a git revision', () => {
  const { dir, cleanup } = tempDir('versions');
  afterAll(cleanup);
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=test@example.com', '-c', 'user.name=test', ...args], { cwd: dir, encoding: 'utf8' });
  const definition = join(dir, 'definitions/exempel/definition.yaml');
  mkdirSync(join(dir, 'definitions'), { recursive: true });
  cpSync(join(PACKAGE_ROOT, 'test/fixtures/diagnostics/clean/exempel'), join(dir, 'definitions/exempel'), { recursive: true });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'version 1.0');
  const original = readFileSync(definition, 'utf8');

  it('passes when nothing or only wording changed', () => {
    writeFileSync(definition, original.replace('label: Ange vad annat är', 'label: Ange vad annat är, kort'));
    const run = runCli(['check', join(dir, 'definitions'), '--against', 'HEAD']);
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('jämförda med HEAD, inga fel');
  });

  it('fails on a breaking change without a new version number, at the line that changed', () => {
    writeFileSync(definition, original.replace('maxLength: 50', 'maxLength: 40'));
    const run = runCli(['check', join(dir, 'definitions'), '--against', 'HEAD']);
    expect(run.status).toBe(1);
    const line = original.split('\n').findIndex((text) => text.includes('maxLength: 50')) + 1;
    expect(run.stdout).toContain(`definitions/exempel/definition.yaml:${line}:9 version/breaking-change Brytande ändring i EX1 1.0 sedan HEAD, utan ny version: Snävare gräns: maxLength för "Ange vad annat är" (annatBeskrivning): 50 → 40.`);
    const diff = runCli(['diff', 'exempel', '--base', 'HEAD', '--definitions', join(dir, 'definitions')]);
    expect(diff.status).toBe(0);
    expect(diff.stdout).toContain(`definitions/exempel/definition.yaml:${line}:9 limit-narrowed Snävare gräns`);
  });

  it('passes the same change under a new version number, with the old one kept', () => {
    writeFileSync(definition, original.replace('maxLength: 50', 'maxLength: 40').replace('version: "1.0"', 'version: "2.0"'));
    mkdirSync(join(dir, 'definitions/exempel/versions/1.0'), { recursive: true });
    writeFileSync(join(dir, 'definitions/exempel/versions/1.0/definition.yaml'), original);
    const run = runCli(['check', join(dir, 'definitions'), '--against', 'HEAD']);
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
  });

  it('warns when a version that was there is gone', () => {
    writeFileSync(definition, original.replace('version: "1.0"', 'version: "2.0"'));
    execFileSync('rm', ['-rf', join(dir, 'definitions/exempel/versions')]);
    const run = runCli(['check', join(dir, 'definitions'), '--against', 'HEAD']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('warning version/removed EX1 1.0 fanns i HEAD men finns inte längre');
  });

  it('refuses a revision that is not there', () => {
    const run = runCli(['check', join(dir, 'definitions'), '--against', 'ingen-sådan']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Hittar ingen revision "ingen-sådan"');
    expectNoStackTrace(run);
  });
});

describe('intyg migrate', () => {
  it('writes the 2.0 draft and lists what to review on stderr', () => {
    const run = runCli(['migrate', `${V12}/valid-heltid-lumbago.json`, '--to', '2', '--today', '2024-03-12']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ type: 'fk7804', version: '2.0', answers: { baseratPa: { FYSISKUNDERSOKNING: '2024-03-12' } } });
    expect(run.stderr).toContain('fk7804 1.2 → 2.0: 2 att se över');
    expect(run.stderr).toContain('borttaget arbetslivsinriktadeAtgarder: Svaret på "Här kan du ange åtgärder');
  });

  it('gives { certificate, report } with --json, the same as the library', () => {
    const run = runCli(['migrate', `${V12}/valid-deltid-atgarder-och-kontakt.json`, '--json', '--today', '2024-03-12']);
    expect(run.status).toBe(0);
    const { certificate, report } = JSON.parse(run.stdout);
    expect(certificate.version).toBe('2.0');
    expect(report.changes.map((change: { kind: string; field: string }) => `${change.kind} ${change.field}`)).toContain('required ojamnArbetstid');
  });

  it('refuses a signed certificate with exit 1', () => {
    const run = runCli(['migrate', `${V12}/valid-signerat-efter-avveckling.json`]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('not-a-draft: Ett signerat intyg ändras aldrig');
    expect(run.stdout).toBe('');
  });
});

describe('versions in the other commands', () => {
  it('intyg check takes a type’s folder with all its versions, or one version’s folder', () => {
    expect(runCli(['check', 'definitions/fk7804']).stderr).toContain('2 definitioner kontrollerade, inga fel.');
    const one = runCli(['check', 'definitions/fk7804/versions/1.2']);
    expect(one.status).toBe(0);
    expect(one.stderr).toContain('1 definitioner kontrollerade, inga fel.');
  });

  it('intyg types lists the earlier version under its type, and --json has every version', () => {
    expect(runCli(['types']).stdout).toMatch(/^fk7804 +2\.0 .*\n +1\.2 +äldre version, används inte efter 2025-08-04, \d+ fält$/m);
    const fk7804 = JSON.parse(runCli(['types', '--json']).stdout).find((type: { id: string }) => type.id === 'fk7804');
    expect(fk7804).toMatchObject({ version: '2.0', versions: [{ version: '1.2', retired: '2025-08-04' }, { version: '2.0' }] });
  });

  it('intyg test counts each version’s examples on its own line', () => {
    const run = runCli(['test', 'fk7804']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^fk7804 1\.2 +13 av 13 exempel gav väntat resultat$/m);
    expect(run.stdout).toMatch(/^fk7804 2\.0 +\d+ av \d+ exempel gav väntat resultat$/m);
  });
});
