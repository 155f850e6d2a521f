/**
 * A private copy of the project's definitions for a studio test: tests run in parallel and the
 * studio writes examples and watches files, so nobody edits the real definitions/.
 */

import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFINITIONS_DIR } from '../../src/project-paths.js';

export interface DefinitionsCopy {
  /** `<tmp>/definitions`, so paths read `definitions/fk7804/definition.yaml` as in the project. */
  dir: string;
  remove(): void;
}

export function copyDefinitions(): DefinitionsCopy {
  const root = mkdtempSync(join(tmpdir(), 'intyg-studio-'));
  const dir = join(root, 'definitions');
  // The decision-support data is large and the studio never reads it.
  cpSync(DEFINITIONS_DIR, dir, { recursive: true, filter: (source) => !source.includes('decision-support') });
  return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Resolves when `predicate` holds, polling; rejects after `ms`. */
export async function until<T>(probe: () => T | undefined | false, ms = 5_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
