/**
 * Pure FMB lookups over an imported `fmb.json` (see `load.ts` for reading it). Follows Webcert:
 * the code is shortened one character at a time until a group matches, never below the
 * three-character category (FmbBaseService.MINIMUM_NUMBER_OF_CODE_CHARACTERS), and the longest
 * recommendation across a certificate's diagnoses is what a sick leave is compared with.
 */

import type { FmbFile, FmbGroup, FmbTimeUnit, FmbTypicalCase } from './types.js';

/** Webcert's TidEnhet: a month is 31 days, so "up to 3 months" is 93 days. */
export const FMB_UNIT_DAYS: Record<FmbTimeUnit, number> = { d: 1, wk: 7, mo: 31 };

const MINIMUM_CODE_LENGTH = 3;

export interface FmbResult {
  /** The code as asked, normalized (`F32.1` → `F321`). */
  code: string;
  /** The code whose FMB text is shown, e.g. `F32` for `F321`. */
  matchedCode: string;
  groupId: string;
  title: string;
  relatedCodes: FmbGroup['codes'];
  texts: FmbGroup['texts'];
  reference: FmbGroup['reference'];
  /** The typical cases for the matched code, shortest recommendation first. */
  typicalCases: FmbTypicalCase[];
  /** The longest recommended length in days among them; null when none has a length. */
  maxDays: number | null;
}

export type FmbLookup = (code: string) => FmbResult | undefined;

export function normalizeCode(code: string): string {
  return code.trim().toUpperCase().replace('.', '');
}

/** Indexes the groups by ICD-10 code once; the returned lookup is what callers hold on to. */
export function createFmb(file: FmbFile): FmbLookup {
  const byCode = new Map<string, FmbGroup>();
  for (const group of file.groups) for (const { code } of group.codes) byCode.set(code, group);

  return (input: string) => {
    const code = normalizeCode(input);
    for (let length = code.length; length >= MINIMUM_CODE_LENGTH; length -= 1) {
      const candidate = code.slice(0, length);
      const group = byCode.get(candidate);
      if (!group) continue;
      const typicalCases = group.typicalCases.filter((tc) => tc.codes.includes(candidate));
      const lengths = typicalCases.map((tc) => tc.days).filter((days): days is number => days !== null);
      return {
        code,
        matchedCode: candidate,
        groupId: group.id,
        title: group.title,
        relatedCodes: group.codes,
        texts: group.texts,
        reference: group.reference,
        typicalCases,
        maxDays: lengths.length ? Math.max(...lengths) : null,
      };
    }
    return undefined;
  };
}

export interface FmbMaximum {
  days: number;
  /** The diagnosis whose recommendation is the longest, as the certificate wrote it. */
  code: string;
  matchedCode: string;
}

/**
 * The highest recommended length across the given diagnoses
 * (DiagnosInformationRepository.findMaximalSjukrivningstidDagarByIcd10Koder); undefined when no
 * diagnosis has FMB support with a length, in which case there is nothing to warn about.
 */
export function maxRecommendedDays(fmb: FmbLookup, codes: readonly string[]): FmbMaximum | undefined {
  let best: FmbMaximum | undefined;
  for (const code of codes) {
    const result = fmb(code);
    if (result?.maxDays != null && (!best || result.maxDays > best.days)) {
      best = { days: result.maxDays, code: result.code, matchedCode: result.matchedCode };
    }
  }
  return best;
}
