/**
 * The region's quality indicators for the sick-leave process (seed 001, "Uppföljning"), per care
 * unit and for the region:
 * - sick-leave cases per 1000 listed patients aged 16–68, set against the median of all units
 *   (the listing counts are input, from the care-choice follow-up);
 * - the share of certificates where Försäkringskassan asks for komplettering (`kompletteringShare`,
 *   as `intyg statistik` computes it);
 * - reminders (påminnelser) Försäkringskassan sent;
 * - unique patients who had a contact or intervention of the rehab coordinator (KVÅ GC001);
 * - sick-leave and rehabilitation plans drawn up (KVÅ DV077).
 * Pure: documents in, counts out. Cases are Rehabstöd's, through the existing `sjukfall()`, per
 * unit on the indicator date; registrations count when their contact date is in the period.
 */

import { sjukfall, type SickLeaveCertificate } from '../decision/sjukfall.js';
import { kompletteringShare, type CertificateQuestion } from '../decision/statistics.js';
import { isPlainObject } from '../fields/kind.js';
import type { CertificateModel } from '../model/types.js';
import { isIsoDate } from '../util/dates.js';
import { personIdOf } from './patient.js';

/** Listed patients aged 16–68 at a care unit: `{ "unit": "SE…", "unitName": "…", "listed": 8123 }`. */
export interface Listing {
  unit: string;
  unitName?: string;
  listed: number;
}

export interface IndicatorInput {
  certificates: readonly SickLeaveCertificate[];
  /** Questions from Försäkringskassan: `KOMPLT` asks for komplettering, `PAMINN` is a reminder. */
  questions: readonly CertificateQuestion[];
  registrations: readonly unknown[];
  listings: readonly Listing[];
}

export interface IndicatorOptions {
  /** The date sick-leave cases are counted on (Rehabstöd's "ongoing"), `YYYY-MM-DD`. */
  date: string;
  /** The period registrations count in, inclusive. */
  from: string;
  to: string;
  /** The registration models by type id, to find each one's KVÅ codes. */
  models: ReadonlyMap<string, CertificateModel>;
}

export interface IndicatorRow {
  unit: string;
  unitName?: string;
  /** Listed patients aged 16–68; absent when no listing was given for the unit. */
  listed?: number;
  /** Ongoing sick-leave cases on the date, patients aged 16–68. */
  sickLeaveCases: number;
  casesPer1000?: number;
  /** casesPer1000 divided by the median of all units with a listing. */
  ratioToMedian?: number;
  komplettering: { certificates: number; withRequest: number; share: number };
  reminders: number;
  /** Unique patients with a GC001 contact in the period. */
  rehabCoordinatorPatients: number;
  /** Registrations with DV077 in the period. */
  plans: number;
}

export interface Indicators {
  date: string;
  period: { from: string; to: string };
  /** The median of the units' cases per 1000 listed patients (units with a listing). */
  medianCasesPer1000?: number;
  units: IndicatorRow[];
  region: Omit<IndicatorRow, 'unit' | 'unitName' | 'ratioToMedian'> & { unit: 'region'; unitName: string };
}

export const AGE_RANGE = { min: 16, max: 68 } as const;
const REMINDER = 'PAMINN';

const round = (value: number, decimals = 2) => Math.round(value * 10 ** decimals) / 10 ** decimals;

function median(values: number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function codesOf(registration: Record<string, unknown>, model: CertificateModel): readonly unknown[] {
  const answers = isPlainObject(registration.answers) ? registration.answers : {};
  const codes = model.registration ? answers[model.registration.codesField] : undefined;
  return Array.isArray(codes) ? codes : [];
}

interface Tally {
  unitName?: string;
  certificates: SickLeaveCertificate[];
  reminders: number;
  gc001: Set<string>;
  plans: number;
}

export function indicators(input: IndicatorInput, options: IndicatorOptions): Indicators {
  if (!isIsoDate(options.date) || !isIsoDate(options.from) || !isIsoDate(options.to)) throw new RangeError('date, from and to must be YYYY-MM-DD');
  const units = new Map<string, Tally>();
  const tally = (unit: string, name?: unknown) => {
    let entry = units.get(unit);
    if (!entry) units.set(unit, (entry = { certificates: [], reminders: 0, gc001: new Set(), plans: 0 }));
    if (entry.unitName === undefined && typeof name === 'string') entry.unitName = name;
    return entry;
  };
  for (const listing of input.listings) tally(listing.unit, listing.unitName);
  // One pass groups the certificates by unit, so each unit's sjukfall() sees only its own (Rehabstöd's unit view).
  const unitOfCertificate = new Map<string, string>();
  for (const certificate of input.certificates) {
    const unit = certificate.unit?.hsaId;
    if (!unit) continue;
    tally(unit, certificate.unit?.name).certificates.push(certificate);
    if (certificate.id) unitOfCertificate.set(certificate.id, unit);
  }
  for (const question of input.questions) {
    const unit = question.subject === REMINDER ? unitOfCertificate.get(question.certificateId) : undefined;
    if (unit) tally(unit).reminders += 1;
  }
  const regionGc001 = new Set<string>();
  for (const registration of input.registrations) {
    if (!isPlainObject(registration) || typeof registration.type !== 'string') continue;
    const model = options.models.get(registration.type);
    const date = registration.contactDate;
    const unit = isPlainObject(registration.unit) ? registration.unit.hsaId : undefined;
    if (model?.document !== 'registration' || typeof unit !== 'string' || !isIsoDate(date) || date < options.from || date > options.to) continue;
    const codes = codesOf(registration, model);
    const entry = tally(unit, isPlainObject(registration.unit) ? registration.unit.name : undefined);
    const personId = personIdOf(registration);
    if (codes.includes('GC001') && personId) {
      entry.gc001.add(personId);
      regionGc001.add(personId);
    }
    if (codes.includes('DV077')) entry.plans += 1;
  }
  const listed = new Map(input.listings.map((listing) => [listing.unit, listing.listed]));
  const rows: IndicatorRow[] = [...units.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([unit, entry]) => {
    const cases = sjukfall(entry.certificates, { unit, activeDate: options.date, gapDays: 5 });
    const counted = cases.filter((found) => !found.recentlyEnded && found.patient.age !== null && found.patient.age >= AGE_RANGE.min && found.patient.age <= AGE_RANGE.max);
    const listedHere = listed.get(unit);
    const komplettering = kompletteringShare(cases, input.questions);
    return {
      unit,
      ...(entry.unitName !== undefined ? { unitName: entry.unitName } : {}),
      ...(listedHere !== undefined ? { listed: listedHere } : {}),
      sickLeaveCases: counted.length,
      ...(listedHere ? { casesPer1000: round((counted.length / listedHere) * 1000) } : {}),
      komplettering: { ...komplettering, share: round(komplettering.share, 4) },
      reminders: entry.reminders,
      rehabCoordinatorPatients: entry.gc001.size,
      plans: entry.plans,
    };
  });
  const medianCasesPer1000 = median(rows.flatMap((row) => (row.casesPer1000 !== undefined ? [row.casesPer1000] : [])));
  if (medianCasesPer1000) for (const row of rows) if (row.casesPer1000 !== undefined) row.ratioToMedian = round(row.casesPer1000 / medianCasesPer1000);
  const sum = (pick: (row: IndicatorRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const listedTotal = sum((row) => row.listed ?? 0);
  const casesInListedUnits = sum((row) => (row.listed ? row.sickLeaveCases : 0));
  const kompletteringTotal = { certificates: sum((row) => row.komplettering.certificates), withRequest: sum((row) => row.komplettering.withRequest) };
  return {
    date: options.date,
    period: { from: options.from, to: options.to },
    ...(medianCasesPer1000 !== undefined ? { medianCasesPer1000: round(medianCasesPer1000) } : {}),
    units: rows,
    region: {
      unit: 'region',
      unitName: 'Regionen',
      ...(listedTotal ? { listed: listedTotal } : {}),
      sickLeaveCases: sum((row) => row.sickLeaveCases),
      ...(listedTotal ? { casesPer1000: round((casesInListedUnits / listedTotal) * 1000) } : {}),
      komplettering: { ...kompletteringTotal, share: kompletteringTotal.certificates ? round(kompletteringTotal.withRequest / kompletteringTotal.certificates, 4) : 0 },
      reminders: sum((row) => row.reminders),
      rehabCoordinatorPatients: regionGc001.size,
      plans: sum((row) => row.plans),
    },
  };
}

/**
 * Sorts a region's documents into the indicators' input: certificates (FK7804/AG7804, with a sick
 * leave), Försäkringskassan's questions, registrations and listings. Anything else is counted.
 */
export function indicatorInput(lines: readonly Record<string, unknown>[], models: ReadonlyMap<string, CertificateModel>): IndicatorInput & { ignored: number } {
  const input = { certificates: [] as SickLeaveCertificate[], questions: [] as CertificateQuestion[], registrations: [] as unknown[], listings: [] as Listing[], ignored: 0 };
  for (const line of lines) {
    const model = typeof line.type === 'string' ? models.get(line.type) : undefined;
    if (model?.document === 'registration') input.registrations.push(line);
    else if (model && isPlainObject(line.answers) && isPlainObject(line.answers.sjukskrivning)) input.certificates.push(line as SickLeaveCertificate);
    else if (typeof line.certificateId === 'string' && typeof line.subject === 'string') input.questions.push({ certificateId: line.certificateId, subject: line.subject });
    else if (typeof line.unit === 'string' && Number.isInteger(line.listed) && (line.listed as number) >= 0) {
      input.listings.push({ unit: line.unit, listed: line.listed as number, ...(typeof line.unitName === 'string' ? { unitName: line.unitName } : {}) });
    } else input.ignored += 1;
  }
  return input;
}
