/** The certificate envelope's JSON Schema: the original one (status, signing, issuer). */

import type { JsonSchema } from '../../fields/kind.js';
import { ENVELOPE_OBJECTS, PERSON_ID_PATTERN, STATUSES, TIMESTAMP_PATTERN, UNIT_CONTACT_MESSAGES } from '../../compiler/envelope.js';
import { PROFESSIONS, PROFESSION_NAMES, type CertificateModel } from '../../model/types.js';
import { TEXT_PATTERN } from '../../util/text.js';
import type { EnvelopeSchema } from './index.js';

const STATUS_TITLES: Record<(typeof STATUSES)[number], string> = {
  draft: 'Utkast', locked: 'Låst utkast', signed: 'Signerat', revoked: 'Makulerat',
};

const ENVELOPE_TITLES: Record<string, string> = {
  patient: 'Patient', issuer: 'Intygsutfärdare', unit: 'Vårdenhet', personId: 'Person- eller samordningsnummer',
  hsaId: 'HSA-id', name: 'Namn', profession: 'Yrke', address: 'Postadress', postalCode: 'Postnummer', city: 'Postort', phone: 'Telefonnummer',
};

function envelopeObject(name: keyof typeof ENVELOPE_OBJECTS, model: CertificateModel): JsonSchema {
  const { required, keys } = ENVELOPE_OBJECTS[name];
  const properties: Record<string, JsonSchema> = {};
  for (const key of keys) properties[key] = { title: ENVELOPE_TITLES[key], type: 'string', pattern: TEXT_PATTERN };
  if (name === 'patient') properties.personId = { ...properties.personId, pattern: PERSON_ID_PATTERN, description: 'Personnummer eller samordningsnummer, 12 siffror, eller reservnummer (ÅÅÅÅMMDD-T123 eller 99…).' };
  if (name === 'issuer') properties.profession = { title: 'Yrke', oneOf: PROFESSIONS.map((id) => ({ const: id, title: PROFESSION_NAMES[id] })) };
  if (name === 'unit' && model.unitContact === 'required') {
    // The runtime requires these before signing; the schema leaves them out so a draft can be stored.
    for (const key of Object.keys(UNIT_CONTACT_MESSAGES)) properties[key] = { ...properties[key], description: 'Obligatorisk.', 'x-intyg-required': true };
  }
  return { title: ENVELOPE_TITLES[name], type: 'object', additionalProperties: false, ...(required.length ? { required: [...required] } : {}), properties };
}

export const certificateEnvelopeSchema = (model: CertificateModel): EnvelopeSchema => ({
  required: ['patient'],
  properties: {
    id: { title: 'Intygs-id', type: 'string', pattern: TEXT_PATTERN },
    status: { title: 'Status', oneOf: STATUSES.map((status) => ({ const: status, title: STATUS_TITLES[status] })) },
    signedAt: { title: 'Signerat', type: 'string', pattern: TIMESTAMP_PATTERN, description: 'När intyget signerades.' },
    sentAt: { title: 'Skickat', type: 'string', pattern: TIMESTAMP_PATTERN, description: 'När intyget skickades till mottagaren.' },
    patient: envelopeObject('patient', model),
    issuer: envelopeObject('issuer', model),
    unit: envelopeObject('unit', model),
  },
});
