/**
 * A certificate (intyg): signed by its issuer and sent or printed for a recipient. Its envelope is
 * the original one (`src/compiler/envelope.ts`, checked by `src/runtime/envelope.ts`).
 */

import { checkEnvelope } from '../../runtime/envelope.js';
import type { DocumentKindSpec } from '../kind.js';
import { pick } from '../envelope-parts.js';
import { isIsoDate } from '../../util/dates.js';

/** The date of the payload's `signedAt` (a date or a date-time), or undefined. */
export function signingDateOf(certificate: Record<string, unknown>): string | undefined {
  const signedAt = certificate.signedAt;
  return typeof signedAt === 'string' && isIsoDate(signedAt.slice(0, 10)) ? signedAt.slice(0, 10) : undefined;
}

const certificate: DocumentKindSpec = {
  kind: 'certificate',
  noun: 'intyget',
  plural: 'intyg',
  typeSuffix: 'Certificate',
  envelopeType: 'CertificateEnvelope',
  envelopeKeys: ['id', 'status', 'signedAt', 'sentAt', 'patient', 'issuer', 'unit'],
  facts: ['today', 'patient', 'issuer', 'unit', 'signing'],
  unitContactByDefault: 'required',
  checkEnvelope: (document, model, _today, errors) => checkEnvelope(document, model, errors),
  contextFacts: (document, _model, _history, today) => {
    // When the certificate is (or, for a draft, would be) signed: signedAt's date, else today.
    const signingDate = signingDateOf(document) ?? today;
    return { issuer: pick(document.issuer, ['hsaId', 'name', 'profession']), signing: { date: signingDate, year: Number(signingDate.slice(0, 4)) } };
  },
};

export default certificate;
