/**
 * Runs the real command line (`node bin/intyg.mjs …`) as a subprocess from the repository root,
 * the way a user or CI does, and gives back its exit code and output.
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { listExamples, type Example } from '../../src/examples.js';
import { PACKAGE_ROOT } from '../../src/project.js';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[], options: { input?: string; env?: Record<string, string> } = {}): CliRun {
  const result = spawnSync(process.execPath, ['bin/intyg.mjs', ...args], {
    cwd: PACKAGE_ROOT,
    encoding: 'utf8',
    input: options.input ?? '',
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', INTYG_LANG: '', ...options.env },
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A failure is a message, not a crash: no `    at …` lines of a stack trace anywhere. */
export function expectNoStackTrace(run: CliRun): void {
  expect(run.stderr).not.toMatch(/^\s+at .+/m);
  expect(run.stdout).not.toMatch(/^\s+at .+/m);
}

/** A fresh directory under the system temp dir; the returned function removes it. */
export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `intyg-${prefix}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function writeTemp(dir: string, name: string, contents: string): string {
  const file = join(dir, name);
  writeFileSync(file, contents);
  return file;
}

/**
 * An example whose expectation says `valid`, chosen at run time since others edit the
 * examples. Prefers the README's reference date so `--today 2026-11-20` applies as is.
 */
export function pickExample(valid: boolean): Example {
  const candidates = listExamples().filter((example) => example.expect.valid === valid && (valid || (example.expect.errors?.length ?? 0) > 0));
  const chosen = candidates.find((example) => example.expect.today === '2026-11-20') ?? candidates[0];
  if (!chosen) throw new Error(`no example in definitions/*/examples expects valid: ${valid}`);
  return chosen;
}

export const issueKeys = (issues: ReadonlyArray<{ field: string; code: string }>): string[] =>
  issues.map((issue) => `${issue.field} ${issue.code}`).sort();
