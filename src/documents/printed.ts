/** Pieces of a non-certificate printout's closing block, worded the same for every kind. */

import { isPlainObject } from '../fields/kind.js';
import { CARE_PROFESSION_NAMES, type CareProfession } from '../model/types.js';
import type { PrintedDetail } from './kind.js';

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** `Anna Andersson, Sjuksköterska` (the HSA id when there is no name); `Ej angivet` when empty. */
export function formatPerson(person: Record<string, unknown>): string {
  const profession = typeof person.profession === 'string' ? CARE_PROFESSION_NAMES[person.profession as CareProfession] : undefined;
  const parts = [text(person.name) ?? text(person.hsaId), profession].filter(Boolean);
  return parts.length ? parts.join(', ') : 'Ej angivet';
}

/** The unit's name and address lines, when the document names a unit. */
export function unitLine(document: Record<string, unknown>): PrintedDetail[] {
  const unit = isPlainObject(document.unit) ? document.unit : {};
  const lines = [text(unit.name) ?? text(unit.hsaId), text(unit.address), [text(unit.postalCode), text(unit.city)].filter(Boolean).join(' ') || undefined, text(unit.phone)];
  const value = lines.filter(Boolean).join('\n');
  return value ? [{ label: 'Vårdenhet', value }] : [];
}
