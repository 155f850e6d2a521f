/**
 * Each document kind's envelope as JSON Schema (properties and required keys besides `type`,
 * `version` and `answers`), for the compiler. Apart from the kinds themselves, which the runtime
 * and the browser build load, so they carry no schema builders.
 */

import type { JsonSchema } from '../../fields/kind.js';
import type { CertificateModel, DocumentKind } from '../../model/types.js';
import { caseEnvelopeSchema } from './case.js';
import { certificateEnvelopeSchema } from './certificate.js';
import { consentEnvelopeSchema } from './consent.js';
import { registrationEnvelopeSchema } from './registration.js';

export interface EnvelopeSchema {
  properties: Record<string, JsonSchema>;
  required: string[];
}

const SCHEMAS: Record<DocumentKind, (model: CertificateModel) => EnvelopeSchema> = {
  certificate: certificateEnvelopeSchema, consent: consentEnvelopeSchema, registration: registrationEnvelopeSchema, case: caseEnvelopeSchema,
};

export function envelopeSchemaOf(model: CertificateModel): EnvelopeSchema {
  return SCHEMAS[model.document](model);
}
