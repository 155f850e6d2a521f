/**
 * The build compiles the definition meta-schema ahead of time (scripts/precompile-meta-schema.mjs)
 * so `intyg check` starts fast. It must report exactly what the schema compiled at run time
 * reports, on every real definition and every broken one of the golden diagnostics.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { META_SCHEMA_AJV_OPTIONS } from '../../src/definition/check-shape.js';
import { blockSchema, definitionSchema } from '../../src/definition/meta-schema.js';
import { PACKAGE_ROOT } from '../../src/project.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.yaml') && !entry.name.startsWith('recipients'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

describe('the ahead-of-time meta-schema validators in dist/', () => {
  it('give the same errors as the schema compiled at run time', async () => {
    const built = await import(pathToFileURL(join(PACKAGE_ROOT, 'dist/src/definition/precompiled-validators.js')).href);
    expect(typeof built.definitionValidator).toBe('function');
    const live = {
      definition: new Ajv2020(META_SCHEMA_AJV_OPTIONS).compile(definitionSchema()),
      block: new Ajv2020(META_SCHEMA_AJV_OPTIONS).compile(blockSchema()),
    };
    const files = [...yamlFiles(join(PACKAGE_ROOT, 'definitions')), ...yamlFiles(join(PACKAGE_ROOT, 'test/fixtures/diagnostics'))];
    let invalid = 0;
    for (const file of files) {
      let raw: unknown;
      try {
        raw = parse(readFileSync(file, 'utf8'));
      } catch {
        continue; // YAML syntax cases never reach the schema
      }
      const kind = file.includes('/blocks/') ? 'block' : 'definition';
      const precompiled = kind === 'block' ? built.blockValidator : built.definitionValidator;
      const expected = live[kind](raw);
      expect(precompiled(raw), file).toBe(expected);
      if (!expected) invalid += 1;
      expect(JSON.parse(JSON.stringify(precompiled.errors ?? null)), file).toEqual(JSON.parse(JSON.stringify(live[kind].errors ?? null)));
    }
    expect(files.length).toBeGreaterThan(60);
    expect(invalid).toBeGreaterThan(10);
  });
});
