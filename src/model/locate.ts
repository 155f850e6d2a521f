/**
 * Stage 4b: the YAML position of every field, section and rule and of each of their conditions,
 * kept in the model so that what runs without the YAML (compiled models, the browser build) can
 * still say where a decision was written.
 */

import { locate, resolvePointer, type SourceFile } from '../definition/source.js';
import { conditionSites } from './conditions.js';
import type { CertificateModel, Pointer, SourceLocation } from './types.js';

export function locateModel(model: CertificateModel, source: SourceFile): Record<string, SourceLocation> {
  const at = (pointer: Pointer, key: boolean): SourceLocation => {
    const { line, col } = locate(source, pointer, { key });
    return { file: resolvePointer(source, pointer).source.file, line, col };
  };
  const locations: Record<string, SourceLocation> = {};
  for (const section of model.sections) locations[`section:${section.id}`] = at(section.pointer, false);
  for (const field of model.fields) locations[`field:${field.id}`] = at(field.pointer, false);
  for (const rule of model.rules) locations[`rule:${rule.id}`] = at(rule.pointer, false);
  for (const site of conditionSites(model)) locations[`${site.owner}.${site.key}`] = at(site.pointer, true);
  return locations;
}

/** The files a merged definition was read from: its own, then each included block once. */
export function sourceFiles(source: SourceFile): string[] {
  const files = [source.file];
  for (const redirect of source.redirects ?? []) if (!files.includes(redirect.source.file)) files.push(redirect.source.file);
  return files;
}
