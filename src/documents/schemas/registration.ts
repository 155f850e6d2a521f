/** The registration envelope's JSON Schema: contact date, who was responsible, the unit. */

import type { CertificateModel } from '../../model/types.js';
import { DATE_PROPERTY, REQUIRED_NOTE, patientSchema, personSchema, unitSchema } from '../envelope-schema-parts.js';
import type { EnvelopeSchema } from './index.js';

export const registrationEnvelopeSchema = (model: CertificateModel): EnvelopeSchema => ({
  required: ['patient'],
  properties: {
    id: { title: 'Registreringens id', type: 'string' },
    contactDate: { title: 'Vårdkontaktens datum', ...DATE_PROPERTY, ...REQUIRED_NOTE, description: 'Obligatorisk. Dagen vårdkontakten ägde rum; senast dagens datum.' },
    patient: patientSchema(),
    performedBy: personSchema('Ansvarig för vårdkontakten', 'Den som är ansvarig på vårdkontakten och gör anteckningen. Yrke är obligatoriskt.', {
      rehabCoordinator: { title: 'Rehabkoordinator', type: 'boolean', description: 'Kontakten är en kontakt eller insats av rehabkoordinatorn.' },
    }),
    unit: unitSchema(model, true),
  },
});
