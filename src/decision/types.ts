/**
 * Shapes of the decision-support files in `definitions/_shared/decision-support/` (written by
 * `scripts/import-fmb.ts`) shared by the importer, the loader and the pure lookups, so the JSON
 * and its readers cannot drift.
 */

/** A recommendation's time unit as Socialstyrelsen writes it; `mo` counts 31 days (TidEnhet). */
export type FmbTimeUnit = 'd' | 'wk' | 'mo';

export interface FmbTypicalCase {
  /** The typfall sentence, e.g. "Vid ljumskbråck … rekommenderas ingen sjukskrivning." */
  text: string;
  /** The recommendation as worded, e.g. "Upp till 3 veckor". */
  recommendation: string;
  /** `heltid` or `deltid`: the highest degree the recommendation allows. */
  degree: string;
  amount: number | null;
  unit: FmbTimeUnit | null;
  /** amount × unit in days; null when the recommendation has no length ("Under behandlingen"). */
  days: number | null;
  /** ICD-10 codes the typical case applies to. */
  codes: string[];
}

export interface FmbGroup {
  /** Socialstyrelsen's id of the diagnosis information. */
  id: string;
  title: string;
  codes: Array<{ code: string; title: string }>;
  texts: {
    generalInfo: string;
    symptomPrognosisTreatment: string;
    functionalImpairment: string;
    activityLimitation: string;
    rehabilitation: string | null;
  };
  reference: { text: string; uri: string } | null;
  typicalCases: FmbTypicalCase[];
}

export interface FmbFile {
  id: 'fmb';
  title: string;
  /** Snapshot of Socialstyrelsen's API this file was imported from, `2018-06`. */
  snapshot: string;
  apiVersion: string;
  source: string;
  groups: FmbGroup[];
}

/** `A00-E90,G00-L99,N00-N99` → one group; as in Rehabstöd's diagnosgrupper.txt. */
export interface DiagnosisGroup {
  id: string;
  ranges: Array<{ first: string; last: string }>;
  title: string;
}

export interface DiagnosisGroupFile {
  id: 'diagnosgrupper';
  title: string;
  source: string;
  entries: DiagnosisGroup[];
}
