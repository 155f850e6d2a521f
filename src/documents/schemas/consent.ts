/** The consent envelope's JSON Schema: obtained when and by whom, and the withdrawals. */

import type { JsonSchema } from '../../fields/kind.js';
import type { CertificateModel } from '../../model/types.js';
import { actorNames } from '../consent.js';
import { DATE_PROPERTY, REQUIRED_NOTE, patientSchema, personSchema, unitSchema } from '../envelope-schema-parts.js';
import { informationOptions } from '../kinds/consent.js';
import type { EnvelopeSchema } from './index.js';

function withdrawalSchema(model: CertificateModel): JsonSchema {
  const actors = Object.entries(actorNames(model)).map(([id, label]) => ({ const: id, title: label }));
  const information = informationOptions(model).map((option) => ({ const: option.id, title: option.label }));
  return {
    title: 'Återkallelse',
    description: 'Patienten tar tillbaka samtycket från och med datumet: helt när varken aktörer eller uppgifter anges, annars för de aktörer och uppgifter som anges.',
    type: 'object', additionalProperties: false, required: ['date'],
    properties: {
      date: { title: 'Återkallat från och med', ...DATE_PROPERTY },
      actors: { title: 'Aktörer som samtycket tas tillbaka för', type: 'array', uniqueItems: true, items: { type: 'string', oneOf: actors } },
      ...(information.length ? { information: { title: 'Uppgifter som samtycket tas tillbaka för', type: 'array', uniqueItems: true, items: { type: 'string', oneOf: information } } } : {}),
      note: { title: 'Anteckning', type: 'string' },
    },
  };
}

export const consentEnvelopeSchema = (model: CertificateModel): EnvelopeSchema => ({
  required: ['patient'],
  properties: {
    id: { title: 'Samtyckets id', type: 'string' },
    obtainedOn: { title: 'Datum då samtycket inhämtades', ...DATE_PROPERTY, ...REQUIRED_NOTE, description: `Obligatorisk. Samtycket gäller ${model.consent?.validYears === 1 ? '1 år' : `${model.consent?.validYears} år`} från inhämtandet.` },
    patient: patientSchema(),
    obtainedBy: personSchema('Inhämtat av', 'Den som inhämtade samtycket; alla professioner inom hälso- och sjukvården kan göra det. Yrke är obligatoriskt.'),
    unit: unitSchema(model, false),
    withdrawals: { title: 'Återkallelser', description: 'Patienten kan när som helst ta tillbaka samtycket helt eller delvis.', type: 'array', items: withdrawalSchema(model) },
  },
});
