/** Stage 3a: CertificateModel → the JSON Schema (2020-12) of a certificate payload of that type. */

import type { CertificateModel } from '../model/types.js';
import { PROFESSIONS } from '../model/types.js';
import { getKind } from '../fields/registry.js';
import type { JsonSchema, KindEnvironment } from '../fields/kind.js';
import { banner } from './banner.js';
import { ENVELOPE_OBJECTS, PERSON_ID_PATTERN, STATUSES, TIMESTAMP_PATTERN } from './envelope.js';
import { TEXT_PATTERN } from '../util/text.js';

function envelopeObject(name: keyof typeof ENVELOPE_OBJECTS): JsonSchema {
  const { required, keys } = ENVELOPE_OBJECTS[name];
  const properties: Record<string, JsonSchema> = {};
  for (const key of keys) properties[key] = { type: 'string', pattern: TEXT_PATTERN };
  if (name === 'patient') properties.personId = { type: 'string', pattern: PERSON_ID_PATTERN, description: 'Personnummer eller samordningsnummer, 12 siffror, eller reservnummer (ÅÅÅÅMMDD-T123 eller 99…).' };
  if (name === 'issuer') properties.profession = { enum: [...PROFESSIONS] };
  return { type: 'object', additionalProperties: false, ...(required.length ? { required: [...required] } : {}), properties };
}

export function generateJsonSchema(model: CertificateModel, env: KindEnvironment): JsonSchema {
  const answers: Record<string, JsonSchema> = {};
  for (const field of model.fields) {
    const kind = getKind(field.kind);
    if (!kind.hasAnswer) continue;
    answers[field.id] = {
      title: field.label,
      ...(field.help ? { description: field.help } : {}),
      ...kind.answerSchema(field, env),
    };
  }
  return {
    $comment: banner(model.file),
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `intyg/${model.id}.schema.json`,
    title: `${model.name} (${model.code})`,
    type: 'object',
    additionalProperties: false,
    required: ['type', 'version', 'patient', 'answers'],
    properties: {
      type: { const: model.id },
      version: { const: model.version },
      id: { type: 'string', pattern: TEXT_PATTERN },
      status: { enum: [...STATUSES] },
      signedAt: { type: 'string', pattern: TIMESTAMP_PATTERN, description: 'När intyget signerades.' },
      sentAt: { type: 'string', pattern: TIMESTAMP_PATTERN, description: 'När intyget skickades till mottagaren.' },
      patient: envelopeObject('patient'),
      issuer: envelopeObject('issuer'),
      unit: envelopeObject('unit'),
      answers: { type: 'object', additionalProperties: false, properties: answers },
    },
  };
}
