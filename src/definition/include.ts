/**
 * Stage 1b: blocks. A section entry `- include: dodsuppgifter` is replaced by the sections of
 * `definitions/_shared/blocks/dodsuppgifter.yaml`, whose rules are added to the definition's.
 * Dödsbevis and Dödsorsaksintyg ask the same questions about the death this way, written once.
 * Anywhere else, `{ include: <block> }` stands for a block file that is a list or a text: the versions of a type share their send dialog this way (`lifecycle.sendNotices`).
 * A type's own blocks (`definitions/<type>/blocks/`) are found before the shared ones.
 * Every moved node keeps pointing at the file and line it was written in.
 */

import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/did-you-mean.js';
import type { PathSegment } from '../util/path.js';
import type { LoadedDefinition } from './load.js';
import { diagnosticAt, type Redirect, type SourceFile } from './source.js';

export interface LoadedBlock {
  name: string;
  loaded: LoadedDefinition;
  /** The block has errors of its own (reported with its file); definitions including it stop quietly. */
  failed?: boolean;
}

/** Whether a block that was named had errors of its own, so the definition stops without a false "no such block". */
interface Failure {
  failedBlock: boolean;
}

type Raw = Record<string, unknown>;

const isObject = (value: unknown): value is Raw => value !== null && typeof value === 'object' && !Array.isArray(value);
const isInclude = (value: unknown): value is { include: unknown } => isObject(value) && Object.keys(value).length === 1 && 'include' in value;
/**
 * A block file that is a mapping holds sections (and rules) and is included in a `sections` list;
 * one that is a list or a text is a part, included as a value.
 */
const isSectionBlock = (raw: unknown) => isObject(raw);

function unknownBlock(source: SourceFile, pointer: PathSegment[], name: string, blocks: ReadonlyMap<string, LoadedBlock>): Diagnostic {
  const known = [...blocks.keys()];
  return diagnosticAt(source, pointer, 'definition/unknown-block', `Det finns inget block "${name}" i definitions/_shared/blocks/ eller typens blocks/.${didYouMean(name, known)}${known.length ? ` Block: ${known.join(', ')}.` : ''}`);
}

/** `- include:` in the sections list: the block's sections in place, its rules after the definition's. */
function includeSections(raw: Raw, source: SourceFile, blocks: ReadonlyMap<string, LoadedBlock>, redirects: Redirect[], diagnostics: Diagnostic[], failure: Failure): Raw {
  if (!Array.isArray(raw.sections) || !raw.sections.some(isInclude)) return raw;
  const sections: unknown[] = [];
  const rules: unknown[] = [...(Array.isArray(raw.rules) ? raw.rules : [])];
  raw.sections.forEach((entry, index) => {
    if (!isInclude(entry)) {
      redirects.push({ from: ['sections', sections.length], source, to: ['sections', index] });
      sections.push(entry);
      return;
    }
    const name = String(entry.include);
    const block = blocks.get(name);
    // The block's own diagnostics say what is wrong with it; "there is no block" would be false.
    if (block?.failed) {
      failure.failedBlock = true;
      return;
    }
    if (!block || !isSectionBlock(block.loaded.raw)) {
      diagnostics.push(block
        ? diagnosticAt(source, ['sections', index, 'include'], 'definition/block-kind', `Blocket "${name}" är en lista eller en text, inga avsnitt (sections:); ta med det som ett värde: { include: ${name} }.`)
        : unknownBlock(source, ['sections', index, 'include'], name, blocks));
      return;
    }
    const blockRaw = block.loaded.raw as Raw;
    (Array.isArray(blockRaw.sections) ? blockRaw.sections : []).forEach((section, blockIndex) => {
      redirects.push({ from: ['sections', sections.length], source: block.loaded.source, to: ['sections', blockIndex] });
      sections.push(section);
    });
    (Array.isArray(blockRaw.rules) ? blockRaw.rules : []).forEach((rule, blockIndex) => {
      redirects.push({ from: ['rules', rules.length], source: block.loaded.source, to: ['rules', blockIndex] });
      rules.push(rule);
    });
  });
  return { ...raw, sections, ...(rules.length ? { rules } : {}) };
}

/** `{ include: <block> }` as any other value: replaced by the block file's contents. */
function includeParts(value: unknown, pointer: PathSegment[], blocks: ReadonlyMap<string, LoadedBlock>, source: SourceFile, redirects: Redirect[], diagnostics: Diagnostic[], failure: Failure): unknown {
  if (isInclude(value)) {
    const name = String(value.include);
    const block = blocks.get(name);
    if (block?.failed) {
      failure.failedBlock = true;
      return value;
    }
    if (!block) {
      diagnostics.push(unknownBlock(source, [...pointer, 'include'], name, blocks));
      return value;
    }
    if (isSectionBlock(block.loaded.raw)) {
      diagnostics.push(diagnosticAt(source, [...pointer, 'include'], 'definition/block-kind', `Blocket "${name}" har avsnitt (sections:); ta med det bland avsnitten: - include: ${name}.`));
      return value;
    }
    redirects.push({ from: pointer, source: block.loaded.source, to: [] });
    return structuredClone(block.loaded.raw);
  }
  if (Array.isArray(value)) return value.map((item, index) => includeParts(item, [...pointer, index], blocks, source, redirects, diagnostics, failure));
  if (isObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, includeParts(inner, [...pointer, key], blocks, source, redirects, diagnostics, failure)]));
  }
  return value;
}

/** Is there an `{ include }` below the top of `value`? */
function containsInclude(value: unknown): boolean {
  if (Array.isArray(value)) return value.some((item) => isInclude(item) || containsInclude(item));
  return isObject(value) && Object.values(value).some((inner) => isInclude(inner) || containsInclude(inner));
}

export function include(loaded: LoadedDefinition, blocks: ReadonlyMap<string, LoadedBlock>): { raw: unknown; source: SourceFile; diagnostics: Diagnostic[]; failedBlock?: boolean } {
  const { raw, source } = loaded;
  if (!isObject(raw) || !containsInclude(raw)) return { raw, source, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const redirects: Redirect[] = [];
  const failure: Failure = { failedBlock: false };
  const merged = includeSections(raw, source, blocks, redirects, diagnostics, failure);
  // Parts are found in the merged definition. A part's pointer is longer than its section's, and
  // listed first, so `resolvePointer` follows the part into its block file.
  const parts: Redirect[] = [];
  const withParts = Object.fromEntries(Object.entries(merged).map(([key, value]) => [key, includeParts(value, [key], blocks, source, parts, diagnostics, failure)]));
  const all = [...parts, ...redirects];
  return { raw: withParts, source: { ...source, ...(all.length ? { redirects: all } : {}) }, diagnostics, ...(failure.failedBlock ? { failedBlock: true } : {}) };
}
