/**
 * Checks the payload around `answers` with the same verdicts as the generated JSON Schema, plus
 * what a schema cannot say: a personnummer with a wrong check digit, missing unit contact details.
 */

import type { Issue } from '../fields/kind.js';
import { isPlainObject } from '../fields/kind.js';
import { ENVELOPE_KEYS, ENVELOPE_OBJECTS, PERSON_ID_PATTERN, STATUSES, TIMESTAMP_KEYS, UNIT_CONTACT_MESSAGES } from '../compiler/envelope.js';
import { PROFESSIONS, type CertificateModel } from '../model/types.js';
import { isReserveNumber, parsePersonId } from '../util/personnummer.js';
import { forbiddenCharacter, forbiddenCharacterMessage } from '../util/text.js';
import { isTimestamp } from '../util/timestamp.js';

const PERSON_ID = new RegExp(PERSON_ID_PATTERN);
const typeIssue = (field: string, message = 'Uppgiften har fel format.'): Issue => ({ field, code: 'invalid-type', message });

function checkObject(name: keyof typeof ENVELOPE_OBJECTS, value: unknown, errors: Issue[]): void {
  if (value === undefined) {
    if (ENVELOPE_OBJECTS[name].required.length) errors.push(typeIssue(name, `${name} saknas.`));
    return;
  }
  if (!isPlainObject(value)) return void errors.push(typeIssue(name));
  const { keys, required } = ENVELOPE_OBJECTS[name];
  for (const key of Object.keys(value)) {
    if (!(keys as readonly string[]).includes(key)) errors.push({ field: `${name}.${key}`, code: 'unknown-field', message: `Okänd uppgift ${name}.${key}.` });
    else if (typeof value[key] !== 'string' && !(name === 'issuer' && key === 'profession')) errors.push(typeIssue(`${name}.${key}`));
    else if (typeof value[key] === 'string') checkCharacters(value[key], `${name}.${key}`, errors);
  }
  for (const key of required) if (value[key] === undefined) errors.push(typeIssue(`${name}.${key}`, `${name}.${key} saknas.`));
}

/** Envelope texts are printed and transported like answers, so the same characters are refused. */
function checkCharacters(text: string, field: string, errors: Issue[]): void {
  const found = forbiddenCharacter(text);
  if (found) errors.push({ field, code: 'invalid-character', message: forbiddenCharacterMessage(found) });
}

export function checkEnvelope(certificate: Record<string, unknown>, model: CertificateModel, errors: Issue[]): void {
  for (const key of Object.keys(certificate)) {
    if (!(ENVELOPE_KEYS as readonly string[]).includes(key)) errors.push({ field: key, code: 'unknown-field', message: `Okänd uppgift "${key}" i intyget.` });
  }
  if (certificate.id !== undefined && typeof certificate.id !== 'string') errors.push(typeIssue('id'));
  else if (typeof certificate.id === 'string') checkCharacters(certificate.id, 'id', errors);
  if (certificate.status !== undefined && !(STATUSES as readonly unknown[]).includes(certificate.status)) {
    errors.push({ field: 'status', code: 'invalid-type', message: `Okänd status. Tillåtna: ${STATUSES.join(', ')}.` });
  }
  for (const key of TIMESTAMP_KEYS) {
    const value = certificate[key];
    if (value === undefined || isTimestamp(value)) continue;
    // The value is not quoted back: it could be anything.
    errors.push(typeof value === 'string'
      ? { field: key, code: 'invalid-date', message: `${key} är ingen verklig tidpunkt. Ange ett datum som finns och en tid mellan 00:00 och 23:59, t.ex. 2026-11-20T14:05.` }
      : typeIssue(key, `${key} ska vara ett datum eller en tidpunkt, t.ex. 2026-11-20T14:05.`));
  }
  checkObject('patient', certificate.patient, errors);
  const personId = isPlainObject(certificate.patient) ? certificate.patient.personId : undefined;
  if (typeof personId === 'string') {
    if (!PERSON_ID.test(personId)) errors.push(typeIssue('patient.personId', 'Ange personnummer eller samordningsnummer med tolv siffror.'));
    else if (!isReserveNumber(personId) && !parsePersonId(personId)) errors.push({ field: 'patient.personId', code: 'invalid-person-id', message: 'Personnumret är inte giltigt (datum eller kontrollsiffra).' });
  }
  checkObject('issuer', certificate.issuer, errors);
  const profession = isPlainObject(certificate.issuer) ? certificate.issuer.profession : undefined;
  if (profession !== undefined && !(PROFESSIONS as readonly unknown[]).includes(profession)) {
    errors.push({ field: 'issuer.profession', code: 'invalid-type', message: `Okänd yrkesroll. Tillåtna: ${PROFESSIONS.join(', ')}.` });
  }
  checkObject('unit', certificate.unit, errors);
  if (model.unitContact === 'required' && (certificate.unit === undefined || isPlainObject(certificate.unit))) {
    const unit = (certificate.unit ?? {}) as Record<string, unknown>;
    for (const [key, message] of Object.entries(UNIT_CONTACT_MESSAGES)) {
      // A non-string value was reported as invalid-type above; only absent or blank is "required".
      const value = unit[key];
      if (value === undefined || (typeof value === 'string' && value.trim() === '')) errors.push({ field: `unit.${key}`, code: 'required', message });
    }
  }
}
