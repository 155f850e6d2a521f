/**
 * Context facts and the `params.days` date shift, shared by the fast evaluator and the
 * json-rules-engine runner so both see exactly the same fact values.
 */

import { addDays, isIsoDate } from '../util/dates.js';
import { parsePersonId } from '../util/personnummer.js';
import { isPlainObject } from '../fields/kind.js';

export type Facts = Record<string, unknown>;

/**
 * `params: { days: N }` moves the dates of a fact N days: a date itself, or the date-valued
 * properties of an object (`patient.birthDate`, a period's `from`/`to`). Other values are kept.
 */
export function shiftDates(value: unknown, days: number | undefined): unknown {
  if (!days) return value;
  if (isIsoDate(value)) return addDays(value, days);
  if (!isPlainObject(value)) return value;
  const shifted: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = value[key];
    shifted[key] = isIsoDate(item) ? addDays(item, days) : item;
  }
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
  patient: { personId?: unknown; idType?: string; birthDate?: string };
  issuer: Record<string, unknown>;
  unit: Record<string, unknown>;
}

/** The facts besides the answers. The birth date is derived, never taken from the payload. */
export function contextFacts(certificate: Record<string, unknown>, today: string): ContextFacts {
  const patientSource = isPlainObject(certificate.patient) ? certificate.patient : {};
  const person = parsePersonId(patientSource.personId);
  return {
    today,
    patient: person ? { ...person } : { personId: patientSource.personId },
    issuer: pick(certificate.issuer, ['hsaId', 'name', 'profession']),
    unit: pick(certificate.unit, ['hsaId', 'name', 'address', 'postalCode', 'city', 'phone']),
  };
}
