/**
 * Stage 1b: shared blocks. A section entry `- include: dodsuppgifter` is replaced by the sections
 * of `definitions/_shared/blocks/dodsuppgifter.yaml`, whose rules are added to the definition's.
 * Dödsbevis and Dödsorsaksintyg ask the same questions about the death this way, written once.
 * Every moved node keeps pointing at the file and line it was written in.
 */

import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/did-you-mean.js';
import type { LoadedDefinition } from './load.js';
import { diagnosticAt, type Redirect, type SourceFile } from './source.js';

export interface LoadedBlock {
  name: string;
  loaded: LoadedDefinition;
  /** The block has errors of its own (reported with its file); definitions including it stop quietly. */
  failed?: boolean;
}

type Raw = Record<string, unknown>;

const isObject = (value: unknown): value is Raw => value !== null && typeof value === 'object' && !Array.isArray(value);

export function include(loaded: LoadedDefinition, blocks: ReadonlyMap<string, LoadedBlock>): { raw: unknown; source: SourceFile; diagnostics: Diagnostic[]; failedBlock?: boolean } {
  const { raw, source } = loaded;
  if (!isObject(raw) || !Array.isArray(raw.sections) || !raw.sections.some((entry) => isObject(entry) && 'include' in entry)) {
    return { raw, source, diagnostics: [] };
  }
  const diagnostics: Diagnostic[] = [];
  let failedBlock = false;
  const redirects: Redirect[] = [];
  const sections: unknown[] = [];
  const ownRules = Array.isArray(raw.rules) ? raw.rules : [];
  const rules: unknown[] = [...ownRules];
  raw.sections.forEach((entry, index) => {
    if (!isObject(entry) || !('include' in entry)) {
      redirects.push({ from: ['sections', sections.length], source, to: ['sections', index] });
      sections.push(entry);
      return;
    }
    const name = String(entry.include);
    const block = blocks.get(name);
    // The block's own diagnostics say what is wrong with it; "there is no block" would be false.
    if (block?.failed) {
      failedBlock = true;
      return;
    }
    if (!block || !isObject(block.loaded.raw)) {
      const known = [...blocks.keys()];
      diagnostics.push(diagnosticAt(source, ['sections', index, 'include'], 'definition/unknown-block', `Det finns inget block "${name}" i definitions/_shared/blocks/.${didYouMean(name, known)}${known.length ? ` Block: ${known.join(', ')}.` : ''}`));
      return;
    }
    const blockRaw = block.loaded.raw;
    (Array.isArray(blockRaw.sections) ? blockRaw.sections : []).forEach((section, blockIndex) => {
      redirects.push({ from: ['sections', sections.length], source: block.loaded.source, to: ['sections', blockIndex] });
      sections.push(section);
    });
    (Array.isArray(blockRaw.rules) ? blockRaw.rules : []).forEach((rule, blockIndex) => {
      redirects.push({ from: ['rules', rules.length], source: block.loaded.source, to: ['rules', blockIndex] });
      rules.push(rule);
    });
  });
  const merged: Raw = { ...raw, sections, ...(rules.length ? { rules } : {}) };
  return { raw: merged, source: { ...source, redirects }, diagnostics, ...(failedBlock ? { failedBlock } : {}) };
}
