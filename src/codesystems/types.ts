/**
 * Shapes of the code systems in `definitions/_shared/codesystems/` (written by
 * `scripts/import-code-systems.ts`) and of the ICD-10-SE checker built on them. Shared by the
 * importer, the loader and the pure checking code so the JSON files and their readers cannot drift.
 */

/** One file in `definitions/_shared/codesystems/`. */
export interface CodeSystemFile<Entry> {
  id: string;
  /** Swedish name of the code system. */
  title: string;
  /** Where the entries come from (file in the reference data, origin and license). */
  source: string;
  entries: Entry[];
}

/** An ICD-10-SE chapter or block: an inclusive range of categories (letter + two digits). */
export interface Icd10RangeEntry {
  /** `A00-B99`; a single-category block is still written `C50-C50`, as in the source. */
  range: string;
  first: string;
  last: string;
  title: string;
}

/**
 * `code` is a plain code (`A045`, `F438A`), `category` a whole category (`A00-`) and `group` a
 * primary-care group that KSH97-P adds on top of ICD-10-SE (`A02-P`, `A481P`).
 */
export type Ksh97pKind = 'code' | 'category' | 'group';

export interface Ksh97pEntry {
  /** As written in the source, trimmed: `A045`, `A00-`, `A02-P`, `A481P`. */
  code: string;
  kind: Ksh97pKind;
  /** The first three characters: `A04`. */
  category: string;
  /** The code without a trailing `-`, `-P` or `P`: `A045`, `A00`, `A02`, `A481`. */
  normalized: string;
  title: string;
}

export interface Municipality {
  /** Four-digit kommunkod, `0180`. */
  code: string;
  /** Upper case as in the source, `STOCKHOLM`. */
  name: string;
  county: string;
  /** Two-digit länskod, `01`. */
  countyCode: string;
}

export interface CodeSystems {
  chapters: CodeSystemFile<Icd10RangeEntry>;
  blocks: CodeSystemFile<Icd10RangeEntry>;
  ksh97p: CodeSystemFile<Ksh97pEntry>;
  kommuner: CodeSystemFile<Municipality>;
  /**
   * The built-in full ICD-10-SE list (`icd10se-codes.txt`, Webcert's list of early 2022). The
   * loader reads it on first access; without it codes outside KSH97-P are only `unverified`.
   */
  icd10se?: Icd10FullList;
}

/** A complete ICD-10-SE list, keyed by normalized code (`F321`): the built-in one or a user's file. */
export interface Icd10FullList {
  /** The file it was read from, for messages. */
  source: string;
  /** Normalized code → title, or undefined when the line had no title. */
  codes: ReadonlyMap<string, string | undefined>;
  /** How results name the list: "ICD-10-SE-listan från 2022" for the built-in one. */
  label?: string;
}

export type Icd10Status = 'known' | 'unverified' | 'invalid';

export type Icd10Reason =
  | 'malformed'
  | 'no-block'
  | 'not-in-full-list'
  | 'in-ksh97p'
  | 'in-full-list'
  | 'not-in-ksh97p'
  | 'not-in-ksh97p-list';

export interface Icd10RangeRef {
  range: string;
  title: string;
}

export interface Icd10CheckResult {
  status: Icd10Status;
  reason: Icd10Reason;
  block?: Icd10RangeRef;
  chapter?: Icd10RangeRef;
  /** Title from the full list or KSH97-P, only when the code is known. */
  title?: string;
}

export interface Icd10Checker {
  /** An ICD-10-SE code, against the full list when there is one. */
  check(code: string): Icd10CheckResult;
  /** A KSH97-P code as Webcert sends it (`A00-`, `A02-P`, `A045`), against the KSH97-P list. */
  checkKsh97p(code: string): Icd10CheckResult;
  /** The full list codes are checked against, if any (for naming it in messages). */
  list(): Icd10FullList | undefined;
  chapterOf(code: string): Icd10RangeRef | undefined;
  blockOf(code: string): Icd10RangeRef | undefined;
}
