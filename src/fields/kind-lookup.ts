/**
 * Kinds by name, filled by the registry. Kept apart from the registry so a kind that contains
 * other kinds (rows) can look them up without importing the registry, which imports it.
 */

import type { FieldKind } from './kind.js';

const byName = new Map<string, FieldKind>();

export function registerKinds(kinds: readonly FieldKind[]): void {
  for (const kind of kinds) byName.set(kind.kind, kind);
}

export function findKind(name: string): FieldKind | undefined {
  return byName.get(name);
}

/** For code past the checker, where every kind name is known to exist. */
export function getKind(name: string): FieldKind {
  const kind = byName.get(name);
  if (!kind) throw new Error(`Unknown field kind "${name}"`);
  return kind;
}
