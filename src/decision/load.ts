/**
 * The only I/O of the decision-support module: reads the imported files in
 * `definitions/_shared/decision-support/`. Everything else in `src/decision/` is pure.
 */

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createFmb, type FmbLookup } from './fmb.js';
import type { DiagnosisGroupFile, FmbFile } from './types.js';
import { PACKAGE_ROOT } from '../util/package-root.js';


export function defaultDecisionSupportDir(): string {
  return join(PACKAGE_ROOT, 'definitions/_shared/decision-support');
}

function readFile<T extends { id: string }>(dir: string, id: string): T {
  const file = join(resolve(dir), `${id}.json`);
  let parsed: T;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read ${file}: ${(error as Error).message}`);
  }
  if (parsed?.id !== id) throw new Error(`${file} is not the "${id}" file (re-run npx tsx scripts/import-fmb.ts)`);
  return parsed;
}

// The files never change while running; parsing fmb.json once per process is enough.
const fmbCache = new Map<string, FmbLookup>();

export function loadFmbFile(dir = defaultDecisionSupportDir()): FmbFile {
  return readFile<FmbFile>(dir, 'fmb');
}

export function loadFmb(dir = defaultDecisionSupportDir()): FmbLookup {
  const key = resolve(dir);
  let fmb = fmbCache.get(key);
  if (!fmb) fmbCache.set(key, (fmb = createFmb(loadFmbFile(key))));
  return fmb;
}

export function loadDiagnosisGroups(dir = defaultDecisionSupportDir()): DiagnosisGroupFile {
  return readFile<DiagnosisGroupFile>(dir, 'diagnosgrupper');
}
