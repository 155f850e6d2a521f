/**
 * Example certificates (`definitions/<id>/examples/<name>.json` + `.expect.json`) and how a
 * validation result is compared with what an example expects. Used by `intyg main` and the tests.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidationResult } from './runtime/validate.js';
import type { Runtime, ValidateOptions } from './runtime/runtime.js';
import { createHistory } from './documents/history.js';
import { isPlainObject } from './fields/kind.js';
import { DEFINITIONS_DIR, toRepoPath } from './project-paths.js';
import type { Expectation } from './example-expectation.js';

export type { Expectation } from './example-expectation.js';

export interface Example {
  type: string;
  /** Set for an earlier version's examples (`versions/<version>/examples/`); else the type's current version. */
  version?: string;
  name: string;
  file: string;
  payload: unknown;
  expect: Expectation;
  /**
   * `<name>.history.ndjson`, when the example has one: the patient's certificates and consents a
   * registration's rules are checked against (`intyg validate --history` reads the same file).
   */
  history?: { file: string; documents: unknown[] };
}

/** NDJSON text → its documents; a line that is not a JSON object is an error naming the line. */
export function parseDocumentLines(text: string, file: string): unknown[] {
  const documents: unknown[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new Error(`${file}:${index + 1}: inte giltig JSON: ${(error as Error).message}.`);
    }
    if (!isPlainObject(value)) throw new Error(`${file}:${index + 1}: raden är inget JSON-objekt.`);
    documents.push(value);
  });
  return documents;
}

/**
 * The history of documents (certificates and consents, told apart by their type's document kind):
 * both are then known, so a file with no consent says the patient has none.
 */
export function historyOf(runtime: Pick<Runtime, 'models' | 'validate'>, documents: readonly unknown[], today?: string) {
  const kindOf = (document: unknown) => (isPlainObject(document) && typeof document.type === 'string' ? runtime.models.get(document.type)?.document : undefined);
  return createHistory(runtime, {
    certificates: documents.filter((document) => kindOf(document) !== 'consent'),
    consents: documents.filter((document) => kindOf(document) === 'consent'),
  }, { today });
}

/** The options an example is validated with: its date and, when it has one, its history. */
export function exampleOptions(example: Example, runtime: Pick<Runtime, 'models' | 'validate'>): ValidateOptions {
  return { today: example.expect.today, ...(example.history ? { history: historyOf(runtime, example.history.documents, example.expect.today) } : {}) };
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
    const historyFile = file.replace(/\.json$/, '.history.ndjson');
    examples.push({
      type,
      ...(version !== undefined ? { version } : {}),
      name: name.replace(/\.json$/, ''),
      file: toRepoPath(file),
      payload: JSON.parse(readFileSync(file, 'utf8')),
      expect: JSON.parse(readFileSync(expectFile, 'utf8')) as Expectation,
      ...(existsSync(historyFile) ? { history: { file: toRepoPath(historyFile), documents: parseDocumentLines(readFileSync(historyFile, 'utf8'), toRepoPath(historyFile)) } } : {}),
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
