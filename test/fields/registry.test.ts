/**
 * Parity between src/fields/kinds/ and the registry: every kind file is registered exactly once
 * under the camelCase of its file name, ids are unique and sorted, and every kind file has its own
 * test file in test/fields/kinds/.
 */

import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { FieldKind } from '../../src/fields/kind.js';
import { FIELD_KINDS, findKind, getKind } from '../../src/fields/registry.js';

const root = resolve(import.meta.dirname, '../..');
const kindsDir = join(root, 'src/fields/kinds');
const testsDir = join(root, 'test/fields/kinds');

const kindFiles = readdirSync(kindsDir).filter((file) => file.endsWith('.ts')).sort();

/** `date-choices.ts` → `dateChoices`: the naming rule the registry follows. */
const kindIdOf = (file: string) => file.replace(/\.ts$/, '').replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

async function defaultExport(file: string): Promise<FieldKind> {
  return ((await import(pathToFileURL(join(kindsDir, file)).href)) as { default: FieldKind }).default;
}

describe('field kind registry', () => {
  it('finds the kind files', () => {
    expect(kindFiles.length).toBeGreaterThanOrEqual(16);
  });

  it('registers exactly the kinds in src/fields/kinds, by their file names', async () => {
    const registered = FIELD_KINDS.map((kind) => kind.kind).sort();
    expect(registered).toEqual(kindFiles.map(kindIdOf).sort());
    for (const file of kindFiles) expect(getKind(kindIdOf(file)), file).toBe(await defaultExport(file));
  });

  it('has unique kind ids, listed in order', () => {
    const ids = FIELD_KINDS.map((kind) => kind.kind);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
  });

  it('finds kinds by id and nothing else', () => {
    for (const kind of FIELD_KINDS) expect(findKind(kind.kind)).toBe(kind);
    for (const name of ['Text', 'yes-no', 'constructor', '__proto__', '']) expect(findKind(name), name).toBeUndefined();
    expect(() => getKind('slider')).toThrow('Unknown field kind "slider"');
  });

  it.each(FIELD_KINDS.map((kind) => [kind.kind, kind] as const))('%s keeps the kind contract', (_id, kind) => {
    expect(kind.description.length).toBeGreaterThan(0);
    expect(typeof kind.answerSchema).toBe('function');
    expect(typeof kind.createValidator).toBe('function');
    // Only kinds with an answer need a required message and arbitrary answers for property tests.
    if (kind.hasAnswer) {
      expect(kind.requiredMessage.length, kind.kind).toBeGreaterThan(0);
      expect(typeof kind.arbitrary, kind.kind).toBe('function');
    }
    for (const key of kind.requiredProperties ?? []) expect(Object.keys(kind.definitionProperties), kind.kind).toContain(key);
  });
});

describe('field kind tests', () => {
  it.each(kindFiles)('%s has a test file', (file) => {
    expect(existsSync(join(testsDir, file.replace(/\.ts$/, '.test.ts')))).toBe(true);
  });

  it('has no test file without a kind file', () => {
    const sources = new Set(kindFiles.map((file) => file.replace(/\.ts$/, '.test.ts')));
    expect(readdirSync(testsDir).filter((file) => file.endsWith('.test.ts') && !sources.has(file))).toEqual([]);
  });
});
