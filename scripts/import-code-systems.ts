/**
 * Owns the import of the reference data (`../shared/data`, from Inera's sklintyg/webcert) into
 * `definitions/_shared/codesystems/*.json`. Output is deterministic (sorted, no timestamps, no
 * absolute paths) so a re-run is a no-op in git and the tests can compare byte for byte.
 *
 *   npx tsx scripts/import-code-systems.ts [--data <dir>] [--out <dir>]
 */

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { PACKAGE_ROOT } from '../src/util/package-root.js';
import type {
  CodeSystemFile,
  CodeSystems,
  Icd10RangeEntry,
  Ksh97pEntry,
  Municipality,
} from '../src/codesystems/types.js';
import { encodeIcd10Codes, type Icd10CodeEntry } from '../src/codesystems/icd10-codes.js';


export const REPO_ROOT = PACKAGE_ROOT;
export const DEFAULT_DATA_DIR = resolve(REPO_ROOT, '../shared/data');
export const DEFAULT_OUT_DIR = join(REPO_ROOT, 'definitions/_shared/codesystems');

const ORIGIN = "from Inera's sklintyg/webcert on GitHub, GPL-3.0";

/**
 * Known defects in KSH97P_KOD.ANS.txt, fixed by exact match so that a changed source fails the
 * import instead of being silently patched.
 */
const KSH_TITLE_FIXES: Record<string, { from: string; to: string }> = {
  // Stray closing parenthesis with no opening one; the search-term file has no such text.
  I809P: {
    from: 'Flebit och tromboflebit med icke specificerad lokalisation  )',
    to: 'Flebit och tromboflebit med icke specificerad lokalisation',
  },
};

/** KSH97-P groups whose pseudo-category lies in no ICD-10-SE block (Q50-Q56 ends before Q57). */
const KSH_OUTSIDE_BLOCKS = new Set(['Q57-P']);

// The source files lack a final newline on some files, so never count lines with `wc -l`.
function readLines(file: string): { line: string; no: number }[] {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/).map((line, i) => ({ line, no: i + 1 }));
  return lines.filter((l) => l.line.trim() !== '');
}

function fail(file: string, no: number, message: string): never {
  throw new Error(`${file}:${no}: ${message}`);
}

const byKey = <T>(key: (t: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

function parseRanges(dataDir: string, name: string, pattern: RegExp): Icd10RangeEntry[] {
  const entries = readLines(join(dataDir, name)).map(({ line, no }) => {
    const m = pattern.exec(line);
    if (!m) fail(name, no, `expected "A00-B99" followed by a title, got ${JSON.stringify(line)}`);
    const [, first, last, title] = m;
    if (first > last) fail(name, no, `range ${first}-${last} runs backwards`);
    return { range: `${first}-${last}`, first, last, title: title.trim().replace(/\s+/g, ' ') };
  });
  entries.sort(byKey((e) => e.first));
  for (let i = 1; i < entries.length; i++) {
    if (entries[i].first <= entries[i - 1].last) {
      throw new Error(`${name}: ${entries[i - 1].range} overlaps ${entries[i].range}`);
    }
  }
  return entries;
}

const KSH_CODE = /^([A-Z]\d\d)(?:-(P?)|(\d)([A-Z]?))$/;

function parseKsh97p(dataDir: string): Ksh97pEntry[] {
  const name = 'icd10se/KSH97P_KOD.ANS.txt';
  const seen = new Set<string>();
  const entries = readLines(join(dataDir, name)).map(({ line, no }): Ksh97pEntry => {
    const code = line.slice(0, 6).trim();
    const m = KSH_CODE.exec(code);
    if (!m || line[6] !== ' ') fail(name, no, `expected a code in columns 1-6, got ${JSON.stringify(line)}`);
    const [, category, groupMark, fourth, fifth] = m;
    let raw = line.slice(7);
    const fix = KSH_TITLE_FIXES[code];
    if (fix) {
      if (raw.trim() !== fix.from) fail(name, no, `expected known defect ${JSON.stringify(fix.from)} for ${code}`);
      raw = fix.to;
    }
    const title = raw.trim().replace(/\s+/g, ' ');
    if (title === '') fail(name, no, `${code} has no title`);
    let entry: Ksh97pEntry;
    if (fourth === undefined) {
      const kind = groupMark === 'P' ? 'group' : 'category';
      entry = { code, kind, category, normalized: category, title };
    } else if (fifth === 'P') {
      entry = { code, kind: 'group', category, normalized: category + fourth, title };
    } else {
      // A fifth letter other than P is a national extension, e.g. F438A Utmattningssyndrom.
      entry = { code, kind: 'code', category, normalized: category + fourth + fifth, title };
    }
    if (seen.has(entry.normalized)) fail(name, no, `duplicate code ${entry.normalized}`);
    seen.add(entry.normalized);
    return entry;
  });
  return entries.sort(byKey((e) => e.normalized));
}

function parseMunicipalities(dataDir: string): Municipality[] {
  const name = 'postnummer/postnummer.csv';
  const byCode = new Map<string, Municipality>();
  for (const { line, no } of readLines(join(dataDir, name))) {
    const cols = line.split(';').map((c) => c.trim());
    if (cols.length !== 6) fail(name, no, `expected 6 fields, got ${cols.length}`);
    const [postnr, , countyCode, county, code, kommun] = cols;
    if (!/^\d{5}$/.test(postnr) || !/^\d{2}$/.test(countyCode) || !/^\d{4}$/.test(code)) {
      fail(name, no, `malformed postnr, länskod or kommunkod in ${JSON.stringify(line)}`);
    }
    if (!code.startsWith(countyCode)) fail(name, no, `kommunkod ${code} is not in län ${countyCode}`);
    const municipality = { code, name: kommun, county, countyCode };
    const earlier = byCode.get(code);
    // A postal code may span municipalities; a kommunkod must always mean the same municipality.
    if (earlier && JSON.stringify(earlier) !== JSON.stringify(municipality)) {
      fail(name, no, `kommunkod ${code} is ${kommun}/${county} here but ${earlier.name}/${earlier.county} earlier`);
    }
    byCode.set(code, municipality);
  }
  return [...byCode.values()].sort(byKey((m) => m.code));
}

const ICD10_FILES = ['icd10se/digit3.txt', 'icd10se/digit4.txt', 'icd10se/digit5.txt'];
const ICD10_CODE = /^[A-Z]\d\d[A-Z0-9]{0,4}$/;
/** The Webcert commit the three files were taken from (see the reference data README). */
const ICD10_COMMIT = '800c92ed66e3544d6dc6c8f6debc4dc710894989';

/**
 * digit3/4/5.txt: `code<TAB>marker<TAB>title`, merged into one list as Webcert loads them. A code
 * in two files, an unknown marker or a title the compact form cannot hold fails the import.
 */
export function parseIcd10Codes(dataDir: string): Icd10CodeEntry[] {
  const byCode = new Map<string, Icd10CodeEntry>();
  for (const name of ICD10_FILES) {
    for (const { line, no } of readLines(join(dataDir, name))) {
      const parts = line.split('\t');
      if (parts.length !== 3) fail(name, no, `expected code, marker and title separated by tabs, got ${JSON.stringify(line)}`);
      const [code, marker, raw] = parts;
      if (!ICD10_CODE.test(code)) fail(name, no, `not an ICD-10-SE code: ${JSON.stringify(code)}`);
      if (marker !== '' && marker !== '†' && marker !== '*') fail(name, no, `unknown marker ${JSON.stringify(marker)}`);
      // Two titles (U080, E250C) end in a space in the source; titles are trimmed as for KSH97-P.
      const title = raw.trim();
      if (title === '' || title.startsWith('@')) fail(name, no, `${code} has no usable title`);
      if (byCode.has(code)) fail(name, no, `${code} is also in an earlier file`);
      byCode.set(code, { code, marker: marker as Icd10CodeEntry['marker'], title });
    }
  }
  return [...byCode.values()].sort(byKey((e) => e.code));
}

export const ICD10_CODES_FILE = 'icd10se-codes.txt';

export function renderIcd10Codes(entries: readonly Icd10CodeEntry[]): string {
  return encodeIcd10Codes(entries, [
    `ICD-10-SE, fullständig kodlista: ${entries.length} koder (3, 4 och 5 positioner), så som Webcert kontrollerade dem 2022.`,
    `Källa: ${ICD10_FILES.join(', ')} i referensdatan, ${ORIGIN} (commit ${ICD10_COMMIT.slice(0, 7)}).`,
    'Innehållet ändrades senast i sklintyg/refdata 2022-01-10; koder som lagts till i ICD-10-SE senare saknas.',
    'Skrivs av scripts/import-code-systems.ts; ändra inte för hand. Format: se src/codesystems/icd10-codes.ts.',
    'Rad: kod, markering (†, * eller tom), antal tecken gemensamma med föregående rads titel, resten (@n = ordlisterad n).',
  ]);
}

function checkKshInBlocks(ksh: Ksh97pEntry[], blocks: Icd10RangeEntry[]): void {
  const outside = ksh
    .filter((e) => !blocks.some((b) => b.first <= e.category && e.category <= b.last))
    .map((e) => e.code);
  const expected = [...KSH_OUTSIDE_BLOCKS].sort();
  if (JSON.stringify(outside) !== JSON.stringify(expected)) {
    throw new Error(`KSH97-P codes outside every block: ${outside.join(', ')} (expected ${expected.join(', ')})`);
  }
}

function file<E>(id: string, title: string, sourceFile: string, entries: E[]): CodeSystemFile<E> {
  return { id, title, source: `${sourceFile} in the reference data, ${ORIGIN}`, entries };
}

/** Parses and cross-checks every source file; throws with `file:line` on anything unexpected. */
export function buildCodeSystems(dataDir: string = DEFAULT_DATA_DIR): CodeSystems {
  const chapters = parseRanges(dataDir, 'icd10se/diagnoskapitel.txt', /^([A-Z]\d\d)-([A-Z]\d\d)(\S.*)$/);
  const blocks = parseRanges(dataDir, 'icd10se/block.txt', /^([A-Z]\d\d)-([A-Z]\d\d)\t+(\S.*)$/);
  for (const b of blocks) {
    if (!chapters.some((c) => c.first <= b.first && b.last <= c.last)) {
      throw new Error(`block ${b.range} is not inside one chapter`);
    }
  }
  const ksh97p = parseKsh97p(dataDir);
  checkKshInBlocks(ksh97p, blocks);
  return {
    chapters: file('icd10se-chapters', 'ICD-10-SE, kapitel', 'icd10se/diagnoskapitel.txt', chapters),
    blocks: file('icd10se-blocks', 'ICD-10-SE, avsnitt', 'icd10se/block.txt', blocks),
    ksh97p: file('ksh97p', 'KSH97-P, primärvårdsversionen av ICD-10-SE', 'icd10se/KSH97P_KOD.ANS.txt', ksh97p),
    kommuner: file('kommuner', 'Sveriges kommuner', 'postnummer/postnummer.csv', parseMunicipalities(dataDir)),
  };
}

/** File name → exact file contents; with `icd10Codes`, the compact full ICD-10-SE list too. */
export function renderCodeSystems(systems: CodeSystems, icd10Codes?: readonly Icd10CodeEntry[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const system of [systems.chapters, systems.blocks, systems.ksh97p, systems.kommuner]) {
    out.set(`${system.id}.json`, `${JSON.stringify(system, null, 2)}\n`);
  }
  if (icd10Codes) out.set(ICD10_CODES_FILE, renderIcd10Codes(icd10Codes));
  return out;
}

export function importCodeSystems(dataDir = DEFAULT_DATA_DIR, outDir = DEFAULT_OUT_DIR): { systems: CodeSystems; icd10Codes: Icd10CodeEntry[] } {
  const systems = buildCodeSystems(dataDir);
  const icd10Codes = parseIcd10Codes(dataDir);
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of renderCodeSystems(systems, icd10Codes)) writeFileSync(join(outDir, name), text);
  return { systems, icd10Codes };
}

function main(): void {
  const { values } = parseArgs({ options: { data: { type: 'string' }, out: { type: 'string' } } });
  const dataDir = values.data ? resolve(values.data) : DEFAULT_DATA_DIR;
  const outDir = values.out ? resolve(values.out) : DEFAULT_OUT_DIR;
  const { systems: s, icd10Codes } = importCodeSystems(dataDir, outDir);
  console.log(
    `${s.chapters.entries.length} chapters, ${s.blocks.entries.length} blocks, ` +
      `${icd10Codes.length} ICD-10-SE codes, ` +
      `${s.ksh97p.entries.length} KSH97-P codes, ${s.kommuner.entries.length} municipalities ` +
      `→ ${relative(process.cwd(), outDir) || '.'}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    main();
  } catch (error) {
    console.error(`import-code-systems: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
