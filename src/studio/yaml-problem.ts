/**
 * A shared file the project reader could not parse (recipients.yaml), as the located Swedish
 * diagnostic the definition loader gives, instead of the exception the reader throws.
 */

import { readFileSync } from 'node:fs';
import { load } from '../definition/load.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

export function yamlProblem(path: string, file: string, error: unknown): Diagnostic {
  let text: string | undefined;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    text = undefined;
  }
  const located = text === undefined ? undefined : load(file, text).diagnostics[0];
  return located ?? { file, line: 1, col: 1, code: 'yaml/syntax', severity: 'error', message: `Filen kan inte läsas: ${String((error as Error)?.message ?? error).split('\n')[0]}` };
}
