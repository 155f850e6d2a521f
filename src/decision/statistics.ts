/**
 * Statistiktjänsten's and Rehabstöd's groupings of sick-leave cases: sex, age band, ICD-10
 * chapter, diagnosis group, degree and length band, each split by sex, plus the share of
 * certificates with a komplettering request. Pure: cases, chapters and groups in, counts out.
 * The bands are the national ones (statistik `report/util/AgeGroup`, `SjukfallsLangdGroup`,
 * `SickLeaveDegree`) so figures can be compared with the national reports.
 */

import type { Icd10RangeEntry } from '../codesystems/types.js';
import type { Sjukfall } from './sjukfall.js';
import type { DiagnosisGroup } from './types.js';

export interface Count {
  key: string;
  label: string;
  total: number;
  women: number;
  men: number;
}

export interface Statistics {
  cases: number;
  bySex: Count[];
  byAgeBand: Count[];
  byChapter: Count[];
  byDiagnosisGroup: Count[];
  byDegree: Count[];
  byLengthBand: Count[];
  /** Present when questions were given. */
  komplettering?: { certificates: number; withRequest: number; share: number };
}

/** A question (ärende) on a certificate; `subject` as in Webcert's ArendeAmne, `KOMPLT` asks for komplettering. */
export interface CertificateQuestion {
  certificateId: string;
  subject: string;
}

export interface StatisticsInput {
  chapters: readonly Icd10RangeEntry[];
  diagnosisGroups: readonly DiagnosisGroup[];
  questions?: readonly CertificateQuestion[];
}

export const AGE_BANDS: Array<[number, string]> = [[15, '<16'], [20, '16-20'], [25, '21-25'], [30, '26-30'], [35, '31-35'], [40, '36-40'], [45, '41-45'], [50, '46-50'], [55, '51-55'], [60, '56-60'], [65, '61-65'], [Infinity, '>65']];
export const LENGTH_BANDS: Array<[number, string, string]> = [
  [14, '<15', 'Under 15 dagar'], [30, '15-30', '15-30 dagar'], [60, '31-60', '31-60 dagar'], [90, '61-90', '61-90 dagar'],
  [180, '91-180', '91-180 dagar'], [364, '181-364', '181-364 dagar'], [730, '365-730', '1-2 år'], [Infinity, '>730', 'Över 2 år'],
];
const DEGREES = [25, 50, 75, 100];
const UNKNOWN = 'Utan giltig diagnoskod';

export function ageBand(age: number | null): string {
  if (age === null) return 'okänd';
  return AGE_BANDS.find(([upTo]) => age <= upTo)![1];
}

export function lengthBand(days: number): string {
  return LENGTH_BANDS.find(([upTo]) => days <= upTo)![1];
}

const inRange = (code: string, first: string, last: string) => code.slice(0, 3) >= first && code.slice(0, 3) <= last;

class Tally {
  private readonly counts = new Map<string, Count>();
  constructor(order: Array<[string, string]>) {
    for (const [key, label] of order) this.counts.set(key, { key, label, total: 0, women: 0, men: 0 });
  }
  add(key: string, label: string, sex: Sjukfall['patient']['sex'], n = 1): void {
    let count = this.counts.get(key);
    if (!count) this.counts.set(key, (count = { key, label, total: 0, women: 0, men: 0 }));
    count.total += n;
    if (sex === 'F') count.women += n;
    else if (sex === 'M') count.men += n;
  }
  list(): Count[] {
    return [...this.counts.values()];
  }
}

/**
 * What statistics() groups one case by. The SQL engines (`src/sql/statistik-query.ts`) compute
 * the same keys in the database and hand back counts, so both end in `statisticsFromKeys()`.
 */
export interface CaseKeys {
  sex: Sjukfall['patient']['sex'];
  ageBand: string;
  /** The diagnosis' first three characters (upper case, first dot removed), null when not A00-form. */
  code3: string | null;
  /** The degree today, or the last one for a recently ended case; null when unknown. */
  degree: number | null;
  lengthBand: string;
  /** How many cases have these keys. */
  count: number;
}

export function caseKeys(c: Sjukfall): CaseKeys {
  const code = c.diagnosis?.toUpperCase().replace('.', '') ?? '';
  // A recently ended case has no degree today; Statistiktjänsten uses the last one.
  const degree = c.currentDegree ?? c.degrees[c.degrees.length - 1] ?? null;
  return { sex: c.patient.sex, ageBand: ageBand(c.patient.age), code3: /^[A-Z]\d\d/.test(code) ? code.slice(0, 3) : null, degree, lengthBand: lengthBand(c.days), count: 1 };
}

export function statistics(cases: readonly Sjukfall[], input: StatisticsInput): Statistics {
  const result = statisticsFromKeys(cases.map(caseKeys), input);
  if (input.questions) result.komplettering = kompletteringShare(cases, input.questions);
  return result;
}

export function statisticsFromKeys(keys: readonly CaseKeys[], input: Omit<StatisticsInput, 'questions'>): Statistics {
  const bySex = new Tally([['F', 'Kvinnor'], ['M', 'Män']]);
  const byAge = new Tally(AGE_BANDS.map(([, key]) => [key, `${key} år`]));
  const byChapter = new Tally(input.chapters.map((c) => [c.range, c.title]));
  const byGroup = new Tally(input.diagnosisGroups.map((g) => [g.id, g.title]));
  const byDegree = new Tally(DEGREES.map((d) => [String(d), `${d} %`]));
  const byLength = new Tally(LENGTH_BANDS.map(([, key, label]) => [key, label]));
  let total = 0;
  for (const k of keys) {
    const { sex, count: n } = k;
    total += n;
    bySex.add(sex, sex === 'U' ? 'Okänt kön' : '', sex, n);
    byAge.add(k.ageBand, k.ageBand === 'okänd' ? 'Okänd ålder' : `${k.ageBand} år`, sex, n);
    const chapter = k.code3 === null ? undefined : input.chapters.find((ch) => inRange(k.code3!, ch.first, ch.last));
    byChapter.add(chapter?.range ?? '-', chapter?.title ?? UNKNOWN, sex, n);
    const group = k.code3 === null ? undefined : input.diagnosisGroups.find((g) => g.ranges.some((r) => inRange(k.code3!, r.first, r.last)));
    byGroup.add(group?.id ?? '-', group?.title ?? UNKNOWN, sex, n);
    byDegree.add(String(k.degree ?? '-'), k.degree ? `${k.degree} %` : 'Okänd grad', sex, n);
    byLength.add(k.lengthBand, LENGTH_BANDS.find(([, key]) => key === k.lengthBand)![2], sex, n);
  }
  return {
    cases: total,
    bySex: bySex.list(),
    byAgeBand: byAge.list(),
    byChapter: byChapter.list().filter((c) => c.total > 0),
    byDiagnosisGroup: byGroup.list(),
    byDegree: byDegree.list(),
    byLengthBand: byLength.list(),
  };
}

/** Share of the cases' certificates that received at least one komplettering request. */
export function kompletteringShare(cases: readonly Sjukfall[], questions: readonly CertificateQuestion[]): NonNullable<Statistics['komplettering']> {
  const asked = new Set(questions.filter((q) => q.subject === 'KOMPLT').map((q) => q.certificateId));
  let certificates = 0, withRequest = 0;
  for (const c of cases) {
    for (const id of c.certificateIds) {
      certificates += 1;
      if (asked.has(id)) withRequest += 1;
    }
  }
  return { certificates, withRequest, share: certificates ? withRequest / certificates : 0 };
}
