/**
 * What a printout says about an envelope that is not a certificate's: the box text and the
 * closing block. Certificates print their own (status box, issuer, signing), in src/render.
 */

import type { CertificateModel } from '../../model/types.js';
import type { PrintedEnvelope } from '../kind.js';
import { printedCase } from './case.js';
import { printedConsent } from './consent.js';
import { printedRegistration } from './registration.js';

export function printedEnvelope(document: Record<string, unknown>, model: CertificateModel): PrintedEnvelope | undefined {
  switch (model.document) {
    case 'consent': return printedConsent(document, model);
    case 'registration': return printedRegistration(document);
    case 'case': return printedCase(document);
    default: return undefined;
  }
}
