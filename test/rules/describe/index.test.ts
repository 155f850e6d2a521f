/**
 * Owns the describer's promise to its users (the studio in a browser, the CLI, the generators):
 * everything src/rules/describe/ loads is plain TypeScript over the model, with no Node API and
 * no package, so it bundles for a browser as it is.
 */

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

/** Value imports (not `import type`) of a module and of everything it loads, by file. */
function loadedModules(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, clause, specifier] of source.matchAll(/^(?:import|export)\s+(type\s+)?[^'";]*?from\s+'([^']+)'/gm)) {
      if (clause) continue;
      if (specifier.startsWith('.')) visit(join(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else packages.add(specifier);
    }
    for (const [, specifier] of source.matchAll(/^import\s+'([^']+)'/gm)) packages.add(specifier);
  };
  visit(entry);
  return { files, packages };
}

describe('src/rules/describe', () => {
  it('loads no Node API and no package, only the model, kinds and operators', () => {
    const { files, packages } = loadedModules(join(root, 'src/rules/describe/index.ts'));
    expect([...packages]).toEqual([]);
    expect(files.size).toBeGreaterThan(30);
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toMatch(/\bprocess\.|\brequire\(/);
  });
});
