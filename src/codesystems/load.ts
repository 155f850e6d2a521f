/**
 * The only I/O of the code-system module: reads the imported JSON files from
 * `definitions/_shared/codesystems/` and a user-supplied full ICD-10-SE list. Everything else in
 * `src/codesystems/` is pure so it can run in the validation hot path.
 */

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CodeSystemFile, CodeSystems, Icd10FullList } from './types.js';
import { icd10ListFromText } from './icd10-codes.js';
import { PACKAGE_ROOT } from '../util/package-root.js';


export function defaultCodeSystemsDir(): string {
  return join(PACKAGE_ROOT, 'definitions/_shared/codesystems');
}

function readSystem<E>(dir: string, id: string): CodeSystemFile<E> {
  const file = join(dir, `${id}.json`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read code system ${file}: ${(error as Error).message}`);
  }
  const system = parsed as Partial<CodeSystemFile<E>> | null;
  if (!system || system.id !== id || !Array.isArray(system.entries)) {
    throw new Error(`${file} is not the "${id}" code system (re-run npm run import-code-systems)`);
  }
  return system as CodeSystemFile<E>;
}

// Keyed by resolved directory: the files are a few hundred KB and never change while running.
const cache = new Map<string, CodeSystems>();

export { BUILT_IN_ICD10_LABEL } from './icd10-codes.js';

/** The built-in full ICD-10-SE list, `icd10se-codes.txt` (about 0.9 MB, 35,684 codes). */
export function readBuiltInIcd10List(dir: string = defaultCodeSystemsDir()): Icd10FullList {
  const file = join(dir, 'icd10se-codes.txt');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read the ICD-10-SE list ${file}: ${(error as Error).message} (re-run npm run import-code-systems)`);
  }
  return icd10ListFromText(text, file);
}

/**
 * Reads the imported code systems; cached per directory. The full ICD-10-SE list is read on first
 * access of `icd10se`, so commands that never check a diagnosis do not pay for it.
 */
export function loadCodeSystems(dir?: string): CodeSystems {
  const key = resolve(dir ?? defaultCodeSystemsDir());
  let systems = cache.get(key);
  if (!systems) {
    const loaded: CodeSystems = {
      chapters: readSystem(key, 'icd10se-chapters'),
      blocks: readSystem(key, 'icd10se-blocks'),
      ksh97p: readSystem(key, 'ksh97p'),
      kommuner: readSystem(key, 'kommuner'),
    };
    let full: Icd10FullList | undefined;
    Object.defineProperty(loaded, 'icd10se', { enumerable: false, get: () => (full ??= readBuiltInIcd10List(key)) });
    cache.set(key, (systems = loaded));
  }
  return systems;
}

// A code (dot optional), then optionally whitespace or `;` and a title.
const FULL_LIST_LINE = /^([A-Za-z]\d\d(?:\.?[A-Za-z0-9]{1,4})?)(?:[\s;]+(.*))?$/;

/**
 * Reads a complete ICD-10-SE list: one code per line (`F32.1`, `F321`), optionally followed by
 * whitespace, a tab or `;` and a title. Blank lines and `#` comments are skipped. A malformed line
 * throws with file and line number, because silently dropping codes would turn them invalid.
 */
export function loadFullIcd10List(file: string): Icd10FullList {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read ICD-10-SE list ${file}: ${(error as Error).message}`);
  }
  const codes = new Map<string, string | undefined>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const match = FULL_LIST_LINE.exec(line);
    if (!match) {
      throw new Error(`${file}:${index + 1}: not an ICD-10-SE code line: ${JSON.stringify(raw)}`);
    }
    const code = match[1].replace('.', '').toUpperCase();
    const title = match[2]?.trim() || undefined;
    // Keep the first title when a list repeats a code (some exports list a code per synonym).
    if (!codes.has(code)) codes.set(code, title);
  });
  if (codes.size === 0) throw new Error(`${file}: contains no ICD-10-SE codes`);
  return { source: file, codes, label: 'den angivna ICD-10-SE-listan' };
}
