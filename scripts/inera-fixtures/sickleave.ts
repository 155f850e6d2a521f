/**
 * The sick-leave family: legacy `lisjp` → FK7804 v2.0, `ag7804` → AG7804 v2.0 and `ag114` → AG1-14
 * v2.0. intyg follows the v2.0 models of certificate-service, so the v1 answers are re-expressed
 * in them; what v2.0 no longer asks for is left out, and the case's notes say so.
 *
 * The same `lisjp` scenarios also become FK7804 version 1.2 payloads (`convertLisjp12`): the v1
 * answers as v1 has them, under the 1.2 definition's field ids, nothing re-expressed or dropped.
 */

import { bool, compact, type Conversion, type Json } from './legacy.js';
import { diagnoses, grundForMu } from './fk.js';

const GRUND = {
  undersokningAvPatienten: 'FYSISKUNDERSOKNING',
  telefonkontaktMedPatienten: 'TELEFONKONTAKT',
  journaluppgifter: 'JOURNALUPPGIFTER',
  annatGrundForMU: 'ANNAT',
};

/** v1 prognos "återgå efter X dagar" → v2.0 "efter X månader" (a month is 30 days nationally). */
const DAYS_TO_MONTHS: Record<string, number> = { TRETTIO_DGR: 1, SEXTIO_DGR: 2, NITTIO_DGR: 3, HUNDRAATTIO_DAGAR: 6, TREHUNDRASEXTIOFEM_DAGAR: 12 };

/**
 * v2.0 asks 39.2 "Beskriv vad som ligger till grund för bedömningen" when the prognosis is unclear;
 * v1 had no such question, so no v1 scenario can answer it. Supplying a text keeps each scenario
 * about what it tests instead of failing every one on the same v2.0 addition.
 */
export const PROGNOS_OKLAR_TEXT = 'Prognosen är oklar. (Tillagt vid konverteringen: v1 hade ingen fråga 39.2.)';

function prognos(legacy: Json, notes: string[]): Record<string, unknown> {
  const typ = legacy.prognos?.typ;
  if (typ === 'PROGNOS_OKLAR') {
    notes.push('v2.0 kräver 39.2 när prognosen är oklar, en fråga v1 saknade; en text har lagts till');
    return { prognos: typ, prognosBeskrivning: PROGNOS_OKLAR_TEXT };
  }
  if (typ !== 'ATER_X_ANTAL_DGR') return { prognos: typ };
  const months = DAYS_TO_MONTHS[legacy.prognos?.dagarTillArbete];
  notes.push(`prognos ATER_X_ANTAL_DGR (${legacy.prognos?.dagarTillArbete ?? 'utan antal dagar'}) är i v2.0 ATER_X_ANTAL_MANADER${months ? ` med ${months} månader` : ''}`);
  return { prognos: 'ATER_X_ANTAL_MANADER', prognosManader: months };
}

function periods(list: unknown, notes: string[], model = 'v2.0'): Record<string, unknown> | undefined {
  if (!Array.isArray(list) || !list.length) return undefined;
  const out: Record<string, unknown> = {};
  for (const entry of list as Json[]) {
    const grade = entry?.sjukskrivningsgrad;
    if (typeof grade !== 'string') continue;
    if (grade in out) notes.push(`två perioder med grad ${grade}; ${model} har en period per grad, den senare används`);
    out[grade] = compact({ from: entry.period?.from, to: entry.period?.tom });
  }
  return out;
}

function dropped(legacy: Json, notes: string[]): void {
  if (typeof legacy.planeradBehandling === 'string' && legacy.planeradBehandling !== '') {
    notes.push('planeradBehandling (v1, fråga 20) finns inte i v2.0; utelämnad');
  }
  if (Array.isArray(legacy.arbetslivsinriktadeAtgarder) && legacy.arbetslivsinriktadeAtgarder.length) {
    notes.push('arbetslivsinriktade åtgärder som koder (v1, fråga 40) finns inte i v2.0; bara beskrivningen följer med till fråga 44');
  }
}

/** lisjp and ag7804 share everything but the diagnosis consent and the contact question. */
function sickLeave(legacy: Json, notes: string[], icf: boolean): Record<string, unknown> {
  const text = (value: unknown) => (icf && typeof value === 'string' ? { text: value } : value);
  dropped(legacy, notes);
  return {
    smittbararpenning: bool(legacy.avstangningSmittskydd),
    baseratPa: grundForMu(legacy, GRUND),
    annatBeskrivning: legacy.annatGrundForMUBeskrivning,
    sysselsattning: Array.isArray(legacy.sysselsattning) && legacy.sysselsattning.length ? legacy.sysselsattning.map((entry: Json) => entry?.typ) : undefined,
    yrkeOchArbetsuppgifter: legacy.nuvarandeArbete,
    diagnoser: diagnoses(legacy.diagnoser, notes),
    funktionsnedsattning: text(legacy.funktionsnedsattning),
    aktivitetsbegransning: text(legacy.aktivitetsbegransning),
    pagaendeBehandling: legacy.pagaendeBehandling,
    sjukskrivning: periods(legacy.sjukskrivningar, notes),
    forlangningFmb: legacy.forsakringsmedicinsktBeslutsstod,
    transportArbetsplats: bool(legacy.arbetsresor),
    ojamnArbetstid: bool(legacy.arbetstidsforlaggning),
    ojamnArbetstidMotivering: legacy.arbetstidsforlaggningMotivering,
    ...prognos(legacy, notes),
    atgarder: legacy.arbetslivsinriktadeAtgarderBeskrivning,
    ovrigt: legacy.ovrigt,
  };
}

const SICK_LEAVE_FIELDS: Record<string, string[]> = {
  avstangningSmittskydd: ['smittbararpenning'], undersokningAvPatienten: ['baseratPa'], telefonkontaktMedPatienten: ['baseratPa'],
  journaluppgifter: ['baseratPa'], annatGrundForMU: ['baseratPa'], grundformu: ['baseratPa'], annatGrundForMUBeskrivning: ['annatBeskrivning'],
  sysselsattning: ['sysselsattning'], nuvarandeArbete: ['yrkeOchArbetsuppgifter'], diagnoser: ['diagnoser'], funktionsnedsattning: ['funktionsnedsattning'],
  aktivitetsbegransning: ['aktivitetsbegransning'], pagaendeBehandling: ['pagaendeBehandling'], sjukskrivningar: ['sjukskrivning'],
  forsakringsmedicinsktBeslutsstod: ['forlangningFmb'], arbetsresor: ['transportArbetsplats'], arbetstidsforlaggning: ['ojamnArbetstid'],
  arbetstidsforlaggningMotivering: ['ojamnArbetstidMotivering'], prognos: ['prognos', 'prognosManader', 'prognosBeskrivning'],
  arbetslivsinriktadeAtgarderBeskrivning: ['atgarder'], ovrigt: ['ovrigt'],
};

export function convertLisjp(legacy: Json): Conversion {
  const notes: string[] = [];
  const answers = compact({ ...sickLeave(legacy, notes, true), kontaktFk: bool(legacy.kontaktMedFk), kontaktAnledning: legacy.anledningTillKontakt });
  return { answers, notes, fieldMap: { ...SICK_LEAVE_FIELDS, kontaktMedFk: ['kontaktFk'], anledningTillKontakt: ['kontaktAnledning'] } };
}

export function convertAg7804(legacy: Json): Conversion {
  const notes: string[] = [];
  const answers = compact({
    ...sickLeave(legacy, notes, false),
    formedlaDiagnos: bool(legacy.onskarFormedlaDiagnos),
    kontaktArbetsgivare: bool(legacy.kontaktMedAg),
    kontaktAnledning: legacy.anledningTillKontakt,
  });
  return {
    answers,
    notes,
    fieldMap: { ...SICK_LEAVE_FIELDS, onskarFormedlaDiagnos: ['formedlaDiagnos'], kontaktMedAg: ['kontaktArbetsgivare'], anledningTillKontakt: ['kontaktAnledning'] },
  };
}

export function convertAg114(legacy: Json): Conversion {
  const notes: string[] = [];
  const types = Array.isArray(legacy.sysselsattning) ? legacy.sysselsattning.map((entry: Json) => entry?.typ) : [];
  if (types.some((type: unknown) => type !== 'NUVARANDE_ARBETE')) notes.push('sysselsättningstyp (v1) finns inte i v2.0, som bara frågar efter yrke och arbetsuppgifter');
  const grade = legacy.sjukskrivningsgrad;
  const answers = compact({
    baseratPa: grundForMu(legacy, GRUND),
    annatBeskrivning: legacy.annatGrundForMUBeskrivning,
    yrkeOchArbetsuppgifter: legacy.nuvarandeArbete,
    formedlaDiagnos: bool(legacy.onskarFormedlaDiagnos),
    diagnoser: diagnoses(legacy.diagnoser, notes),
    nedsattArbetsformaga: legacy.nedsattArbetsformaga,
    finnsArbetsformaga: bool(legacy.arbetsformagaTrotsSjukdom),
    arbetsformagaBeskrivning: legacy.arbetsformagaTrotsSjukdomBeskrivning,
    // v1 stores the degree as text ("70", "150.0"); v2.0 as an integer.
    nedsattningProcent: typeof grade === 'string' && grade.trim() !== '' && Number.isFinite(Number(grade)) ? Number(grade) : grade,
    arbetsformagaPeriod: legacy.sjukskrivningsperiod ? compact({ from: legacy.sjukskrivningsperiod.from, to: legacy.sjukskrivningsperiod.tom }) : undefined,
    ovrigt: legacy.ovrigaUpplysningar,
    kontaktArbetsgivare: bool(legacy.kontaktMedArbetsgivaren),
    kontaktAnledning: legacy.anledningTillKontakt,
  });
  return {
    answers,
    notes,
    fieldMap: {
      undersokningAvPatienten: ['baseratPa'], telefonkontaktMedPatienten: ['baseratPa'], journaluppgifter: ['baseratPa'], annatGrundForMU: ['baseratPa'],
      grundformu: ['baseratPa'], annatGrundForMUBeskrivning: ['annatBeskrivning'], sysselsattning: ['yrkeOchArbetsuppgifter'], nuvarandeArbete: ['yrkeOchArbetsuppgifter'],
      onskarFormedlaDiagnos: ['formedlaDiagnos'], diagnoser: ['diagnoser'], nedsattArbetsformaga: ['nedsattArbetsformaga'],
      arbetsformagaTrotsSjukdom: ['finnsArbetsformaga'], arbetsformagaTrotsSjukdomBeskrivning: ['arbetsformagaBeskrivning'], sjukskrivningsgrad: ['nedsattningProcent'],
      sjukskrivningsperiod: ['arbetsformagaPeriod'], ovrigaUpplysningar: ['ovrigt'], kontaktMedArbetsgivaren: ['kontaktArbetsgivare'], anledningTillKontakt: ['kontaktAnledning'],
    },
  };
}

/** v1 "grund för MU" in FK7804 1.2: its own option ids (1.2 has no FYSISKUNDERSOKNING). */
const GRUND_12 = {
  undersokningAvPatienten: 'UNDERSOKNING',
  telefonkontaktMedPatienten: 'TELEFONKONTAKT',
  journaluppgifter: 'JOURNALUPPGIFTER',
  annatGrundForMU: 'ANNAT',
};

/** The legacy `[{ typ }]` lists (sysselsättning, åtgärder) as the ids they name, as written. */
function types(list: unknown): unknown {
  return Array.isArray(list) && list.length ? list.map((entry: Json) => entry?.typ) : undefined;
}

/**
 * legacy `lisjp` → FK7804 version 1.2. The 1.2 definition asks what v1 asked, so each answer keeps
 * its v1 value; only the keys become the 1.2 field ids (the ids 1.2 shares with 2.0 where the
 * question is the same, its own ids where only 1.2 asks).
 */
export function convertLisjp12(legacy: Json): Conversion {
  const notes: string[] = [];
  const text = (value: unknown) => (typeof value === 'string' ? { text: value } : value);
  const answers = compact({
    smittbararpenning: bool(legacy.avstangningSmittskydd),
    baseratPa: grundForMu(legacy, GRUND_12),
    annatBeskrivning: legacy.annatGrundForMUBeskrivning,
    motiveringInteBaseratPaUndersokning: legacy.motiveringTillInteBaseratPaUndersokning,
    sysselsattning: types(legacy.sysselsattning),
    yrkeOchArbetsuppgifter: legacy.nuvarandeArbete,
    diagnoser: diagnoses(legacy.diagnoser, notes),
    funktionsnedsattning: text(legacy.funktionsnedsattning),
    aktivitetsbegransning: text(legacy.aktivitetsbegransning),
    pagaendeBehandling: legacy.pagaendeBehandling,
    planeradBehandling: legacy.planeradBehandling,
    sjukskrivning: periods(legacy.sjukskrivningar, notes, '1.2'),
    motiveringTidigtStartdatum: legacy.motiveringTillTidigtStartdatumForSjukskrivning,
    forlangningFmb: legacy.forsakringsmedicinsktBeslutsstod,
    transportArbetsplats: bool(legacy.arbetsresor),
    arbetstidsforlaggning: bool(legacy.arbetstidsforlaggning),
    arbetstidsforlaggningMotivering: legacy.arbetstidsforlaggningMotivering,
    prognos: legacy.prognos?.typ,
    prognosDagarTillArbete: legacy.prognos?.dagarTillArbete,
    arbetslivsinriktadeAtgarder: types(legacy.arbetslivsinriktadeAtgarder),
    atgarder: legacy.arbetslivsinriktadeAtgarderBeskrivning,
    ovrigt: legacy.ovrigt,
    kontaktFk: bool(legacy.kontaktMedFk),
    kontaktAnledning: legacy.anledningTillKontakt,
  });
  if (Array.isArray(legacy.tillaggsfragor) && legacy.tillaggsfragor.length) {
    notes.push('tilläggsfrågor (9001, 9002) hör till en textversion, inte till modellen; utelämnade');
  }
  return {
    answers,
    notes,
    fieldMap: {
      ...SICK_LEAVE_FIELDS,
      motiveringTillInteBaseratPaUndersokning: ['motiveringInteBaseratPaUndersokning'],
      planeradBehandling: ['planeradBehandling'],
      motiveringTillTidigtStartdatumForSjukskrivning: ['motiveringTidigtStartdatum'],
      arbetstidsforlaggning: ['arbetstidsforlaggning'],
      arbetstidsforlaggningMotivering: ['arbetstidsforlaggningMotivering'],
      prognos: ['prognos', 'prognosDagarTillArbete'],
      arbetslivsinriktadeAtgarder: ['arbetslivsinriktadeAtgarder'],
      kontaktMedFk: ['kontaktFk'],
      anledningTillKontakt: ['kontaktAnledning'],
    },
  };
}
