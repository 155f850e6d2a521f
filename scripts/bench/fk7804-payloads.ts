/**
 * Realistic FK7804 payloads for the benchmark: long free texts (the ICF fields, treatment,
 * measures, other information; 200–4000 characters), 1–3 diagnoses, 1–3 periods. Deterministic,
 * so runs compare. Invalid ones break several rules at once.
 */

const SENTENCES = [
  'Patienten uppvisar uttalad kognitiv uttröttbarhet med nedsatt koncentrationsförmåga.',
  'Vid undersökningen framkommer smärta i ländryggen med utstrålning i vänster ben.',
  'Sömnstörning med tidigt uppvaknande sedan augusti enligt journalanteckning.',
  'Har svårt att planera och genomföra arbetsuppgifter under en hel arbetsdag.',
  'Klarar kortare arbetspass med avgränsade uppgifter och möjlighet till pauser.',
  'KBT-baserade samtal hos kurator varannan vecka, uppföljande läkarbesök om fyra veckor.',
  'Fysioterapeutisk behandling med successiv belastningsökning enligt plan.',
];

function text(seed: number, length: number): string {
  let out = '';
  for (let i = 0; out.length < length; i += 1) out += `${SENTENCES[(seed + i) % SENTENCES.length]} `;
  return out.slice(0, length).trim();
}

const DIAGNOSES = [
  { code: 'F438A', description: 'Utmattningssyndrom' },
  { code: 'M545', description: 'Lumbago' },
  { code: 'F321', description: 'Medelsvår depressiv episod' },
  { code: 'F411', description: 'Generaliserat ångestsyndrom' },
  { code: 'S8240', description: 'Fraktur på fibula' },
];

const DEGREE_SETS = [['HELT_NEDSATT'], ['HELT_NEDSATT', 'HALFTEN'], ['TRE_FJARDEDEL', 'HALFTEN', 'EN_FJARDEDEL']];

export const BENCH_TODAY = '2026-11-20';

function isoPlus(days: number): string {
  return new Date(Date.UTC(2026, 10, 20 + days)).toISOString().slice(0, 10);
}

export function fk7804Payload(seed: number, invalid: boolean): Record<string, unknown> {
  const degrees = DEGREE_SETS[seed % DEGREE_SETS.length];
  const sjukskrivning: Record<string, { from: string; to: string }> = {};
  let start = -(seed % 5);
  degrees.forEach((degree, index) => {
    const length = 14 + ((seed + index) % 20);
    sjukskrivning[degree] = { from: isoPlus(start), to: isoPlus(start + length - 1) };
    start += length;
  });
  const partTime = degrees.some((degree) => degree !== 'HELT_NEDSATT');
  const answers: Record<string, unknown> = {
    baseratPa: { FYSISKUNDERSOKNING: isoPlus(-(seed % 3)), JOURNALUPPGIFTER: isoPlus(-30) },
    sysselsattning: ['NUVARANDE_ARBETE'],
    yrkeOchArbetsuppgifter: text(seed, 200 + (seed % 300)),
    diagnoser: DIAGNOSES.slice(seed % 3, (seed % 3) + 1 + (seed % 3)),
    funktionsnedsattning: { text: text(seed + 1, 1500 + (seed % 2500)), codes: ['b130', 'b140'] },
    aktivitetsbegransning: { text: text(seed + 2, 1500 + (seed % 2500)), codes: ['d230'] },
    pagaendeBehandling: text(seed + 3, 400 + (seed % 800)),
    sjukskrivning,
    prognos: 'ATER_X_ANTAL_MANADER',
    prognosManader: 1 + (seed % 12),
    atgarder: text(seed + 4, 300 + (seed % 700)),
    ovrigt: text(seed + 5, 200 + (seed % 3800)),
    ...(partTime ? { ojamnArbetstid: false } : {}),
  };
  if (invalid) {
    answers.prognosManader = 120;                                                   // out of range
    answers.sjukskrivning = { ...sjukskrivning, EN_FJARDEDEL: { from: isoPlus(0), to: isoPlus(3) } }; // overlaps
    answers.diagnoser = [{}, { code: 'F32', description: 'Depression' }];           // top row empty
    answers.annatBeskrivning = 'Intyg från arbetsgivaren';                          // hidden: ANNAT not ticked
    delete answers.aktivitetsbegransning;                                           // required
    answers.ovrigt = text(seed, 4100);                                              // too long
  }
  return {
    type: 'fk7804',
    version: '2.0',
    id: `bench-${seed}`,
    status: 'draft',
    patient: { personId: seed % 2 ? '191212121212' : '194011306125' },
    issuer: { hsaId: 'SE2321000016-9W4S', name: 'Ajla Doktor', profession: 'lakare' },
    unit: { hsaId: 'SE2321000016-1004', name: 'Vårdcentralen Linden', address: 'Lindvägen 12', postalCode: '21110', city: 'Malmö', phone: '040-123 45 67' },
    answers,
  };
}
