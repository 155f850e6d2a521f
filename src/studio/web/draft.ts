/**
 * What the user is filling in: the envelope (patient, issuer, unit) and the answers, one draft
 * per type. The answers keep what the user typed even while a question is hidden, as Webcert's
 * page does; the certificate handed to the rules carries only the answers of shown questions.
 */

import type { CertificateModel } from '../../model/types.js';

export interface Envelope {
  personId: string;
  issuer: { name: string; hsaId: string; profession: string };
  unit: { name: string; hsaId: string; address: string; postalCode: string; city: string; phone: string };
}

export interface Draft {
  id: string;
  envelope: Envelope;
  answers: Record<string, unknown>;
  /** Fields the user has changed: their errors show without "Visa vad som saknas". */
  touched: Record<string, true>;
}

/** Tolvan Tolvansson, Skatteverket's classic test person. */
export const TEST_PERSON = '191212121212';

export function defaultEnvelope(): Envelope {
  return {
    personId: TEST_PERSON,
    issuer: { name: 'Ajla Doktor', hsaId: 'SE2321000016-9W4S', profession: 'lakare' },
    unit: { name: 'Vårdcentralen Linden', hsaId: 'SE2321000016-1004', address: 'Lindvägen 12', postalCode: '21110', city: 'Malmö', phone: '040-123 45 67' },
  };
}

export function newDraft(envelope: Envelope = defaultEnvelope()): Draft {
  return { id: crypto.randomUUID(), envelope, answers: {}, touched: {} };
}

/** Blank text is no answer: the envelope leaves it out rather than sending an empty string. */
function compact<T extends Record<string, string>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== '')) as Partial<T>;
}

/** The payload the rules and the printer see. */
export function toCertificate(model: CertificateModel, draft: Draft, answers: Record<string, unknown>): Record<string, unknown> {
  const { envelope } = draft;
  return {
    type: model.id,
    version: model.version,
    id: draft.id,
    status: 'draft',
    patient: envelope.personId.trim() ? { personId: envelope.personId.trim() } : {},
    issuer: compact(envelope.issuer),
    unit: compact(envelope.unit),
    answers,
  };
}

/** An example's payload as a draft: its envelope where it has one, the defaults elsewhere. */
export function draftFromCertificate(certificate: unknown): Draft {
  const payload = (certificate ?? {}) as Record<string, any>;
  const base = defaultEnvelope();
  const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
  const pick = <T extends Record<string, string>>(from: unknown, defaults: T): T =>
    Object.fromEntries(Object.entries(defaults).map(([key, value]) => [key, text((from as Record<string, unknown> | undefined)?.[key], from ? '' : value)])) as T;
  return {
    id: typeof payload.id === 'string' ? payload.id : crypto.randomUUID(),
    envelope: { personId: text(payload.patient?.personId, ''), issuer: pick(payload.issuer, base.issuer), unit: pick(payload.unit, base.unit) },
    answers: payload.answers && typeof payload.answers === 'object' ? { ...payload.answers } : {},
    // Every answer of a loaded example counts as touched, so its errors show at once.
    touched: Object.fromEntries(Object.keys(payload.answers ?? {}).map((key) => [key, true as const])),
  };
}
