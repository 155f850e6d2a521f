/** scripts/ensure-browser.sh: the setup step tests and CI run before anything else. */

import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/project.js';

describe('scripts/ensure-browser.sh', () => {
  it('is silent and quick when Chromium, the fonts and poppler are already there', () => {
    const run = spawnSync('sh', ['scripts/ensure-browser.sh'], { cwd: PACKAGE_ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout + run.stderr).toBe('');
  });
});
