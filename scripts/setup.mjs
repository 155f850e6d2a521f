#!/usr/bin/env node
// Makes a fresh clone ready to run: installs the locked npm packages when node_modules is missing
// or older than the lockfile, builds dist/ when the sources changed, and with --browser what
// printing needs from Debian. Plain Node, so it
// works before anything is installed.
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const marker = join(root, 'node_modules', '.package-lock.json');
const lock = join(root, 'package-lock.json');
const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync(lock).mtimeMs;

// Printing needs Debian's Chromium, Liberation Sans and poppler-utils (the tests read PDFs back).
if (process.argv.includes('--browser')) {
  const browser = spawnSync('sh', [join(root, 'scripts', 'ensure-browser.sh')], { stdio: 'inherit' });
  if (browser.status !== 0) process.exit(browser.status ?? 1);
}

// The SQL engines' tests and benchmark start PostgreSQL servers of their own (Debian's package).
if (process.argv.includes('--postgres')) {
  const postgres = spawnSync('sh', [join(root, 'scripts', 'ensure-postgres.sh')], { stdio: 'inherit' });
  if (postgres.status !== 0) process.exit(postgres.status ?? 1);
}

if (stale) {
  console.error('intyg: installerar npm-paket (npm ci) …');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: 'true' },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// dist/ is built from src/ (tsc); skipped when no source changed since the last build.
const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--if-stale'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
