/**
 * Before any test: dist/ must match src/, because the CLI tests run the real `intyg` binary and
 * the packaging tests pack dist/. Building is skipped when nothing changed (a stat per source).
 */

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup(): void {
  const root = join(import.meta.dirname, '..');
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--if-stale'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('scripts/build.mjs failed; the tests need dist/');
}
