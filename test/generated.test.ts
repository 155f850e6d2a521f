/**
 * generated/ is what the compiler writes for definitions/ (the same check as `intyg generate
 * --check`), compiling is deterministic and does not mutate its input, and every file carries
 * the banner.
 */

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { GENERATED_DIR, readCompileInput } from '../src/project.js';
import { project } from './helpers/project.js';

describe('generated/', () => {
  it('compiles the project without diagnostics', () => {
    expect(project().result.diagnostics).toEqual([]);
  });

  it('matches the committed files exactly', () => {
    const { files } = project().result;
    for (const file of files) expect(readFileSync(join(GENERATED_DIR, file.path), 'utf8'), file.path).toBe(file.contents);
    const committed = readdirSync(GENERATED_DIR).filter((name) => name !== 'README.md').sort();
    expect(committed).toEqual(files.map((file) => file.path).sort());
  });

  it('is byte-identical across compiles and leaves the input untouched', () => {
    const input = readCompileInput();
    const before = JSON.stringify(input.definitions);
    const first = compile(input).files;
    const second = compile(input).files;
    expect(second).toEqual(first);
    expect(JSON.stringify(input.definitions)).toBe(before);
  });

  it('carries a do-not-edit banner, no timestamps and no absolute paths', () => {
    for (const file of project().result.files) {
      expect(file.contents.slice(0, 300), file.path).toMatch(/@generated .*DO NOT EDIT/);
      expect(file.contents, file.path).not.toMatch(/\/(work|home|tmp|Users)\//);
      expect(file.contents, file.path).not.toMatch(/20\d\d-\d\d-\d\dT\d\d:/);
      expect(file.contents.endsWith('\n'), file.path).toBe(true);
    }
  });

  it('emits a JSON Schema 2020-12 per type and rules that json-rules-engine accepts', async () => {
    const { Engine } = await import('json-rules-engine');
    for (const model of project().result.models) {
      const schema = JSON.parse(readFileSync(join(GENERATED_DIR, `${model.id}.schema.json`), 'utf8'));
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      const rules = JSON.parse(readFileSync(join(GENERATED_DIR, `${model.id}.rules.json`), 'utf8'));
      expect(() => new Engine(rules.rules, { allowUndefinedFacts: true })).not.toThrow();
    }
  });
});
