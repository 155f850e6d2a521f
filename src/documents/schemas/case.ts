/** The case envelope's JSON Schema: received, status, first reply, handler, unit. */

import type { JsonSchema } from '../../fields/kind.js';
import type { CertificateModel } from '../../model/types.js';
import { REQUIRED_NOTE, TIMESTAMP_PROPERTY, patientSchema, personSchema, unitSchema } from '../envelope-schema-parts.js';
import { CASE_STATUSES, CASE_STATUS_NAMES } from '../kinds/case.js';
import type { EnvelopeSchema } from './index.js';

export const caseEnvelopeSchema = (model: CertificateModel): EnvelopeSchema => ({
  required: ['patient'],
  properties: {
    id: { title: 'Ärendets id', type: 'string' },
    receivedAt: { title: 'Inkom', ...TIMESTAMP_PROPERTY, ...REQUIRED_NOTE, description: 'Obligatorisk. När ärendet kom in i 1177 e-tjänster, som ÅÅÅÅ-MM-DDTtt:mm (svensk tid) eller med tidszon.' },
    status: { title: 'Status', oneOf: CASE_STATUSES.map((status) => ({ const: status, title: CASE_STATUS_NAMES[status] })) } as JsonSchema,
    firstReplyAt: { title: 'Första återkoppling', ...TIMESTAMP_PROPERTY, description: 'När invånaren fick första återkopplingen: delsvar, motfråga, svar eller avslut. Obligatorisk när status inte är ny.' },
    patient: patientSchema(),
    handledBy: personSchema('Handläggs av', 'Den som hanterar ärendet: ärendemottagare eller ärendehanterare.', {}, []),
    unit: unitSchema(model, true),
  },
});
