/**
 * What a condition can read: each field's answer (described by its kind) and the context facts.
 * Used by the checker to reject unknown facts, paths and ill-typed comparisons.
 */

import type { ValueType } from '../fields/kind.js';
import { findKind } from '../fields/registry.js';
import type { CertificateModel, FieldModel } from './types.js';
import { PROFESSIONS } from './types.js';
import type { PathSegment } from '../util/path.js';
import { DOCUMENT_FACTS } from '../documents/facts.js';
import { documentKind } from '../documents/registry.js';

const CONTEXT_PATHS: Record<string, Record<string, ValueType>> = {
  today: { '': { type: 'date' } },
  patient: {
    '': { type: 'object' },
    personId: { type: 'text' },
    birthDate: { type: 'date' },
    birthYear: { type: 'number' },
    idType: { type: 'code', options: ['personnummer', 'samordningsnummer'] },
  },
  issuer: { '': { type: 'object' }, hsaId: { type: 'text' }, name: { type: 'text' }, profession: { type: 'code', options: [...PROFESSIONS] } },
  unit: {
    '': { type: 'object' }, hsaId: { type: 'text' }, name: { type: 'text' }, address: { type: 'text' },
    postalCode: { type: 'text' }, city: { type: 'text' }, phone: { type: 'text' },
  },
  signing: { '': { type: 'object' }, date: { type: 'date' }, year: { type: 'number' } },
};

for (const [fact, paths] of Object.entries(DOCUMENT_FACTS)) {
  CONTEXT_PATHS[fact] = Object.fromEntries(Object.entries(paths).map(([key, { type, options }]) => [key, options ? { type, options } : { type }]));
}

export type FactLookup =
  | { ok: true; type: ValueType; field?: FieldModel }
  | { ok: false; reason: 'unknown-fact' | 'no-answer' | 'unknown-path' | 'other-document' };

export function describeFact(model: CertificateModel, fact: string, path: readonly PathSegment[]): FactLookup {
  const context = CONTEXT_PATHS[fact];
  if (context) {
    // A registration's contact date means nothing on a certificate, and the reverse.
    if (!(documentKind(model.document).facts as readonly string[]).includes(fact)) return { ok: false, reason: 'other-document' };
    const key = path.length === 0 ? '' : path.length === 1 ? String(path[0]) : '\0';
    const type = context[key];
    return type ? { ok: true, type } : { ok: false, reason: 'unknown-path' };
  }
  const field = model.fields.find((candidate) => candidate.id === fact);
  if (!field) return { ok: false, reason: 'unknown-fact' };
  const kind = findKind(field.kind);
  if (!kind?.hasAnswer) return { ok: false, reason: 'no-answer' };
  const type = kind.describe(field, path);
  return type ? { ok: true, type, field } : { ok: false, reason: 'unknown-path' };
}

export function contextPaths(fact: string): string[] {
  return Object.keys(CONTEXT_PATHS[fact] ?? {}).filter(Boolean).map((key) => `$.${key}`);
}
