/**
 * The compact text form of the full ICD-10-SE code list (`icd10se-codes.txt`): pure encode and
 * decode, shared by the importer and the loader so the file and its reader cannot drift.
 *
 * The list is 35,684 codes whose titles repeat heavily (the external-cause codes V01–Y98 spell
 * out place and activity in every title), so each title is written as the number of leading
 * characters it shares with the previous line's title plus the rest, and a rest that occurs
 * often is written once in a dictionary line and referred to as `@n`. That keeps the file a
 * plain, diffable text file at about a quarter of the source's size.
 *
 *   # comment                        lines starting with # are comments
 *   @0<TAB>lek och annan fritidsverksamhet
 *   A00<TAB><TAB><TAB>Kolera         code, marker (†, * or empty), shared prefix length (empty = 0), rest
 *   A000<TAB><TAB>6<TAB> orsakad av …
 *   W0001<TAB><TAB>68<TAB>@0
 */

import type { Icd10FullList } from './types.js';

/** One code of the list: normalized code (`F321`), the dagger/asterisk marker, the Swedish title. */
export interface Icd10CodeEntry {
  code: string;
  marker: '' | '†' | '*';
  title: string;
}

/** A rest that occurs at least this often (and is this long) goes to the dictionary. */
const DICTIONARY_MIN_COUNT = 8;
const DICTIONARY_MIN_LENGTH = 6;
/** Shorter shared prefixes are written out: the number would cost more than it saves. */
const MIN_SHARED = 4;

const CODE = /^[A-Z]\d\d[A-Z0-9]{0,4}$/;

function sharedPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let n = 0;
  while (n < max && a.charCodeAt(n) === b.charCodeAt(n)) n += 1;
  return n < MIN_SHARED ? 0 : n;
}

/**
 * Writes entries (already sorted by code, titles trimmed) in the compact form after the given
 * header comment lines. Deterministic: the same entries always give the same text.
 */
export function encodeIcd10Codes(entries: readonly Icd10CodeEntry[], header: readonly string[]): string {
  const rests: string[] = [];
  const shared: number[] = [];
  let previous = '';
  for (const entry of entries) {
    const n = sharedPrefix(previous, entry.title);
    shared.push(n);
    rests.push(entry.title.slice(n));
    previous = entry.title;
  }
  const counts = new Map<string, number>();
  for (const rest of rests) counts.set(rest, (counts.get(rest) ?? 0) + 1);
  // Most frequent first, ties by text, so the numbering never depends on Map order.
  const dictionary = [...counts]
    .filter(([rest, count]) => count >= DICTIONARY_MIN_COUNT && rest.length >= DICTIONARY_MIN_LENGTH)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([rest]) => rest);
  const index = new Map(dictionary.map((rest, i) => [rest, i]));
  const lines = header.map((line) => `# ${line}`.trimEnd());
  dictionary.forEach((rest, i) => lines.push(`@${i}\t${rest}`));
  entries.forEach((entry, i) => {
    const ref = index.get(rests[i]);
    lines.push(`${entry.code}\t${entry.marker}\t${shared[i] || ''}\t${ref === undefined ? rests[i] : `@${ref}`}`);
  });
  return `${lines.join('\n')}\n`;
}

/** Reads the compact form back; throws with the line number on anything it did not write. */
export function decodeIcd10Codes(text: string, name = 'icd10se-codes.txt'): Icd10CodeEntry[] {
  const dictionary: string[] = [];
  const entries: Icd10CodeEntry[] = [];
  let previous = '';
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (line === '' || line.startsWith('#')) continue;
    const fail = (what: string) => new Error(`${name}:${i + 1}: ${what}: ${JSON.stringify(line.slice(0, 80))}`);
    if (line.startsWith('@')) {
      const tab = line.indexOf('\t');
      if (tab < 0 || line.slice(1, tab) !== String(dictionary.length)) throw fail('expected dictionary line @<next number><TAB>text');
      dictionary.push(line.slice(tab + 1));
      continue;
    }
    const parts = line.split('\t');
    if (parts.length !== 4) throw fail('expected code, marker, shared length and rest separated by tabs');
    const [code, marker, sharedText, rest] = parts;
    if (!CODE.test(code)) throw fail('not an ICD-10-SE code');
    if (marker !== '' && marker !== '†' && marker !== '*') throw fail('marker must be †, * or empty');
    const shared = sharedText === '' ? 0 : Number(sharedText);
    if (!Number.isInteger(shared) || shared < 0 || shared > previous.length) throw fail('shared length outside the previous title');
    let tail = rest;
    if (rest.startsWith('@')) {
      const ref = dictionary[Number(rest.slice(1))];
      if (ref === undefined) throw fail('unknown dictionary reference');
      tail = ref;
    }
    const title = previous.slice(0, shared) + tail;
    entries.push({ code, marker, title });
    previous = title;
  }
  return entries;
}

export const BUILT_IN_ICD10_LABEL = 'ICD-10-SE-listan från 2022';

/**
 * The built-in list as the runtime uses it, from the text of `icd10se-codes.txt`. Pure, so a web
 * page can fetch the file and hand the list to `createRuntime` as `codeSystems.icd10se`.
 */
export function icd10ListFromText(text: string, name = 'icd10se-codes.txt'): Icd10FullList {
  return { source: 'icd10se-codes.txt', codes: new Icd10Codes(text, name), label: BUILT_IN_ICD10_LABEL };
}

/**
 * The codes at once, their titles on first use. Checking a diagnosis needs only whether its code
 * exists; decoding all 35,684 titles (prefix sharing, dictionary references) cost ~55 ms of a
 * 250 ms `intyg validate`, so that waits until a title is asked for (a typeahead, a printout).
 */
class Icd10Codes extends Map<string, string | undefined> {
  private decoded = false;

  constructor(private readonly text: string, private readonly name: string) {
    super();
    let start = 0;
    let lineNo = 0;
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      lineNo += 1;
      const first = text.charCodeAt(start);
      if (end > start && first !== 35 /* # */ && first !== 64 /* @ */) {
        const tab = text.indexOf('\t', start);
        const code = text.slice(start, tab < 0 || tab > end ? end : tab);
        if (!CODE.test(code)) throw new Error(`${name}:${lineNo}: not an ICD-10-SE code: ${JSON.stringify(text.slice(start, Math.min(end, start + 80)))}`);
        super.set(code, undefined);
      }
      start = end + 1;
    }
  }

  private decode(): void {
    if (this.decoded) return;
    this.decoded = true;
    for (const entry of decodeIcd10Codes(this.text, this.name)) super.set(entry.code, entry.title);
  }

  override get(code: string): string | undefined {
    if (!super.has(code)) return undefined;
    this.decode();
    return super.get(code);
  }

  override entries(): MapIterator<[string, string | undefined]> {
    this.decode();
    return super.entries();
  }

  override values(): MapIterator<string | undefined> {
    this.decode();
    return super.values();
  }

  override forEach(callback: (value: string | undefined, key: string, map: Map<string, string | undefined>) => void, thisArg?: unknown): void {
    this.decode();
    super.forEach(callback, thisArg);
  }

  override [Symbol.iterator](): MapIterator<[string, string | undefined]> {
    return this.entries();
  }
}
