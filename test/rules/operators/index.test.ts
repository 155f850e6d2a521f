/**
 * Parity between src/rules/operators/ and its registry: every operator file is registered, ids
 * are unique and sorted, the built-in list matches what json-rules-engine itself ships, and every
 * operator file has its own test file here.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import type { OperatorDefinition } from '../../../src/rules/operator.js';
import { CUSTOM_OPERATORS, ENGINE_OPERATORS, OPERATOR_IDS, findOperator } from '../../../src/rules/operators/index.js';

const root = resolve(import.meta.dirname, '../../..');
const sourceDir = join(root, 'src/rules/operators');
const testDir = join(root, 'test/rules/operators');

/** Helpers that live beside the operators but define none. */
const NOT_OPERATOR_FILES = new Set(['index.ts', 'comparable-date.ts']);

const operatorFiles = readdirSync(sourceDir).filter((file) => file.endsWith('.ts') && !NOT_OPERATOR_FILES.has(file)).sort();

const isOperator = (value: unknown): value is OperatorDefinition =>
  typeof value === 'object' && value !== null && typeof (value as OperatorDefinition).id === 'string' &&
  typeof (value as OperatorDefinition).evaluate === 'function';

/** Every operator a file exports, default or named, keyed by its file. */
async function operatorsByFile(): Promise<Map<string, OperatorDefinition[]>> {
  const byFile = new Map<string, OperatorDefinition[]>();
  for (const file of operatorFiles) {
    const module = (await import(pathToFileURL(join(sourceDir, file)).href)) as Record<string, unknown>;
    byFile.set(file, Object.values(module).filter(isOperator));
  }
  return byFile;
}

const registered = [...ENGINE_OPERATORS, ...CUSTOM_OPERATORS];

describe('operator registry', () => {
  it('finds operator files to check', () => {
    expect(operatorFiles.length).toBeGreaterThanOrEqual(14);
  });

  it('registers every operator every file exports, and nothing else', async () => {
    const exported = [...(await operatorsByFile()).values()].flat();
    for (const operator of exported) expect(registered, operator.id).toContain(operator);
    for (const operator of registered) expect(exported, operator.id).toContain(operator);
  });

  it('has unique ids, sorted in OPERATOR_IDS', () => {
    const ids = registered.map((operator) => operator.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(OPERATOR_IDS).toEqual([...ids].sort());
  });

  it('finds each operator by id and nothing by an unknown one', () => {
    for (const operator of registered) expect(findOperator(operator.id)).toBe(operator);
    expect(findOperator('isTruthy')).toBeUndefined();
    // The registry is a Map, so prototype names are not operators.
    expect(findOperator('constructor')).toBeUndefined();
  });

  it('lists as engine operators exactly those json-rules-engine ships', () => {
    const builtIn = [...(new Engine() as unknown as { operators: { operators: Map<string, unknown> } }).operators.operators.keys()];
    expect(ENGINE_OPERATORS.map((operator) => operator.id).sort()).toEqual([...builtIn].sort());
    for (const operator of CUSTOM_OPERATORS) expect(builtIn).not.toContain(operator.id);
  });

  it('documents each custom operator in the definitions README', () => {
    const readme = readFileSync(join(root, 'definitions/README.md'), 'utf8');
    for (const operator of CUSTOM_OPERATORS) expect(readme, operator.id).toContain(`\`${operator.id}\``);
  });
});

describe('operator tests', () => {
  it.each(operatorFiles)('%s has a test file', (file) => {
    expect(existsSync(join(testDir, file.replace(/\.ts$/, '.test.ts')))).toBe(true);
  });

  it('mentions every operator in the test file of the file that defines it', async () => {
    for (const [file, operators] of await operatorsByFile()) {
      const testFile = join(testDir, file.replace(/\.ts$/, '.test.ts'));
      if (!existsSync(testFile)) continue;
      const text = readFileSync(testFile, 'utf8');
      for (const operator of operators) expect(text, `${operator.id} in ${file}`).toContain(operator.id);
    }
  });

  it('has no test file without a source file', () => {
    const tests = readdirSync(testDir).filter((file) => file.endsWith('.test.ts') && file !== 'index.test.ts');
    const sources = new Set([...operatorFiles, ...NOT_OPERATOR_FILES].map((file) => file.replace(/\.ts$/, '.test.ts')));
    expect(tests.filter((file) => !sources.has(file))).toEqual([]);
  });
});
