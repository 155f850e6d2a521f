/**
 * Context facts and the `params.days` date shift, shared by the fast evaluator and the
 * json-rules-engine runner so both see exactly the same fact values.
 */

import { addDays, isIsoDate } from '../util/dates.js';
import { parsePersonId } from '../util/personnummer.js';
import { isPlainObject } from '../fields/kind.js';
import type { CertificateModel, ContextFactName } from '../model/types.js';
import type { History } from '../documents/history-types.js';
import { documentKind } from '../documents/registry.js';

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

const UNIT_KEYS = ['hsaId', 'name', 'address', 'postalCode', 'city', 'phone'] as const;

export type ContextFacts = Partial<Record<ContextFactName, unknown>> & {
  today: string;
  patient: { personId?: unknown; idType?: string; birthDate?: string; birthYear?: number };
  unit: Record<string, unknown>;
};

export { signingDateOf } from '../documents/kinds/certificate.js';

/**
 * The facts besides the answers: today, the patient and the unit for every document, and those of
 * its document kind (a certificate's issuer; a registration's contact, performer and, from the
 * patient's history, sick leave and consents). The birth date is derived, never taken from the payload.
 */
export function contextFacts(document: Record<string, unknown>, today: string, model?: CertificateModel, history?: History): ContextFacts {
  const patientSource = isPlainObject(document.patient) ? document.patient : {};
  const person = parsePersonId(patientSource.personId);
  // The kind's facts come in a fresh object per call; the shared ones are added to it rather than
  // spread into another, since a region's year validates this 450,000 times.
  const facts = documentKind(model?.document).contextFacts(document, model!, history, today) as ContextFacts;
  facts.today = today;
  facts.patient = person ? { ...person, birthYear: Number(person.birthDate.slice(0, 4)) } : { personId: patientSource.personId };
  facts.unit = pick(document.unit, UNIT_KEYS);
  return facts;
}
