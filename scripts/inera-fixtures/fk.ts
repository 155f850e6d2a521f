/**
 * Försäkringskassan's legacy modules `luse` (FK7800), `luae_na` (FK7801) and `luae_fs` (FK7802),
 * v1. Their JSON keys are intyg's field ids except for "grund för medicinskt underlag", which is
 * one date per option here, and the diagnoses, whose keys are English here.
 */

import { bool, compact, type Conversion, type Json } from './legacy.js';

const CODE_SYSTEMS: Record<string, string> = { ICD_10_SE: 'icd10se', KSH_97_P: 'ksh97p' };

/** Legacy `diagnoser` → rows of { code, description, codeSystem }. */
export function diagnoses(list: unknown, notes: string[]): unknown {
  if (!Array.isArray(list) || !list.length) return undefined;
  return list.map((row: Json) => compact({
    code: row?.diagnosKod,
    description: row?.diagnosBeskrivning,
    codeSystem: row?.diagnosKodSystem === undefined ? undefined : CODE_SYSTEMS[row.diagnosKodSystem] ?? (notes.push(`okänt kodverk ${row.diagnosKodSystem}`), row.diagnosKodSystem),
  }));
}

/** The legacy "grund för MU" dates as one dateChoices answer, and what they map to. */
export function grundForMu(legacy: Json, options: Record<string, string>): Record<string, string> | undefined {
  const dates: Record<string, string> = {};
  for (const [key, option] of Object.entries(options)) {
    if (typeof legacy[key] === 'string') dates[option] = legacy[key];
  }
  return Object.keys(dates).length ? dates : undefined;
}

const FK_GRUND = {
  undersokningAvPatienten: 'UNDERSOKNING',
  journaluppgifter: 'JOURNALUPPGIFTER',
  anhorigBeskrivning: 'ANHORIG',
  anhorigsBeskrivningAvPatienten: 'ANHORIG',
  annatGrundForMU: 'ANNAT',
};

/** Keys that are intyg field ids as they stand. */
const SAME = [
  'kannedomOmPatient', 'underlagFinns', 'diagnosgrund', 'nyBedomningDiagnosgrund', 'diagnosForNyBedomning', 'sjukdomsforlopp',
  'funktionsnedsattningIntellektuell', 'funktionsnedsattningKommunikation', 'funktionsnedsattningKoncentration', 'funktionsnedsattningPsykisk',
  'funktionsnedsattningSynHorselTal', 'funktionsnedsattningBalansKoordination', 'funktionsnedsattningAnnan', 'aktivitetsbegransning',
  'avslutadBehandling', 'pagaendeBehandling', 'planeradBehandling', 'substansintag', 'medicinskaForutsattningarForArbete',
  'formagaTrotsBegransning', 'forslagTillAtgard', 'funktionsnedsattningDebut', 'funktionsnedsattningPaverkan', 'ovrigt', 'anledningTillKontakt',
];
const BOOLEANS = new Set(['underlagFinns', 'nyBedomningDiagnosgrund']);
const KNOWN = new Set([...SAME, ...Object.keys(FK_GRUND), 'typ', 'id', 'textVersion', 'grundData', 'annatGrundForMUBeskrivning', 'motiveringTillInteBaseratPaUndersokning', 'underlag', 'diagnoser', 'kontaktMedFk', 'tillaggsfragor']);

export function convertFk(legacy: Json): Conversion {
  const notes: string[] = [];
  const answers: Record<string, unknown> = compact({
    baseratPa: grundForMu(legacy, FK_GRUND),
    annatBeskrivning: legacy.annatGrundForMUBeskrivning,
    motiveringInteBaseratPaUndersokning: legacy.motiveringTillInteBaseratPaUndersokning,
    underlag: Array.isArray(legacy.underlag) && legacy.underlag.length
      ? legacy.underlag.map((row: Json) => compact({ typ: row?.typ, datum: row?.datum, hamtasFran: row?.hamtasFran }))
      : undefined,
    diagnoser: diagnoses(legacy.diagnoser, notes),
    kontaktMedFk: bool(legacy.kontaktMedFk),
    ...Object.fromEntries(SAME.map((key) => [key, BOOLEANS.has(key) ? bool(legacy[key]) : legacy[key]])),
  });
  if (Array.isArray(legacy.tillaggsfragor) && legacy.tillaggsfragor.length) {
    notes.push('tilläggsfrågor (9001, 9002) hör till en textversion, inte till modellen; utelämnade');
  }
  for (const key of Object.keys(legacy)) {
    if (!KNOWN.has(key)) notes.push(`"${key}" är ingen egenskap i den nationella modellen (testdatan); utelämnad`);
  }
  const fieldMap: Record<string, string[]> = Object.fromEntries(Object.keys(answers).map((key) => [key, [key]]));
  Object.assign(fieldMap, {
    undersokningAvPatienten: ['baseratPa'], journaluppgifter: ['baseratPa'], anhorigBeskrivning: ['baseratPa'], anhorigsBeskrivningAvPatienten: ['baseratPa'],
    annatGrundForMU: ['baseratPa'], grundformu: ['baseratPa'], annatGrundForMUBeskrivning: ['annatBeskrivning'],
    motiveringTillInteBaseratPaUndersokning: ['motiveringInteBaseratPaUndersokning'], diagnoser: ['diagnoser'], underlag: ['underlag'],
  });
  return { answers, notes, fieldMap };
}
