/** `intyg check`, `types` and argument handling, through the real CLI. Exit codes per DESIGN.md. */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/project.js';
import { expectNoStackTrace, runCli, tempDir } from './run-cli.js';

const FIXTURES = 'test/fixtures/diagnostics';

describe('intyg check', () => {
  it('passes the project definitions with exit 0', () => {
    const run = runCli(['check']);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/definitioner kontrollerade, inga fel/);
    expect(run.status).toBe(0);
  });

  it('passes a clean definition folder', () => {
    const run = runCli(['check', `${FIXTURES}/clean`]);
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
  });

  it('reports a broken definition as file:line:col code message, exit 1', () => {
    const run = runCli(['check', `${FIXTURES}/unknown-key`]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^test\/fixtures\/diagnostics\/unknown-key\/exempel\/definition\.yaml:\d+:\d+ definition\/unknown-key .*"maxLenght"/m);
    expect(run.stderr).toMatch(/1 fel i 1 definitioner/);
    expectNoStackTrace(run);
  });

  it.each(['condition-cycle', 'yaml-syntax', 'unknown-option-equal'])('prints exactly the golden lines for %s', (name) => {
    const run = runCli(['check', `${FIXTURES}/${name}`]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(readFileSync(join(PACKAGE_ROOT, FIXTURES, name, 'expected.txt'), 'utf8'));
  });

  it('accepts a single definition.yaml as well as its folder', () => {
    const run = runCli(['check', `${FIXTURES}/unknown-kind/exempel/definition.yaml`]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/definition\.yaml:\d+:\d+ definition\/unknown-kind /);
  });

  it('exits 2 without a stack trace for a directory that does not exist', () => {
    const { dir, cleanup } = tempDir('check');
    try {
      const missing = join(dir, 'finns-inte');
      const run = runCli(['check', missing]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`Hittar inte ${missing}`);
      expectNoStackTrace(run);
    } finally {
      cleanup();
    }
  });
});

describe('intyg types', () => {
  it('lists every certificate type', () => {
    const run = runCli(['types']);
    expect(run.status).toBe(0);
    const ids = run.stdout.trim().split('\n').map((line) => line.split(/\s+/)[0]);
    expect(ids).toEqual(expect.arrayContaining(['ag114', 'db', 'doi', 'fk7804']));
  });

  it('lists them as JSON with --json', () => {
    const run = runCli(['types', '--json']);
    expect(run.status).toBe(0);
    const types = JSON.parse(run.stdout) as Array<{ id: string; code: string; document: string; recipient?: string }>;
    expect(types.map((type) => type.id)).toEqual(expect.arrayContaining(['ag114', 'db', 'doi', 'fk7804', 'samtycke-arbetsgivare', 'vardkontakt-rehab', 'arende-1177']));
    // Only certificates have a recipient; every type says what kind of document it is.
    for (const type of types) expect(type).toMatchObject({ code: expect.any(String), document: expect.stringMatching(/^(certificate|consent|registration|case)$/) });
    for (const type of types) expect(typeof type.recipient === 'string', type.id).toBe(type.document === 'certificate');
  });
});

describe('usage errors, in Swedish', () => {
  it('exits 2 for an unknown command, with a suggestion', () => {
    const run = runCli(['valdate']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("fel: okänt kommando 'valdate'");
    expect(run.stderr).toContain('(Menade du validate?)');
    expect(run.stderr).not.toMatch(/error|unknown|Did you mean/);
    expectNoStackTrace(run);
  });

  it('exits 2 when no command is given, showing the Swedish help', () => {
    const run = runCli([]);
    expect(run.status).toBe(2);
    expect(run.stdout + run.stderr).toMatch(/Användning: intyg \[flaggor\] \[kommando\]/);
  });

  it('exits 2 when validate lacks its file argument', () => {
    const run = runCli(['validate']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("fel: argumentet 'fil' saknas");
    expectNoStackTrace(run);
  });

  it('names an unknown option in Swedish', () => {
    const run = runCli(['validate', 'x.json', '--jsn']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("fel: okänd flagga '--jsn'");
    expect(run.stderr).toContain('(Menade du --json?)');
  });

  it('prints help with exit 0, every heading and option in Swedish', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/check \[flaggor\] \[mapp\]/);
    for (const english of ['Usage:', 'Options:', 'Commands:', 'display help', 'output the version', '[options]']) expect(run.stdout).not.toContain(english);
    const validate = runCli(['validate', '--help']);
    expect(validate.stdout).toMatch(/^Användning: intyg validate \[flaggor\] <fil>$/m);
    expect(validate.stdout).toMatch(/^Argument:$/m);
    expect(validate.stdout).toContain('--today <datum>');
  });

  it('speaks English with --lang en or INTYG_LANG=en', () => {
    const run = runCli(['--lang', 'en', 'validate', '--jsn', 'x.json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("error: unknown option '--jsn'");
    expect(run.stderr).not.toMatch(/fel:|Menade/);
    const help = runCli(['--help'], { env: { INTYG_LANG: 'en' } });
    expect(help.stdout).toMatch(/^Usage: intyg \[options\] \[command\]$/m);
    expect(help.stdout).toContain('validate a certificate');
    expect(help.stdout).not.toMatch(/validera|Användning/);
  });

  it('prints the version with --version and -V', () => {
    const { version } = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const run = runCli([flag]);
      expect(run.status).toBe(0);
      expect(run.stdout.trim()).toBe(version);
    }
  });
});

describe('intyg check --json', () => {
  it('gives the diagnostics as data, with counts', () => {
    const run = runCli(['check', `${FIXTURES}/unknown-key`, '--json']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { definitions: number; errors: number; diagnostics: Array<{ code: string; file: string; line: number; col: number; message: string }> };
    expect(report).toMatchObject({ definitions: 1, errors: 1 });
    expect(report.diagnostics[0]).toMatchObject({ code: 'definition/unknown-key', file: 'test/fixtures/diagnostics/unknown-key/exempel/definition.yaml', line: expect.any(Number), col: expect.any(Number) });
  });
});
