/** tsc over generated/ and a usage file that imports the types the way a developer would. */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

describe('generated TypeScript', () => {
  it('type-checks under strict nodenext, together with a usage file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'intyg-tsc-'));
    const config = join(dir, 'tsconfig.json');
    writeFileSync(config, JSON.stringify({
      compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'ES2022', noEmit: true, types: [], skipLibCheck: false },
      files: [join(root, 'generated', 'index.ts'), join(root, 'test', 'fixtures', 'usage', 'usage.ts')],
    }));
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', config], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });
});
