/**
 * Pure ICD-10-SE checks: code shape, chapter/block lookup, KSH97-P or full-list membership and the
 * range test behind the `icd10InRange` rule operator. No I/O; everything a check needs is indexed
 * once in createIcd10Checker because validation runs this for every diagnosis in every payload.
 */

import type {
  CodeSystems,
  Icd10Checker,
  Icd10CheckResult,
  Icd10FullList,
  Icd10RangeEntry,
  Icd10RangeRef,
} from './types.js';

// Letter, two digits, then up to four alphanumerics; the dot is only allowed after the category.
const WELL_FORMED = /^[A-Z]\d\d(?:\.?[A-Z0-9]{1,4})?$/;

/** Upper-cases, trims and removes the dot: `f32.1` → `F321`. Does not check the shape. */
export function normalizeIcd10Code(input: string): string {
  return input.trim().toUpperCase().replace('.', '');
}

/** `F32`, `F321`, `F32.1`, `S7200`, `F438A`; case and surrounding space are ignored. */
export function isWellFormedIcd10Code(code: string): boolean {
  return WELL_FORMED.test(code.trim().toUpperCase());
}

/** The normalized code, or undefined when the input is not a well-formed code. */
function normalizeChecked(input: string): string | undefined {
  const upper = input.trim().toUpperCase();
  return WELL_FORMED.test(upper) ? upper.replace('.', '') : undefined;
}

const CATEGORY_SLOTS = 26 * 100;

// Categories A00..Z99 map onto 0..2599, so a range lookup is one array read.
function categoryIndex(code: string): number {
  return (code.charCodeAt(0) - 65) * 100 + (code.charCodeAt(1) - 48) * 10 + (code.charCodeAt(2) - 48);
}

function indexRanges(entries: readonly Icd10RangeEntry[]): (Icd10RangeRef | undefined)[] {
  const slots = new Array<Icd10RangeRef | undefined>(CATEGORY_SLOTS).fill(undefined);
  for (const entry of entries) {
    const ref: Icd10RangeRef = Object.freeze({ range: entry.range, title: entry.title });
    const last = categoryIndex(entry.last);
    for (let i = categoryIndex(entry.first); i <= last; i++) slots[i] ??= ref;
  }
  return slots;
}

const MALFORMED: Icd10CheckResult = Object.freeze({ status: 'invalid', reason: 'malformed' });

// Webcert's KSH97P_CODE_REGEXP: a category, an optional dash, digit and P; F438A is the one extension.
const KSH97P_SHAPE = /^(?:[A-Z]\d\d-?\d?P?|F438A)$/;

/** A KSH97-P code as Webcert looks it up: dots and whitespace removed, upper case (`a00-` → `A00-`). */
export function normalizeKsh97pCode(input: string): string {
  return input.replace(/[.\s]/g, '').toUpperCase();
}

/**
 * With a full list (by default the built-in one, `systems.icd10se`) a code is valid exactly when
 * the list has it, as in Webcert. Without one (`full: null`, or code systems without the list)
 * the data cannot prove a well-formed code in a block wrong, so it is `unverified`.
 */
export function createIcd10Checker(systems: CodeSystems, full?: Icd10FullList | null): Icd10Checker {
  const blocks = indexRanges(systems.blocks.entries);
  const chapters = indexRanges(systems.chapters.entries);
  // Normalized KSH97-P codes: `A045`, the category of `A00-` and the code of a group (`A02`, `A481`).
  const kshTitles = new Map<string, string>();
  // The codes as KSH97-P writes them (`A00-`, `A02-P`, `A481P`), which is how Webcert sends them.
  const kshCodes = new Map<string, string>();
  for (const entry of systems.ksh97p.entries) {
    kshTitles.set(entry.normalized, entry.title);
    kshCodes.set(entry.code, entry.title);
  }
  // The built-in list is read on the first check, not when the runtime is created.
  let list: Icd10FullList | null | undefined = full;
  const fullList = (): Icd10FullList | null => (list === undefined ? (list = systems.icd10se ?? null) : list);

  function rangesOf(category: string): { block?: Icd10RangeRef; chapter?: Icd10RangeRef } {
    const slot = categoryIndex(category);
    return { ...(blocks[slot] ? { block: blocks[slot] } : {}), ...(chapters[slot] ? { chapter: chapters[slot] } : {}) };
  }

  function checkKsh97p(input: string): Icd10CheckResult {
    const code = normalizeKsh97pCode(input);
    if (!KSH97P_SHAPE.test(code)) return MALFORMED;
    const title = kshCodes.get(code);
    if (title === undefined) return { status: 'invalid', reason: 'not-in-ksh97p-list', ...rangesOf(code) };
    return { status: 'known', reason: 'in-ksh97p', ...rangesOf(code), title };
  }

  function check(input: string): Icd10CheckResult {
    const code = normalizeChecked(input);
    if (code === undefined) return MALFORMED;
    const slot = categoryIndex(code);
    const block = blocks[slot];
    const chapter = chapters[slot];
    if (block === undefined) {
      return chapter ? { status: 'invalid', reason: 'no-block', chapter } : { status: 'invalid', reason: 'no-block' };
    }
    const full = fullList();
    if (full) {
      if (!full.codes.has(code)) return { status: 'invalid', reason: 'not-in-full-list', block, chapter };
      const result: Icd10CheckResult = { status: 'known', reason: 'in-full-list', block, chapter };
      // The title only when someone reads it: looking it up decodes the whole list's titles.
      Object.defineProperty(result, 'title', { enumerable: true, configurable: true, get: () => full.codes.get(code) ?? kshTitles.get(code) });
      return result;
    }
    const title = kshTitles.get(code);
    if (title === undefined) return { status: 'unverified', reason: 'not-in-ksh97p', block, chapter };
    return { status: 'known', reason: 'in-ksh97p', block, chapter, title };
  }

  function lookup(slots: (Icd10RangeRef | undefined)[], input: string): Icd10RangeRef | undefined {
    const code = normalizeChecked(input);
    return code === undefined ? undefined : slots[categoryIndex(code)];
  }

  return {
    check,
    checkKsh97p,
    list: () => fullList() ?? undefined,
    chapterOf: (code) => lookup(chapters, code),
    blockOf: (code) => lookup(blocks, code),
  };
}

export interface Icd10Range {
  first: string;
  last: string;
}

/**
 * Parses `F00-F99`, a single code `F32`, or a comma-separated list of either
 * (`A00-E90,G00-L99`). Endpoints may have any precision (`F321-F329`). Null when malformed.
 */
export function parseIcd10Range(range: string): Icd10Range[] | null {
  const parts: Icd10Range[] = [];
  for (const part of range.split(',')) {
    const ends = part.split('-');
    if (ends.length > 2) return null;
    const first = normalizeChecked(ends[0]);
    const last = ends.length === 2 ? normalizeChecked(ends[1]) : first;
    if (first === undefined || last === undefined || first > last) return null;
    parts.push({ first, last });
  }
  return parts;
}

// Rule operators pass the same few range strings for every payload; parse each once.
const rangeCache = new Map<string, Icd10Range[]>();

/**
 * True when the code lies in the range, inclusive, with each endpoint compared at its own
 * precision: `F321` is in `F00-F99` and in `F32`, but `F32` is not in `F321-F329`. A malformed code
 * is in no range; a malformed range throws because it is a mistake in the definition.
 */
export function icd10InRange(code: string, range: string): boolean {
  let parts = rangeCache.get(range);
  if (parts === undefined) {
    const parsed = parseIcd10Range(range);
    if (parsed === null) throw new Error(`Malformed ICD-10 range ${JSON.stringify(range)}`);
    if (rangeCache.size >= 1000) rangeCache.clear();
    rangeCache.set(range, (parts = parsed));
  }
  const normalized = normalizeChecked(code);
  if (normalized === undefined) return false;
  for (const { first, last } of parts) {
    if (normalized.slice(0, first.length) >= first && normalized.slice(0, last.length) <= last) return true;
  }
  return false;
}
