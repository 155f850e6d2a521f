/**
 * Valid FK7804 version 1.2 drafts, generated: every branch of the form (smittbärarpenning, the
 * bases of the assessment and their motivation, occupations, partial and full sick leave with an
 * early start, each prognosis, measures, contact) with answers that version 1.2 accepts. The
 * migration's property test starts from these; a payload the generator gets wrong fails there.
 */

import * as fc from 'fast-check';
import { addDays } from '../../src/util/dates.js';

export const V12_TODAY = '2024-03-12';

const LETTERS = 'abcdefghijklmnopqrstuvwxyzåäö ,.-0123456789'.split('');
/**
 * Text that is not blank, of at most `max` characters: mostly short, sometimes of a length near
 * `max` (fast-check keeps generated strings short by itself), past a limit version 2.0 has.
 */
const text = (max: number) => fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 1, maxLength: Math.min(max, 40) }).map((value) => `T${value}`.slice(0, max)) },
  { weight: 1, arbitrary: fc.integer({ min: Math.ceil(max * 0.6), max }).map((length) => `Lång text ${'x'.repeat(length)}`.slice(0, length)) },
);
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const ICD = [['M545', 'Lumbago'], ['M751', 'Rotator cuff-syndrom'], ['F321', 'Medelsvår depressiv episod'], ['F432', 'Anpassningsstörningar'], ['J069', 'Akut övre luftvägsinfektion'], ['A020', 'Salmonellaenterit'], ['S525', 'Fraktur på nedre delen av radius'], ['Z730', 'Utbrändhet'], ['I10', 'Essentiell hypertoni']];
const KSH = [['A00-', 'Kolera'], ['A02-P', 'Salmonellainfektion'], ['F32-', 'Depressiv episod']];
const DEGREES = ['EN_FJARDEDEL', 'HALFTEN', 'TRE_FJARDEDEL', 'HELT_NEDSATT'] as const;
const PARTIAL = new Set(['EN_FJARDEDEL', 'HALFTEN', 'TRE_FJARDEDEL']);
const MEASURES = ['ARBETSTRANING', 'ARBETSANPASSNING', 'SOKA_NYTT_ARBETE', 'BESOK_ARBETSPLATS', 'ERGONOMISK', 'HJALPMEDEL', 'KONFLIKTHANTERING', 'KONTAKT_FHV', 'OMFORDELNING', 'OVRIGA_ATGARDER'];

const diagnoses = fc.oneof(
  fc.uniqueArray(fc.constantFrom(...ICD), { minLength: 1, maxLength: 3, selector: ([code]) => code }).map((rows) => rows.map(([code, description]) => ({ code, description }))),
  fc.uniqueArray(fc.constantFrom(...KSH), { minLength: 1, maxLength: 2, selector: ([code]) => code }).map((rows) => rows.map(([code, description]) => ({ code, description, codeSystem: 'ksh97p' }))),
);

/** One to four degrees, back to back, the first starting up to 20 days ago. */
const periods = fc.record({
  degrees: fc.subarray([...DEGREES], { minLength: 1 }),
  start: fc.integer({ min: -20, max: 5 }),
  lengths: fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 4, maxLength: 4 }),
}).map(({ degrees, start, lengths }) => {
  let from = start;
  return Object.fromEntries(degrees.map((degree, index) => {
    const period = { from: addDays(V12_TODAY, from), to: addDays(V12_TODAY, from + lengths[index] - 1) };
    from += lengths[index];
    return [degree, period];
  }));
});

const basis = fc.subarray(['UNDERSOKNING', 'TELEFONKONTAKT', 'JOURNALUPPGIFTER', 'ANNAT'], { minLength: 1 })
  .chain((options) => fc.tuple(...options.map(() => fc.integer({ min: 0, max: 30 }))).map((days) => Object.fromEntries(options.map((option, index) => [option, addDays(V12_TODAY, -days[index])]))));

const icf = (max: number) => fc.record({ text: text(max), codes: optional(fc.uniqueArray(fc.constantFrom('b130', 'b152', 'b280', 'b710', 'd230', 'd430'), { minLength: 1, maxLength: 3 })) })
  .map(({ text: value, codes }) => (codes ? { text: value, codes } : { text: value }));

const drop = (answers: Record<string, unknown>) => Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== undefined));

export const fk7804v12Draft: fc.Arbitrary<Record<string, unknown>> = fc.record({
  smitta: fc.boolean(),
  diagnoser: diagnoses,
  sjukskrivning: periods,
  basis,
  annat: text(80),
  motivering: optional(text(150)),
  syssla: fc.subarray(['NUVARANDE_ARBETE', 'ARBETSSOKANDE', 'FORALDRALEDIG', 'STUDIER'], { minLength: 1 }),
  yrke: text(120),
  funktion: fc.oneof(icf(200), icf(4100)),
  aktivitet: icf(300),
  pagaende: optional(text(100)),
  planerad: optional(text(100)),
  fmb: optional(text(100)),
  transport: optional(fc.constant(true)),
  arbetstid: fc.boolean(),
  arbetstidMotivering: text(100),
  tidigStart: optional(text(150)),
  prognos: fc.constantFrom('STOR_SANNOLIKHET', 'ATER_X_ANTAL_DGR', 'SANNOLIKT_INTE', 'PROGNOS_OKLAR'),
  dagar: fc.constantFrom('TRETTIO_DGR', 'SEXTIO_DGR', 'NITTIO_DGR', 'HUNDRAATTIO_DAGAR', 'TREHUNDRASEXTIOFEM_DAGAR'),
  atgarder: fc.oneof(fc.constant(['EJ_AKTUELLT']), fc.subarray(MEASURES, { minLength: 1 })),
  atgarderText: optional(text(200)),
  kontakt: optional(fc.constant(true)),
  kontaktText: optional(text(100)),
  ovrigt: optional(text(300)),
}).map((a) => {
  const partial = Object.keys(a.sjukskrivning).some((degree) => PARTIAL.has(degree));
  const early = Object.values(a.sjukskrivning).some((period) => period.from < addDays(V12_TODAY, -7));
  const common = { diagnoser: a.diagnoser, sjukskrivning: a.sjukskrivning, motiveringTidigtStartdatum: early ? a.tidigStart : undefined, ovrigt: a.ovrigt };
  if (a.smitta) return drop({ smittbararpenning: true, ...common });
  const examined = 'UNDERSOKNING' in a.basis;
  return drop({
    ...common,
    baseratPa: a.basis,
    annatBeskrivning: 'ANNAT' in a.basis ? a.annat : undefined,
    motiveringInteBaseratPaUndersokning: examined ? undefined : a.motivering,
    sysselsattning: a.syssla,
    yrkeOchArbetsuppgifter: a.syssla.includes('NUVARANDE_ARBETE') ? a.yrke : undefined,
    funktionsnedsattning: a.funktion,
    aktivitetsbegransning: a.aktivitet,
    pagaendeBehandling: a.pagaende,
    planeradBehandling: a.planerad,
    forlangningFmb: a.fmb,
    transportArbetsplats: a.transport,
    arbetstidsforlaggning: partial ? a.arbetstid : undefined,
    arbetstidsforlaggningMotivering: partial && a.arbetstid ? a.arbetstidMotivering : undefined,
    prognos: a.prognos,
    prognosDagarTillArbete: a.prognos === 'ATER_X_ANTAL_DGR' ? a.dagar : undefined,
    arbetslivsinriktadeAtgarder: a.atgarder,
    atgarder: a.atgarder[0] === 'EJ_AKTUELLT' ? undefined : a.atgarderText,
    kontaktFk: a.kontakt,
    kontaktAnledning: a.kontakt ? a.kontaktText : undefined,
  });
}).map((answers) => ({
  type: 'fk7804',
  version: '1.2',
  status: 'draft',
  patient: { personId: '191212121212' },
  issuer: { hsaId: 'SE2321000016-9W4S', name: 'Ajla Doktor', profession: 'lakare' },
  unit: { hsaId: 'SE2321000016-1004', name: 'Vårdcentralen Linden', address: 'Lindvägen 12', postalCode: '21110', city: 'Malmö', phone: '040-123 45 67' },
  answers,
}));
