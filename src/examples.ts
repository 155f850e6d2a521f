/**
 * Example certificates (`definitions/<id>/examples/<name>.json` + `.expect.json`) and how a
 * validation result is compared with what an example expects. Used by `intyg main` and the tests.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidationResult } from './runtime/validate.js';
import { DEFINITIONS_DIR, toRepoPath } from './project-paths.js';

export interface Expectation {
  today: string;
  valid: boolean;
  errors?: Array<{ field: string; code: string }>;
  warnings?: Array<{ field: string; code: string }>;
  info?: Array<{ field: string; code: string }>;
}

export interface Example {
  type: string;
  /** Set for an earlier version's examples (`versions/<version>/examples/`); else the type's current version. */
  version?: string;
  name: string;
  file: string;
  payload: unknown;
  expect: Expectation;
}

/** A type's example folders: its own (the current version's), then each earlier version's. */
function exampleFolders(typeDir: string): Array<{ dir: string; version?: string }> {
  const folders: Array<{ dir: string; version?: string }> = [{ dir: join(typeDir, 'examples') }];
  const versions = join(typeDir, 'versions');
  if (existsSync(versions)) {
    for (const version of readdirSync(versions).sort()) folders.push({ dir: join(versions, version, 'examples'), version });
  }
  return folders.filter((folder) => existsSync(folder.dir));
}

export function listExamples(definitionsDir: string = DEFINITIONS_DIR): Example[] {
  const examples: Example[] = [];
  for (const type of readdirSync(definitionsDir).sort()) {
    if (type.startsWith('_') || type.startsWith('.')) continue;
    for (const { dir, version } of exampleFolders(join(definitionsDir, type))) examples.push(...readFolder(dir, type, version));
  }
  return examples;
}

function readFolder(dir: string, type: string, version: string | undefined): Example[] {
  const examples: Example[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.json') || name.endsWith('.expect.json')) continue;
    const file = join(dir, name);
    const expectFile = file.replace(/\.json$/, '.expect.json');
    if (!existsSync(expectFile)) throw new Error(`${toRepoPath(expectFile)} saknas: varje exempel behöver en .expect.json.`);
    examples.push({
      type,
      ...(version !== undefined ? { version } : {}),
      name: name.replace(/\.json$/, ''),
      file: toRepoPath(file),
      payload: JSON.parse(readFileSync(file, 'utf8')),
      expect: JSON.parse(readFileSync(expectFile, 'utf8')) as Expectation,
    });
  }
  return examples;
}

const key = (issue: { field: string; code: string }) => `${issue.field} ${issue.code}`;

/** Differences between a result and an expectation, as readable lines; empty when they agree. */
export function compareWithExpectation(result: ValidationResult, expect: Expectation): string[] {
  const problems: string[] = [];
  if (result.valid !== expect.valid) problems.push(`valid är ${result.valid}, väntat ${expect.valid}`);
  for (const list of ['errors', 'warnings', 'info'] as const) {
    const wanted = expect[list];
    if (wanted === undefined) continue;
    const got = new Set(result[list].map(key));
    const want = new Set(wanted.map(key));
    for (const item of want) if (!got.has(item)) problems.push(`${list}: saknar ${item}`);
    for (const item of got) if (!want.has(item)) problems.push(`${list}: oväntat ${item}`);
  }
  return problems;
}
