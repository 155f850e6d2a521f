/**
 * What `intyg diff` finds between two versions of a type, each change classified by what it does
 * to certificates written against the older one:
 *
 * - **breaking**: a certificate valid under the old version may be invalid under the new one, or
 *   its answers may mean something else (a removed question or option, a new required question, a
 *   narrower limit, another kind, a stricter rule, a changed condition);
 * - **compatible**: every certificate valid under the old version stays valid and means the same
 *   (a new optional question, a wider limit, a new option, a rule removed or softened, policy);
 * - **wording**: only texts people read change (labels, help, messages, titles).
 */

import type { SourceFile } from '../definition/source.js';
import type { CertificateModel, SourceLocation } from '../model/types.js';

export type ChangeClass = 'breaking' | 'compatible' | 'wording';

export interface Change {
  class: ChangeClass;
  /** What kind of change: `field-removed`, `limit-narrowed`, `label-changed` … */
  code: string;
  /** The change in Swedish, naming the question by its label and id. */
  message: string;
  /** Where to look: in the newer YAML, or in the older one for what was removed. */
  location: SourceLocation;
}

/** One side of a comparison: a checked model and the YAML it was compiled from. */
export interface DiffSide {
  model: CertificateModel;
  source: SourceFile;
}

export const CLASS_ORDER: readonly ChangeClass[] = ['breaking', 'compatible', 'wording'];
