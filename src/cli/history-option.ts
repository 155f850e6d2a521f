/**
 * `--history <file.ndjson>`: the patient's certificates and consents, one per line, that a
 * registration's rules are checked against (sick leave on the contact date, valid consent for the
 * actor). Loaded only when the option is given.
 */

import { readFileSync } from 'node:fs';
import { historyOf, parseDocumentLines } from '../examples.js';
import type { History } from '../documents/history-types.js';
import type { Runtime } from '../runtime/runtime.js';
import { UsageError } from './io.js';
import { say } from './lang.js';

export function readHistoryOption(file: string, runtime: Runtime, today: string | undefined): History {
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new UsageError(say(`Kan inte läsa ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`, `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`));
  }
  try {
    return historyOf(runtime, parseDocumentLines(text, file), today);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
