/**
 * The JSON Schemas of the envelope pieces several document kinds share (the patient, the care
 * unit, a person with a care profession, dates and timestamps); `envelope-parts.ts` checks the
 * same at run time. Used by the compiler only.
 */

import type { JsonSchema } from '../fields/kind.js';
import { ENVELOPE_OBJECTS, PERSON_ID_PATTERN, TIMESTAMP_PATTERN, UNIT_CONTACT_MESSAGES } from '../compiler/envelope.js';
import { CARE_PROFESSIONS, CARE_PROFESSION_NAMES, type CertificateModel } from '../model/types.js';

/** `{ key: { title, type: string } }` for the keys of an envelope object. */
function strings(keys: readonly string[], titles: Record<string, string>): Record<string, JsonSchema> {
  return Object.fromEntries(keys.map((key) => [key, { title: titles[key], type: 'string' }]));
}

const TITLES: Record<string, string> = {
  hsaId: 'HSA-id', name: 'Namn', profession: 'Yrke', address: 'Postadress', postalCode: 'Postnummer', city: 'Postort', phone: 'Telefonnummer',
};

export function patientSchema(): JsonSchema {
  return {
    title: 'Patient', type: 'object', additionalProperties: false, required: ['personId'],
    properties: { personId: { title: 'Person- eller samordningsnummer', type: 'string', pattern: PERSON_ID_PATTERN, description: 'Personnummer eller samordningsnummer, 12 siffror.' } },
  };
}

/** What the runtime requires and the schema only states, so an incomplete document can be stored. */
export const REQUIRED_NOTE = { description: 'Obligatorisk.', 'x-intyg-required': true } as const;

export function unitSchema(model: CertificateModel, requireHsaId: boolean): JsonSchema {
  const properties = strings(ENVELOPE_OBJECTS.unit.keys, TITLES);
  if (model.unitContact === 'required') for (const key of Object.keys(UNIT_CONTACT_MESSAGES)) properties[key] = { ...properties[key], ...REQUIRED_NOTE };
  if (requireHsaId) properties.hsaId = { ...properties.hsaId, ...REQUIRED_NOTE };
  return { title: 'Vårdenhet', type: 'object', additionalProperties: false, properties };
}

export const PERSON_KEYS = ['hsaId', 'name', 'profession'] as const;

/** Who obtained, performed or handled: HSA id, name and care profession; `extra` adds flags. */
export function personSchema(title: string, description: string, extra: Record<string, JsonSchema> = {}, required: readonly string[] = ['profession']): JsonSchema {
  const properties: Record<string, JsonSchema> = {
    ...strings(['hsaId', 'name'], TITLES),
    profession: { title: 'Yrke', oneOf: CARE_PROFESSIONS.map((id) => ({ const: id, title: CARE_PROFESSION_NAMES[id] })) },
    ...extra,
  };
  for (const key of required) properties[key] = { ...properties[key], ...REQUIRED_NOTE };
  return { title, description, type: 'object', additionalProperties: false, properties };
}

export const DATE_PROPERTY: JsonSchema = { type: 'string', format: 'date' };
export const TIMESTAMP_PROPERTY: JsonSchema = { type: 'string', pattern: TIMESTAMP_PATTERN };

