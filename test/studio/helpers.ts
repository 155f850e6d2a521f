/**
 * A private copy of the project's definitions for a studio test: tests run in parallel and the
 * studio writes examples and watches files, so nobody edits the real definitions/.
 */

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFINITIONS_DIR } from '../../src/project-paths.js';
import type { TypeState } from '../../src/studio/protocol.js';
import { Workspace } from '../../src/studio/workspace.js';

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

/** A workspace over a fresh copy of the definitions, following its folder, each type event pushed to `events`. */
export function watchedWorkspace(events: TypeState[]): { copy: DefinitionsCopy; workspace: Workspace } {
  const copy = copyDefinitions();
  const workspace = new Workspace(copy.dir);
  workspace.on('type', (state) => events.push(state));
  workspace.watch();
  return { copy, workspace };
}

/** Rewrites a file as an editor would save it. */
export function edit(path: string, change: (text: string) => string): void {
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}
