/**
 * The runtime checks of the envelope pieces several document kinds share: the patient, the care
 * unit, a person with a care profession, dates and timestamps. Their JSON Schemas are in
 * `envelope-schema-parts.ts` and give the same verdicts, so the generated schema and `validate()`
 * agree on every payload's shape; kept apart so the browser build carries no schema builders.
 */

import { isPlainObject, type Issue } from '../fields/kind.js';
import { ENVELOPE_OBJECTS, PERSON_ID_PATTERN, UNIT_CONTACT_MESSAGES } from '../compiler/envelope.js';
import { isTimestamp } from '../util/timestamp.js';
import { CARE_PROFESSIONS, type CertificateModel } from '../model/types.js';
import { isIsoDate } from '../util/dates.js';
import { parsePersonId } from '../util/personnummer.js';

const PERSON_ID = new RegExp(PERSON_ID_PATTERN);

export const typeIssue = (field: string, message = 'Uppgiften har fel format.'): Issue => ({ field, code: 'invalid-type', message });
export const missing = (field: string, message: string): Issue => ({ field, code: 'required', message });

/** Unknown keys at the top level: the same `unknown-field` the certificate envelope reports. */
export function checkKeys(document: Record<string, unknown>, allowed: readonly string[], noun: string, errors: Issue[]): void {
  for (const key of Object.keys(document)) {
    if (!allowed.includes(key)) errors.push({ field: key, code: 'unknown-field', message: `Okänd uppgift "${key}" i ${noun}.` });
  }
}

export function checkId(document: Record<string, unknown>, errors: Issue[]): void {
  if (document.id !== undefined && typeof document.id !== 'string') errors.push(typeIssue('id'));
}

export function checkPatient(document: Record<string, unknown>, errors: Issue[]): void {
  const patient = document.patient;
  if (patient === undefined) return void errors.push(typeIssue('patient', 'patient saknas.'));
  if (!isPlainObject(patient)) return void errors.push(typeIssue('patient'));
  for (const key of Object.keys(patient)) if (key !== 'personId') errors.push({ field: `patient.${key}`, code: 'unknown-field', message: `Okänd uppgift patient.${key}.` });
  const personId = patient.personId;
  if (personId === undefined) errors.push(typeIssue('patient.personId', 'patient.personId saknas.'));
  else if (typeof personId !== 'string' || !PERSON_ID.test(personId)) errors.push(typeIssue('patient.personId', 'Ange personnummer eller samordningsnummer med tolv siffror.'));
  else if (!parsePersonId(personId)) errors.push({ field: 'patient.personId', code: 'invalid-person-id', message: 'Personnumret är inte giltigt (datum eller kontrollsiffra).' });
}

/** The care unit; with `requireHsaId`, a missing HSA id is a shape error, as the schema's `required`. */
export function checkUnit(document: Record<string, unknown>, model: CertificateModel, requireHsaId: boolean, errors: Issue[]): void {
  const unit = document.unit;
  if (unit === undefined) {
    if (requireHsaId) errors.push(missing('unit.hsaId', 'Ange vårdenhetens HSA-id.'));
  } else if (!isPlainObject(unit)) errors.push(typeIssue('unit'));
  else {
    for (const key of Object.keys(unit)) {
      if (!(ENVELOPE_OBJECTS.unit.keys as readonly string[]).includes(key)) errors.push({ field: `unit.${key}`, code: 'unknown-field', message: `Okänd uppgift unit.${key}.` });
      else if (typeof unit[key] !== 'string') errors.push(typeIssue(`unit.${key}`));
    }
    if (requireHsaId && (unit.hsaId === undefined || (typeof unit.hsaId === 'string' && unit.hsaId.trim() === ''))) errors.push(missing('unit.hsaId', 'Ange vårdenhetens HSA-id.'));
  }
  if (model.unitContact === 'required' && (unit === undefined || isPlainObject(unit))) {
    const contact = (unit ?? {}) as Record<string, unknown>;
    for (const [key, message] of Object.entries(UNIT_CONTACT_MESSAGES)) {
      const value = contact[key];
      if (value === undefined || (typeof value === 'string' && value.trim() === '')) errors.push(missing(`unit.${key}`, message));
    }
  }
}

/** A person object: strings, a known care profession, and boolean `flags`; `required` by message. */
export function checkPerson(key: string, value: unknown, required: Record<string, string>, flags: readonly string[], errors: Issue[]): void {
  if (value === undefined) {
    for (const name in required) errors.push(missing(`${key}.${name}`, required[name]));
    return;
  }
  if (!isPlainObject(value)) return void errors.push(typeIssue(key));
  for (const name in value) {
    if (!Object.prototype.hasOwnProperty.call(value, name)) continue;
    const item = value[name];
    if (flags.includes(name)) {
      if (typeof item !== 'boolean') errors.push(typeIssue(`${key}.${name}`, `${key}.${name} ska vara true eller false.`));
    } else if (name === 'profession') {
      if (!(CARE_PROFESSIONS as readonly unknown[]).includes(item)) errors.push({ field: `${key}.profession`, code: 'invalid-type', message: `Okänd yrkesroll. Tillåtna: ${CARE_PROFESSIONS.join(', ')}.` });
    } else if (name === 'hsaId' || name === 'name') {
      if (typeof item !== 'string') errors.push(typeIssue(`${key}.${name}`));
    } else errors.push({ field: `${key}.${name}`, code: 'unknown-field', message: `Okänd uppgift ${key}.${name}.` });
  }
  for (const name in required) if (value[name] === undefined) errors.push(missing(`${key}.${name}`, required[name]));
}

/**
 * A date of the envelope: a real date (else `invalid-date`, as a date answer), required when
 * `message` is given, and not after `today` when `notAfterToday`.
 */
export function checkDate(key: string, value: unknown, today: string, options: { required?: string; notAfterToday?: string }, errors: Issue[]): value is string {
  if (value === undefined) {
    if (options.required) errors.push(missing(key, options.required));
    return false;
  }
  if (!isIsoDate(value)) {
    errors.push({ field: key, code: value === '' ? 'invalid-date' : typeof value === 'string' ? 'invalid-date' : 'invalid-type', message: value === '' ? 'Ange ett datum.' : 'Ange datum i formatet ÅÅÅÅ-MM-DD.' });
    return false;
  }
  if (options.notAfterToday && value > today) errors.push({ field: key, code: 'date-max', message: options.notAfterToday });
  return true;
}

/**
 * A timestamp of the envelope: `2026-03-02` or `2026-03-02T09:15`, with or without an offset; a
 * real date and clock time (util/timestamp.ts), as the schema's pattern says.
 */
export function checkTimestamp(key: string, value: unknown, required: string | undefined, errors: Issue[]): value is string {
  if (value === undefined) {
    if (required) errors.push(missing(key, required));
    return false;
  }
  if (typeof value !== 'string') {
    errors.push(typeIssue(key, `${key} ska vara ett datum eller en tidpunkt, ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM-DDTtt:mm.`));
    return false;
  }
  if (!isTimestamp(value)) {
    errors.push({ field: key, code: 'invalid-date', message: `${key} är ingen verklig tidpunkt. Ange ett datum som finns och en tid mellan 00:00 och 23:59, t.ex. 2026-03-02T09:15.` });
    return false;
  }
  return true;
}

export function pick(source: unknown, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!isPlainObject(source)) return out;
  for (const key of keys) if (Object.prototype.hasOwnProperty.call(source, key)) out[key] = source[key];
  return out;
}
