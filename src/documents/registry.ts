/** The document kinds, one file each in `kinds/`; a definition's `document:` picks one. */

import type { DocumentKind } from '../model/types.js';
import type { DocumentKindSpec } from './kind.js';
import certificate from './kinds/certificate.js';
import consent from './kinds/consent.js';
import registration from './kinds/registration.js';
import caseKind from './kinds/case.js';

export const DOCUMENT_KIND_SPECS: Readonly<Record<DocumentKind, DocumentKindSpec>> = { certificate, consent, registration, case: caseKind };

export function documentKind(kind: DocumentKind | undefined): DocumentKindSpec {
  return DOCUMENT_KIND_SPECS[kind ?? 'certificate'];
}
