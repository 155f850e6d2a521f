/** The patient a document is about, as 12 digits without a dash; undefined when it has none. */

import { isPlainObject } from '../fields/kind.js';

export function personIdOf(document: unknown): string | undefined {
  if (!isPlainObject(document) || !isPlainObject(document.patient)) return undefined;
  const personId = document.patient.personId;
  if (typeof personId !== 'string') return undefined;
  return personId.length === 13 ? personId.replace('-', '') : personId;
}
