/**
 * Stage 3a: CertificateModel → the JSON Schema (2020-12) of a certificate payload of that type,
 * written for form generators as well as validators: titles and descriptions from the labels and
 * help texts, options as `oneOf` consts with their labels as titles, plain `format: date` dates,
 * and what the schema cannot enforce (shown, required and editable when …) as `x-intyg-*`
 * annotations with the condition and its Swedish words.
 */

import type { CertificateModel, FieldModel } from '../model/types.js';
import { getKind } from '../fields/registry.js';
import type { JsonSchema, KindEnvironment } from '../fields/kind.js';
import { conditionSentences, fieldConditions, sectionConditions, type ConditionInWords } from '../rules/describe/index.js';
import { banner } from './banner.js';
import { envelopeSchemaOf } from '../documents/schemas/index.js';

/**
 * The annotation keywords the schemas use. ajv in strict mode (its default) refuses keywords it
 * does not know: `new Ajv2020({ keywords: [...SCHEMA_ANNOTATIONS] })`.
 */
export const SCHEMA_ANNOTATIONS = ['x-intyg-required', 'x-intyg-shown-when', 'x-intyg-enabled-when', 'x-intyg-sections', 'x-intyg-document'] as const;

/** Stable and absolute, one per type and version; a URN, since no one is meant to fetch it. */
export function schemaId(model: Pick<CertificateModel, 'id' | 'version'>): string {
  return `urn:intyg:schema:${model.id}:${model.version}`;
}

const inWords = (conditions: ConditionInWords) => ({ when: conditions.text, condition: conditions.condition });

function fieldSchema(model: CertificateModel, field: FieldModel, env: KindEnvironment): JsonSchema {
  const { description: kindDescription, ...answer } = getKind(field.kind).answerSchema(field, env);
  const conditions = fieldConditions(model, field);
  const sentences = conditionSentences(conditions);
  const description = [kindDescription, field.help, sentences.join(' ')].filter(Boolean).join('\n\n');
  return {
    title: field.label,
    ...(description ? { description } : {}),
    ...answer,
    ...(conditions.required === true ? { 'x-intyg-required': true } : conditions.required ? { 'x-intyg-required': inWords(conditions.required) } : {}),
    ...(conditions.shown ? { 'x-intyg-shown-when': inWords(conditions.shown) } : {}),
    ...(conditions.enabled ? { 'x-intyg-enabled-when': inWords(conditions.enabled) } : {}),
  };
}

/** The sections in order, with the answers each groups: a form's pages or fieldsets. */
function sections(model: CertificateModel): JsonSchema[] {
  return model.sections.map((section) => {
    const { shown } = sectionConditions(model, section);
    const description = [section.help, shown ? `Visas när ${shown.text}.` : ''].filter(Boolean).join('\n\n');
    return {
      id: section.id,
      title: section.title,
      ...(description ? { description } : {}),
      ...(shown ? { 'x-intyg-shown-when': inWords(shown) } : {}),
      fields: section.fieldIds.filter((id) => getKind(model.fields.find((field) => field.id === id)!.kind).hasAnswer),
    };
  });
}

export function generateJsonSchema(model: CertificateModel, env: KindEnvironment): JsonSchema {
  const answers: Record<string, JsonSchema> = {};
  for (const field of model.fields) {
    if (getKind(field.kind).hasAnswer) answers[field.id] = fieldSchema(model, field, env);
  }
  // The document kind's envelope: a certificate's signing and issuer, a registration's contact date …
  const envelope = envelopeSchemaOf(model);
  return {
    $comment: banner(model.file),
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: schemaId(model),
    title: `${model.name} (${model.code})`,
    ...(model.description ? { description: model.description } : {}),
    type: 'object',
    additionalProperties: false,
    required: ['type', 'version', ...envelope.required, 'answers'],
    ...(model.document !== 'certificate' ? { 'x-intyg-document': model.document } : {}),
    properties: {
      type: { title: model.document === 'certificate' ? 'Intygstyp' : 'Dokumenttyp', const: model.id },
      version: { title: 'Version', const: model.version },
      ...envelope.properties,
      answers: {
        title: 'Svar',
        description: 'Svaren per fråga. Vad som visas, är obligatoriskt och går att besvara beror på andra svar: se x-intyg-shown-when, x-intyg-required och x-intyg-enabled-when.',
        type: 'object',
        additionalProperties: false,
        properties: answers,
        'x-intyg-sections': sections(model),
      },
    },
  };
}
