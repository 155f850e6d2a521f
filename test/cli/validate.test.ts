/**
 * `intyg validate` through the real CLI: examples picked at run time by what their
 * .expect.json says, stdin, --json, and bad input that must give a message, never a stack.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/project.js';
import { expectNoStackTrace, issueKeys, pickExample, runCli, tempDir, writeTemp } from './run-cli.js';

const TODAY = '2026-11-20';

interface Result {
  valid: boolean;
  errors: Array<{ field: string; code: string; message: string }>;
  warnings: Array<{ field: string; code: string; message: string }>;
  info: Array<{ field: string; code: string; message: string }>;
}

function parseResult(stdout: string): Result {
  const result = JSON.parse(stdout) as Result;
  expect(result).toEqual({ valid: expect.any(Boolean), errors: expect.any(Array), warnings: expect.any(Array), info: expect.any(Array) });
  for (const issue of [...result.errors, ...result.warnings, ...result.info]) {
    expect(issue).toMatchObject({ field: expect.any(String), code: expect.any(String), message: expect.any(String) });
  }
  return result;
}

describe('intyg validate on the examples', () => {
  const valid = pickExample(true);
  const invalid = pickExample(false);

  it('accepts a valid example with exit 0', () => {
    const run = runCli(['validate', valid.file, '--today', valid.expect.today ?? TODAY]);
    expect(run.stdout).toContain(`${valid.file}: giltigt`);
    expect(run.status).toBe(0);
  });

  it('rejects an invalid example with exit 1 and names its errors', () => {
    const run = runCli(['validate', invalid.file, '--today', invalid.expect.today ?? TODAY]);
    expect(run.stdout).toContain(`${invalid.file}: ogiltigt`);
    for (const { field, code } of invalid.expect.errors ?? []) expect(run.stdout).toContain(`fel ${field || '(intyget)'} ${code}:`);
    expect(run.status).toBe(1);
  });

  it('gives valid/errors/warnings/info with --json, as the example expects', () => {
    const run = runCli(['validate', invalid.file, '--json', '--today', invalid.expect.today ?? TODAY]);
    expect(run.status).toBe(1);
    const result = parseResult(run.stdout);
    expect(result.valid).toBe(false);
    expect(issueKeys(result.errors)).toEqual(issueKeys(invalid.expect.errors ?? []));
  });

  it('reads the payload from standard in with -', () => {
    const text = readFileSync(join(PACKAGE_ROOT, valid.file), 'utf8');
    const run = runCli(['validate', '-', '--json', '--today', valid.expect.today ?? TODAY], { input: text });
    expect(run.status).toBe(0);
    expect(parseResult(run.stdout)).toMatchObject({ valid: true, errors: [] });
  });

  it('reads an invalid payload from standard in too', () => {
    const text = readFileSync(join(PACKAGE_ROOT, invalid.file), 'utf8');
    const run = runCli(['validate', '-', '--today', invalid.expect.today ?? TODAY], { input: text });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('-: ogiltigt');
  });
});

describe('intyg validate on bad input', () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => {
    ({ dir, cleanup } = tempDir('validate'));
  });
  afterAll(() => cleanup());

  it('exits 2 with a clear message for a file that is not JSON', () => {
    const file = writeTemp(dir, 'inte-json.json', 'type: fk7804\n');
    const run = runCli(['validate', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${file} är inte giltig JSON`);
    expectNoStackTrace(run);
  });

  it('exits 2 with a clear message for a file that does not exist', () => {
    const file = join(dir, 'finns-inte.json');
    const run = runCli(['validate', file, '--json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`Kan inte läsa ${file}`);
    expect(run.stdout).toBe('');
    expectNoStackTrace(run);
  });

  it('exits 2 for stdin that is not JSON', () => {
    const run = runCli(['validate', '-'], { input: '<intyg/>' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('är inte giltig JSON');
    expectNoStackTrace(run);
  });

  it('exits 2 for a --today that is not a date', () => {
    const run = runCli(['validate', '-', '--today', 'igår'], { input: '{}' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--today ska vara ett datum');
    expectNoStackTrace(run);
  });

  it.each([
    ['a JSON array', '[]'],
    ['an empty object', '{}'],
    ['an unknown certificate type', JSON.stringify({ type: 'okand', version: '1.0', answers: {} })],
    ['a JSON string', '"fk7804"'],
    ['null', 'null'],
  ])('exits 1 with a result object for %s', (name, text) => {
    const file = writeTemp(dir, `${name.replace(/\W+/g, '-')}.json`, text);
    const run = runCli(['validate', file, '--json']);
    expect(run.status).toBe(1);
    const result = parseResult(run.stdout);
    expect(result.valid).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
    expectNoStackTrace(run);
  });
});

