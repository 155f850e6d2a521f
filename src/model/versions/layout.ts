/**
 * One definition per version, and the type's own `definition.yaml` is its newest version: that is
 * what new drafts are written in, and `versions/<version>/` holds the ones before it.
 */

import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { diagnosticAt } from '../../definition/source.js';
import { compareVersions } from '../catalog.js';
import type { VersionEntry } from './check.js';

const inVersionsFolder = (file: string) => /(^|\/)versions\/[^/]+\/definition\.yaml$/.test(file);

export function checkLayout(versions: readonly VersionEntry[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, string>();
  for (const { model, source } of versions) {
    const earlier = [...seen].find(([version]) => compareVersions(version, model.version) === 0);
    if (earlier) {
      diagnostics.push(diagnosticAt(source, ['version'], 'definition/duplicate-version', `${model.code} version ${model.version} finns redan i ${earlier[1]}. Varje version har en egen definition.`));
    }
    seen.set(model.version, model.file);
  }
  const current = versions.filter((entry) => !inVersionsFolder(entry.model.file));
  for (const { model, source } of current) {
    const newer = versions.filter((entry) => inVersionsFolder(entry.model.file) && compareVersions(entry.model.version, model.version) > 0);
    for (const entry of newer) {
      diagnostics.push(diagnosticAt(entry.source, ['version'], 'definition/version-order',
        `Version ${entry.model.version} är nyare än ${model.version} i ${model.file}. Typens egen definition.yaml är den aktuella (nyaste) versionen; versions/ har de tidigare.`));
    }
  }
  return diagnostics;
}
