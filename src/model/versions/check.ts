/**
 * Stage 4c: the versions of each type together. Each version is checked on its own first (stages
 * 1–4); here what only follows from several: the layout (one definition per version, the type's
 * own `definition.yaml` the newest) and each version's `migrate:` against its predecessor.
 */

import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { SourceFile } from '../../definition/source.js';
import { compareVersions } from '../catalog.js';
import type { CertificateModel } from '../types.js';
import { checkLayout } from './layout.js';
import { checkMigration } from './migration.js';

export interface VersionEntry {
  model: CertificateModel;
  source: SourceFile;
}

/** The checked models by type, oldest version first. */
function byType(entries: readonly VersionEntry[]): Map<string, VersionEntry[]> {
  const types = new Map<string, VersionEntry[]>();
  for (const entry of entries) types.set(entry.model.id, [...(types.get(entry.model.id) ?? []), entry]);
  for (const list of types.values()) list.sort((a, b) => compareVersions(a.model.version, b.model.version));
  return types;
}

export function checkVersions(entries: readonly VersionEntry[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const versions of byType(entries).values()) {
    diagnostics.push(...checkLayout(versions));
    versions.forEach((entry, index) => {
      if (entry.model.migrate) diagnostics.push(...checkMigration(entry, versions.slice(0, index)));
    });
  }
  return diagnostics;
}
