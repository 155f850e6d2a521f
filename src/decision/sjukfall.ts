/**
 * Sick-leave cases (sjukfall) of a care unit, as Rehabstöd computes them
 * (SjukfallIntygEnhetCreator/Resolver, SjukfallLangdCalculator): certificates of one patient no
 * more than `gapDays` uncovered days apart form one case, its length counts covered days only,
 * and the case shown is the one holding the latest-signed certificate active on the active date.
 * Pure: plain FK7804/AG7804 payloads in, one row per case out.
 */

import { parsePersonId } from '../util/personnummer.js';
import { coveredDays, formatDay, parseDay } from './days.js';

export interface SickLeaveCertificate {
  id?: string;
  type?: string;
  status?: string;
  signedAt?: string;
  patient?: { personId?: string };
  issuer?: { hsaId?: string; name?: string };
  unit?: { hsaId?: string; name?: string };
  answers?: {
    sjukskrivning?: Record<string, { from?: string; to?: string } | undefined>;
    diagnoser?: Array<{ code?: string; description?: string }>;
    sysselsattning?: string[];
  };
}

export interface SjukfallOptions {
  /** Only certificates issued at this unit (HSA id), as Rehabstöd's unit view. */
  unit?: string;
  /** Uncovered days allowed between certificates of one case, 0–90; Rehabstöd's default is 5. */
  gapDays?: number;
  /** The date the cases are computed for, `YYYY-MM-DD`. */
  activeDate: string;
  /** Also show cases that ended at most this many days before the active date, 0–14. */
  recentlyEndedDays?: number;
}

export type Sex = 'M' | 'F' | 'U';

export interface Sjukfall {
  patient: { personId: string; sex: Sex; age: number | null };
  diagnosis: string | null;
  secondaryDiagnoses: string[];
  start: string;
  end: string;
  /** Covered days, inclusive; gap days between certificates are not counted. */
  days: number;
  certificates: number;
  certificateIds: string[];
  /** The active certificate's degrees (percent) in date order. */
  degrees: number[];
  /** The degree on the active date; null for a recently ended case. */
  currentDegree: number | null;
  occupation: string[];
  doctor: { hsaId?: string; name?: string } | null;
  unit: { hsaId?: string; name?: string } | null;
  activeCertificateId: string | null;
  recentlyEnded: boolean;
}

export const DEGREE_PERCENT: Record<string, number> = { EN_FJARDEDEL: 25, HALFTEN: 50, TRE_FJARDEDEL: 75, HELT_NEDSATT: 100 };

/** One certificate reduced to what the algorithm compares; index points back to the input. */
interface Entry {
  index: number;
  start: number;
  end: number;
  /** Flat [from, to, percent, from, to, percent, …]. */
  periods: number[];
  active: boolean;
  recent: boolean;
}

function entryOf(cert: SickLeaveCertificate, index: number, active: number, recentDays: number): Entry | undefined {
  const sjukskrivning = cert.answers?.sjukskrivning;
  if (!sjukskrivning) return undefined;
  const periods: number[] = [];
  let start = Infinity, end = -Infinity, isActive = false;
  for (const key in sjukskrivning) {
    const period = sjukskrivning[key];
    const from = parseDay(period?.from), to = parseDay(period?.to);
    // A period that is not two real dates in order cannot be placed on the calendar.
    if (!(from <= to)) continue;
    periods.push(from, to, DEGREE_PERCENT[key] ?? 0);
    if (from < start) start = from;
    if (to > end) end = to;
    if (from <= active && active <= to) isActive = true;
  }
  if (periods.length === 0) return undefined;
  const recent = !isActive && end < active && end + recentDays + 1 > active;
  return { index, start, end, periods, active: isActive, recent };
}

/** Latest signed wins (Rehabstöd); then the later end, then the later input, so ties are stable. */
function laterSigned(a: Entry, b: Entry, certs: readonly SickLeaveCertificate[]): boolean {
  const sa = certs[a.index].signedAt ?? '', sb = certs[b.index].signedAt ?? '';
  if (sa !== sb) return sa > sb;
  if (a.end !== b.end) return a.end > b.end;
  return a.index > b.index;
}

export function sexOf(personId: string): Sex {
  const digit = personId.length === 12 ? personId.charCodeAt(10) - 48 : -1;
  return digit < 0 || digit > 9 ? 'U' : digit % 2 === 1 ? 'M' : 'F';
}

export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export function checkOptions(options: SjukfallOptions): { gap: number; active: number; recentDays: number } {
  const gap = options.gapDays ?? 5;
  const recentDays = options.recentlyEndedDays ?? 0;
  const active = parseDay(options.activeDate);
  if (Number.isNaN(active)) throw new RangeError(`activeDate must be YYYY-MM-DD, got ${JSON.stringify(options.activeDate)}`);
  if (!Number.isInteger(gap) || gap > 90) throw new RangeError(`gapDays must be a whole number 0–90, got ${gap}`);
  if (!Number.isInteger(recentDays) || recentDays < 0 || recentDays > 14) throw new RangeError(`recentlyEndedDays must be 0–14, got ${recentDays}`);
  return { gap, active, recentDays };
}

/** The patient a certificate counts for, or undefined when the certificate does not count. */
function personIdOf(cert: SickLeaveCertificate, unit: string | undefined): string | undefined {
  // Drafts (locked ones too: they were never signed) and revoked certificates never reach
  // Rehabstöd; a payload without status is issued.
  if (cert.status === 'draft' || cert.status === 'locked' || cert.status === 'revoked') return undefined;
  if (unit !== undefined && cert.unit?.hsaId !== unit) return undefined;
  const personId = cert.patient?.personId;
  return personId ? (personId.length === 13 ? personId.replace('-', '') : personId) : undefined;
}

/** Whether any period covers the active date or ended within the recent window; no allocation. */
function touchesActiveDate(cert: SickLeaveCertificate, active: number, recentDays: number): boolean {
  const sjukskrivning = cert.answers?.sjukskrivning;
  for (const key in sjukskrivning) {
    const to = parseDay(sjukskrivning[key]?.to);
    if (to >= active) {
      if (parseDay(sjukskrivning[key]?.from) <= active) return true;
    } else if (to + recentDays + 1 > active) return true;
  }
  return false;
}

/** Certificates in, one case per patient with an active or recently ended certificate out. */
export function sjukfall(certificates: readonly SickLeaveCertificate[], options: SjukfallOptions): Sjukfall[] {
  const { gap, active, recentDays } = checkOptions(options);
  // Rehabstöd returns nothing for a negative gap rather than failing.
  if (gap < 0) return [];
  // Two passes: most patients in a region have no ongoing case, so only the patients that do
  // get per-certificate entries. This keeps memory at a fraction of the input's.
  const relevant = new Set<string>();
  for (const cert of certificates) {
    const personId = personIdOf(cert, options.unit);
    if (personId !== undefined && !relevant.has(personId) && touchesActiveDate(cert, active, recentDays)) relevant.add(personId);
  }
  const byPatient = new Map<string, Entry[]>();
  for (let i = 0; i < certificates.length; i++) {
    const personId = personIdOf(certificates[i], options.unit);
    if (personId === undefined || !relevant.has(personId)) continue;
    const entry = entryOf(certificates[i], i, active, recentDays);
    if (!entry) continue;
    const list = byPatient.get(personId);
    if (list) list.push(entry);
    else byPatient.set(personId, [entry]);
  }
  const cases: Sjukfall[] = [];
  for (const [personId, entries] of byPatient) {
    const result = patientCase(personId, entries, certificates, gap, active, options.activeDate);
    if (result) cases.push(result);
  }
  // Rehabstöd's last step: sort by start date.
  return cases.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.patient.personId < b.patient.personId ? -1 : 1));
}

function patientCase(personId: string, entries: Entry[], certs: readonly SickLeaveCertificate[], gap: number, active: number, activeDate: string): Sjukfall | undefined {
  let anchor: Entry | undefined;
  for (const e of entries) if (e.active && (!anchor || laterSigned(e, anchor, certs))) anchor = e;
  // No active certificate: the most recently ended one anchors a "recently ended" case.
  if (!anchor) for (const e of entries) if (e.recent && (!anchor || e.end > anchor.end || (e.end === anchor.end && laterSigned(e, anchor, certs)))) anchor = e;
  if (!anchor) return undefined;

  // The case is the chain around the anchor in which each certificate starts at most gap + 1
  // days after the chain's end so far (SjukfallIntygEnhetResolver grows the same chain outwards).
  entries.sort((a, b) => a.start - b.start || a.end - b.end);
  let chainStart = 0, chainEnd = -Infinity, found = false, last = entries.length;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (e.start > chainEnd + gap + 1) {
      if (found) { last = i; break; }
      chainStart = i;
      chainEnd = e.end;
    } else if (e.end > chainEnd) chainEnd = e.end;
    if (e === anchor) found = true;
  }
  const chain = entries.slice(chainStart, last);
  const intervals: Array<[number, number]> = [];
  let start = Infinity, end = -Infinity;
  for (const e of chain) {
    for (let p = 0; p < e.periods.length; p += 3) intervals.push([e.periods[p], e.periods[p + 1]]);
    if (e.start < start) start = e.start;
    if (e.end > end) end = e.end;
  }
  return buildCase(personId, anchor, chain, certs, { start, end, days: coveredDays(intervals) }, active, activeDate);
}

function buildCase(personId: string, anchor: Entry, chain: Entry[], certs: readonly SickLeaveCertificate[], span: { start: number; end: number; days: number }, active: number, activeDate: string): Sjukfall {
  const cert = certs[anchor.index];
  const order: Array<[number, number, number]> = [];
  for (let p = 0; p < anchor.periods.length; p += 3) order.push([anchor.periods[p], anchor.periods[p + 1], anchor.periods[p + 2]]);
  order.sort((a, b) => a[0] - b[0]);
  let currentDegree: number | null = null;
  for (const [from, to, percent] of order) if (anchor.active && from <= active && active <= to) currentDegree = Math.max(currentDegree ?? 0, percent);
  const codes = (cert.answers?.diagnoser ?? []).map((d) => d?.code).filter((c): c is string => typeof c === 'string' && c !== '');
  const person = parsePersonId(personId);
  return {
    patient: { personId, sex: sexOf(personId), age: person ? ageOn(person.birthDate, activeDate) : null },
    diagnosis: codes[0] ?? null,
    secondaryDiagnoses: codes.slice(1),
    start: formatDay(span.start),
    end: formatDay(span.end),
    days: span.days,
    certificates: chain.length,
    certificateIds: chain.map((e) => certs[e.index].id ?? `#${e.index + 1}`),
    degrees: order.map((p) => p[2]),
    currentDegree,
    occupation: cert.answers?.sysselsattning ?? [],
    doctor: cert.issuer ? { hsaId: cert.issuer.hsaId, name: cert.issuer.name } : null,
    unit: cert.unit ? { hsaId: cert.unit.hsaId, name: cert.unit.name } : null,
    activeCertificateId: anchor.active ? cert.id ?? `#${anchor.index + 1}` : null,
    recentlyEnded: !anchor.active,
  };
}
