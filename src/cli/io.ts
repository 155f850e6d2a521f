/** Reading payload files or stdin for the CLI, with the exit codes of DESIGN.md. */

import { readFileSync } from 'node:fs';
import { PAYLOAD_SCAN_LIMITS, scanJson } from '../util/json-scan.js';

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 3;

export class UsageError extends Error {}

/** Larger than any real certificate by far; refuses absurd inputs before parsing them. */
const MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

export function readJsonInput(source: string): unknown {
  let text: string;
  try {
    text = source === '-' ? readFileSync(0, 'utf8') : readFileSync(source, 'utf8');
  } catch (error) {
    throw new UsageError(`Kan inte läsa ${source === '-' ? 'standard in' : source}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
  if (Buffer.byteLength(text) > MAX_PAYLOAD_BYTES) throw new UsageError(`${source} är större än 10 MB; det är inget intyg.`);
  // As the service: shapes no certificate has are refused before parsing costs anything.
  const problem = scanJson(text, PAYLOAD_SCAN_LIMITS);
  if (problem === 'too-deep') throw new UsageError(`${source} är nästlad djupare än ${PAYLOAD_SCAN_LIMITS.depth} nivåer; det är inget intyg.`);
  if (problem === 'too-many-keys') throw new UsageError(`${source} har fler än ${PAYLOAD_SCAN_LIMITS.distinctKeys} olika nycklar; det är inget intyg.`);
  if (problem === 'too-many-values') throw new UsageError(`${source} har fler än ${PAYLOAD_SCAN_LIMITS.values} värden; det är inget intyg.`);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${source} är inte giltig JSON: ${(error as Error).message}.`);
  }
}
