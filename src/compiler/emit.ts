/**
 * The only writer of generated/: writes files whose contents changed, removes generated files no
 * definition produces any more, and in check mode writes nothing and reports the drift.
 */

import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeneratedFile } from './generate.js';

export interface EmitReport {
  written: string[];
  removed: string[];
  unchanged: string[];
}

const GENERATED_NAME = /\.(schema\.json|rules\.json|model\.json|ts)$/;

function isOurs(dir: string, name: string): boolean {
  if (!GENERATED_NAME.test(name)) return false;
  const head = readFileSync(join(dir, name), 'utf8').slice(0, 400);
  return head.includes('@generated');
}

export function emit(dir: string, files: readonly GeneratedFile[], options: { check?: boolean } = {}): EmitReport {
  const report: EmitReport = { written: [], removed: [], unchanged: [] };
  if (!options.check) mkdirSync(dir, { recursive: true });
  const wanted = new Set(files.map((file) => file.path));
  for (const file of files) {
    const target = join(dir, file.path);
    const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
    if (current === file.contents) {
      report.unchanged.push(file.path);
      continue;
    }
    report.written.push(file.path);
    if (!options.check) writeFileSync(target, file.contents);
  }
  if (existsSync(dir)) {
    for (const name of readdirSync(dir).sort()) {
      if (wanted.has(name) || !isOurs(dir, name)) continue;
      report.removed.push(name);
      if (!options.check) unlinkSync(join(dir, name));
    }
  }
  return report;
}
