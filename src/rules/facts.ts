/**
 * Context facts and the `params.days` date shift, shared by the fast evaluator and the
 * json-rules-engine runner so both see exactly the same fact values.
 */

import { addDays, isIsoDate } from '../util/dates.js';
import { parsePersonId } from '../util/personnummer.js';
import { isPlainObject } from '../fields/kind.js';

export type Facts = Record<string, unknown>;

/** Answers nest a few levels (periods → period → date); deeper values are left as they are. */
const MAX_SHIFT_DEPTH = 4;

/**
 * `params: { days: N }` moves every date in a fact N days: a date itself, or the dates inside an
 * object or list (`patient.birthDate`, `sjukskrivning.HALFTEN.from`, `foljd[0].datum`). The shift
 * happens before `path` is applied, as json-rules-engine computes a fact before its path.
 */
export function shiftDates(value: unknown, days: number | undefined, depth = 0): unknown {
  if (!days) return value;
  if (isIsoDate(value)) return addDays(value, days);
  if (depth >= MAX_SHIFT_DEPTH || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => shiftDates(item, days, depth + 1));
  const shifted: Record<string, unknown> = {};
  for (const key of Object.keys(value)) shifted[key] = shiftDates((value as Record<string, unknown>)[key], days, depth + 1);
  return shifted;
}

function pick(source: unknown, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!isPlainObject(source)) return out;
  for (const key of keys) if (Object.prototype.hasOwnProperty.call(source, key)) out[key] = source[key];
  return out;
}

export interface ContextFacts {
  today: string;
  patient: { personId?: unknown; idType?: string; birthDate?: string; birthYear?: number };
  issuer: Record<string, unknown>;
  unit: Record<string, unknown>;
  /** When the certificate is (or, for a draft, would be) signed: `signedAt`'s date, else today. */
  signing: { date: string; year: number };
}

/** The date of the payload's `signedAt` (a date or a date-time), or undefined. */
export function signingDateOf(certificate: Record<string, unknown>): string | undefined {
  const signedAt = certificate.signedAt;
  return typeof signedAt === 'string' && isIsoDate(signedAt.slice(0, 10)) ? signedAt.slice(0, 10) : undefined;
}

/** The facts besides the answers. The birth date is derived, never taken from the payload. */
export function contextFacts(certificate: Record<string, unknown>, today: string): ContextFacts {
  const patientSource = isPlainObject(certificate.patient) ? certificate.patient : {};
  const person = parsePersonId(patientSource.personId);
  const signingDate = signingDateOf(certificate) ?? today;
  return {
    today,
    patient: person ? { ...person, birthYear: Number(person.birthDate.slice(0, 4)) } : { personId: patientSource.personId },
    issuer: pick(certificate.issuer, ['hsaId', 'name', 'profession']),
    unit: pick(certificate.unit, ['hsaId', 'name', 'address', 'postalCode', 'city', 'phone']),
    signing: { date: signingDate, year: Number(signingDate.slice(0, 4)) },
  };
}
