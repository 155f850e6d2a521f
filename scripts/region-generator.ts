/**
 * A seeded synthetic region's year for the sick-leave process: care units with listing counts,
 * patients, FK7804 certificates with Försäkringskassan's questions, consents (both regional
 * forms, some withdrawn), registered care contacts with KVÅ codes, and 1177 cases. Mostly as the
 * routines want them, with the mistakes the rules exist for (a missing DV077, a contact without
 * consent, a late reply) mixed in. Used by `npm run bench:region` and, small, by the tests.
 */

import { addDays } from '../src/util/dates.js';
import { personIdCheckDigit } from '../src/util/personnummer.js';

export interface RegionOptions {
  contacts: number;
  consents: number;
  cases: number;
  certificates: number;
  patients: number;
  units: number;
  seed: number;
  /** The year the region's data covers. */
  year: number;
}

export const DEFAULT_REGION: RegionOptions = { contacts: 300_000, consents: 50_000, cases: 100_000, certificates: 100_000, patients: 80_000, units: 30, seed: 20261206, year: 2026 };

/** mulberry32: small, fast and good enough to make the region reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Region {
  listings: Array<{ unit: string; unitName: string; listed: number }>;
  certificates: Array<Record<string, unknown>>;
  questions: Array<{ certificateId: string; subject: string }>;
  consents: Array<Record<string, unknown>>;
  contacts: Array<Record<string, unknown>>;
  cases: Array<Record<string, unknown>>;
}

const PROFESSIONS = ['lakare', 'sjukskoterska', 'fysioterapeut', 'arbetsterapeut', 'kurator', 'psykolog'];
const INFORMATION = ['ARBETSUPPGIFTER', 'MALSATTNING', 'AKTIVITETER', 'NEDTRAPPNING', 'UPPFOLJNING', 'MEDICINSK_HANSYN'];
const EXTERNAL = ['ARBETSFORMEDLINGEN', 'SOCIALTJANSTEN', 'FORSAKRINGSKASSAN', 'FORETAGSHALSOVARDEN'];
const CASE_TYPES = ['FORNYA_RECEPT', 'FORNYA_RECEPT', 'MEDDELANDE', 'MEDDELANDE', 'AVBOKA_OMBOKA', 'KONTAKTUPPGIFTER', 'VAB_UNDER_12', 'VAB_12_16', 'JOURNALKOPIA', 'KORKORTSTILLSTAND'];

export function generateRegion(options: Partial<RegionOptions> = {}): Region {
  const o = { ...DEFAULT_REGION, ...options };
  const random = rng(o.seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)];
  const first = `${o.year}-01-01`;
  const dates = Array.from({ length: 365 }, (_, i) => addDays(first, i));
  const units = Array.from({ length: o.units }, (_, i) => ({ hsaId: `SE2321000016-V${String(i + 1).padStart(3, '0')}`, name: `Vårdcentralen ${i + 1}` }));
  const listings = units.map((unit) => ({ unit: unit.hsaId, unitName: unit.name, listed: 3000 + int(12000) }));
  const patients = Array.from({ length: o.patients }, () => {
    const born = 1958 + int(50);
    const nine = `${String(born).slice(2)}${String(1 + int(12)).padStart(2, '0')}${String(1 + int(28)).padStart(2, '0')}${String(int(1000)).padStart(3, '0')}`;
    return { personId: `${String(born).slice(0, 2)}${nine}${personIdCheckDigit(nine)}`, unit: pick(units) };
  });
  const staff = units.map((unit, i) => PROFESSIONS.map((profession, j) => ({ hsaId: `SE2321000016-P${i}${j}`, name: `Personal ${i}-${j}`, profession, unit })));

  const certificates: Region['certificates'] = [];
  const questions: Region['questions'] = [];
  for (let i = 0; i < o.certificates; i++) {
    const patient = pick(patients);
    const from = pick(dates);
    const id = `intyg-${i}`;
    certificates.push({
      type: 'fk7804', version: '2.0', id, status: 'signed', signedAt: `${from}T10:00`, patient: { personId: patient.personId },
      issuer: { hsaId: staff[0][0].hsaId, name: 'Läkare', profession: 'lakare' }, unit: { hsaId: patient.unit.hsaId, name: patient.unit.name },
      answers: { sjukskrivning: { [pick(['HELT_NEDSATT', 'HALFTEN', 'EN_FJARDEDEL'])]: { from, to: addDays(from, 7 + int(80)) } }, diagnoser: [{ code: pick(['F438A', 'M545', 'F321', 'S8250']) }] },
    });
    const r = random();
    if (r < 0.08) questions.push({ certificateId: id, subject: 'KOMPLT' });
    else if (r < 0.11) questions.push({ certificateId: id, subject: 'PAMINN' });
  }
  // Who is on sick leave when, so most contacts code DV077/AW026 exactly when they should.
  const sick = new Map<string, Array<{ from: string; to: string }>>();
  for (const certificate of certificates) {
    const personId = (certificate.patient as { personId: string }).personId;
    const periods = Object.values((certificate.answers as { sjukskrivning: Record<string, { from: string; to: string }> }).sjukskrivning);
    sick.set(personId, [...(sick.get(personId) ?? []), ...periods]);
  }

  const consents: Region['consents'] = [];
  for (let i = 0; i < o.consents; i++) {
    const patient = pick(patients);
    const by = pick(staff[units.indexOf(patient.unit)]);
    const employer = random() < 0.5;
    const obtainedOn = pick(dates.slice(0, 300));
    const written = random() < 0.4;
    const withdrawn = random() < 0.05 ? [{ date: addDays(obtainedOn, 10 + int(40)), ...(random() < 0.5 && !employer ? { actors: ['SOCIALTJANSTEN'] } : {}) }] : undefined;
    consents.push({
      type: employer ? 'samtycke-arbetsgivare' : 'samtycke-externa-aktorer', version: '1.0', id: `samtycke-${i}`, obtainedOn,
      patient: { personId: patient.personId }, obtainedBy: { hsaId: by.hsaId, name: by.name, profession: by.profession }, unit: { hsaId: patient.unit.hsaId },
      ...(withdrawn && (!withdrawn[0].actors || !employer) ? { withdrawals: withdrawn } : {}),
      answers: {
        ...(employer ? { arbetsgivarensNamn: `Arbetsgivare ${int(5000)}`, foretagshalsovard: random() < 0.3 } : { aktorer: [...new Set([pick(EXTERNAL), 'SOCIALTJANSTEN'])] }),
        samtyckesform: written ? 'SKRIFTLIGT' : 'MUNTLIGT',
        ...(written ? { skriftligtHur: 'FORMULAR_1177' } : { muntligtHur: pick(['BESOK', 'TELEFON']) }),
        uppgifter: [pick(INFORMATION), 'AKTIVITETER'].filter((item, index, list) => list.indexOf(item) === index),
        patientenInformerad: true,
      },
    });
  }

  const contacts: Region['contacts'] = [];
  for (let i = 0; i < o.contacts; i++) {
    const patient = pick(patients);
    const performer = pick(staff[units.indexOf(patient.unit)]);
    const rehabCoordinator = random() < 0.12;
    const contactDate = pick(dates);
    const onLeave = (sick.get(patient.personId) ?? []).some((period) => period.from <= contactDate && contactDate <= period.to);
    const kind = random();
    let answers: Record<string, unknown>;
    if (kind < 0.35) answers = { insatser: ['UPPRATTA_PLAN'], kvaKoder: onLeave && random() < 0.9 ? ['AW020', 'DV077'] : ['AW020'] };
    else if (kind < 0.7) answers = { insatser: ['FOLJA_UPP_PLAN'], kvaKoder: onLeave && random() < 0.9 ? ['AW024', 'AW026'] : ['AW024'] };
    else if (kind < 0.85) answers = { insatser: ['EXTERN_KONTAKT'], aktor: pick(['ARBETSGIVARE', 'ARBETSFORMEDLINGEN', 'SOCIALTJANSTEN', 'FORSAKRINGSKASSAN']), kvaKoder: ['XS005', 'QR002'] };
    else if (kind < 0.93) answers = { insatser: ['TREPARTSSAMTAL'], aktor: 'ARBETSGIVARE', vardtjanst: 'TREPARTSSAMTAL', kontakttyp: 'TELEFONKONTAKT', besokstyp: 'ADMINISTRATION', kvaKoder: ['XS005', 'QR002'] };
    else answers = rehabCoordinator ? { insatser: ['ANNAN_INSATS'], kvaKoder: [] } : { insatser: ['FOLJA_UPP_PLAN'], kvaKoder: onLeave ? ['AW024', 'AW026'] : ['AW024'] };
    if (rehabCoordinator) answers.kvaKoder = [...(answers.kvaKoder as string[]), 'GC001'];
    contacts.push({
      type: 'vardkontakt-rehab', version: '1.0', id: `kontakt-${i}`, contactDate, patient: { personId: patient.personId },
      performedBy: { hsaId: performer.hsaId, name: performer.name, profession: performer.profession, ...(rehabCoordinator ? { rehabCoordinator: true } : {}) },
      unit: { hsaId: patient.unit.hsaId, name: patient.unit.name }, answers,
    });
  }

  const cases: Region['cases'] = [];
  for (let i = 0; i < o.cases; i++) {
    const patient = pick(patients);
    const received = pick(dates);
    const hour = 7 + int(12);
    const receivedAt = `${received}T${String(hour).padStart(2, '0')}:${String(int(60)).padStart(2, '0')}`;
    const replyAfter = int(6);
    const replied = random() < 0.97;
    const status = replied ? pick(['delsvar', 'motfraga', 'besvarad', 'avslutad']) : 'ny';
    const type = pick(CASE_TYPES);
    cases.push({
      type: 'arende-1177', version: '1.0', id: `arende-${i}`, receivedAt, status,
      ...(replied ? { firstReplyAt: `${addDays(received, replyAfter)}T${String(replyAfter ? 8 + int(8) : Math.min(23, hour + 1)).padStart(2, '0')}:00` } : {}),
      patient: { personId: patient.personId }, handledBy: { name: 'Ärendemottagare', profession: type === 'FORNYA_RECEPT' || type === 'VAB_UNDER_12' ? 'sjukskoterska' : 'medicinsksekreterare' },
      unit: { hsaId: patient.unit.hsaId }, answers: { arendetyp: type, ...(type === 'AVBOKA_OMBOKA' ? { avbokning: 'AVBOKA' } : {}) },
    });
  }
  return { listings, certificates, questions, consents, contacts, cases };
}
