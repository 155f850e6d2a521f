/**
 * The corpus of broken definitions: real definitions (snapshot copies under
 * test/fixtures/broken-definitions/base) with one mutation each, checked through compile() and,
 * for a sample, through `intyg check` itself. Each case names its expected diagnostics exactly, so
 * a check that starts reporting extra noise (a false "Det finns inget block …") fails as surely as
 * one that reports nothing.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/diagnostics/diagnostic.js';
import { baseDefinitions, baseFiles, cases, check, definitionOf, mutated, type BrokenCase } from './helpers/broken-definitions.js';
import { expectNoStackTrace, runCli, tempDir } from './cli/run-cli.js';

const located = (entry: BrokenCase) => check(mutated(entry), definitionOf(entry)).diagnostics;

describe('the base copies', () => {
  it.each(baseDefinitions())('%s compiles clean', (id) => {
    expect(check(baseFiles(), id).diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  it('covers the issue: at least 30 cases, each saying what it covers', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const entry of cases) expect(entry.covers, entry.name).toMatch(/\S/);
    expect(new Set(cases.map((entry) => entry.name)).size).toBe(cases.length);
  });
});

describe.each(cases.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
  it('gives exactly the expected diagnostics at their file:line:col', () => {
    const diagnostics = located(entry);
    expect(diagnostics.map((found) => `${found.file}:${found.line}:${found.col} ${found.code}`), diagnostics.map(formatDiagnostic).join('\n')).toEqual(entry.expect);
    if (entry.contains) expect(diagnostics[0].message).toContain(entry.contains);
  });
});

describe('through intyg check', () => {
  const temp = tempDir('broken');
  afterAll(() => temp.cleanup());

  /** The corpus case written out as a project folder, as an author would have it on disk. */
  function materialise(name: string): string {
    const entry = cases.find((candidate) => candidate.name === name)!;
    const root = join(temp.dir, name);
    for (const [path, text] of mutated(entry)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return join(root, 'definitions', definitionOf(entry));
  }

  it.each([
    ['alias-bomb', 'definitions/fk7804/definition.yaml:304:38 yaml/alias-bomb'],
    ['print-raw-output-tilde', 'definitions/ag114/print.hbs:2:61 print/raw-output'],
    ['print-syntax-error', 'definitions/ag114/print.hbs:4:1 print/syntax'],
    ['everything-in-one-run', 'definitions/fk7804/definition.yaml:251:58 condition/unknown-option'],
  ])('%s: exit 1 with the located line, no stack trace', (name, line) => {
    const run = runCli(['check', materialise(name)]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${line} `);
    expectNoStackTrace(run);
  });

  it('many legitimate aliases: exit 0', () => {
    const run = runCli(['check', materialise('many-legitimate-aliases')]);
    expect(run.stderr).toMatch(/1 definitioner kontrollerade, inga fel/);
    expect(run.status).toBe(0);
  });
});
