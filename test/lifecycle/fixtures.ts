/**
 * Shared situations for the lifecycle tests: the project's own definitions, one user at one care
 * unit, and a certificate of any type in any of the seven statuses.
 */

import { loadRuntime } from '../../src/project.js';
import type { LifecycleCertificate, LifecycleContext, LifecycleStatus } from '../../src/lifecycle/index.js';
import type { Profession } from '../../src/model/types.js';

export const TODAY = '2026-11-23';
export const TOLVAN = '191212121212';
export const models = loadRuntime().models;

/** Sick leave, employer, death and Transportstyrelsen: the families the issue names. */
export const FAMILIES = ['fk7804', 'ag114', 'ag7804', 'db', 'doi', 'tstrk1007'] as const;
export const STATES: readonly LifecycleStatus[] = ['draft', 'locked', 'signed', 'sent', 'replaced', 'revoked', 'deleted'];

export function contextFor(profession: Profession = 'lakare', extra: Partial<LifecycleContext> = {}): LifecycleContext {
  return {
    models,
    user: { profession, careUnit: 'U1', careProvider: 'P1' },
    today: TODAY,
    record: { createdAt: '2026-11-20', careUnit: 'U1', careProvider: 'P1' },
    consent: true,
    ...extra,
  };
}

/** A certificate of `type` in `state`, and the context facts that make it that state. */
export function inState(type: string, state: LifecycleStatus, profession: Profession = 'lakare', extra: Partial<LifecycleContext> = {}): { certificate: LifecycleCertificate; context: LifecycleContext } {
  const base: LifecycleCertificate = { id: 'C1', type, patient: { personId: TOLVAN }, answers: { ovrigt: 'text' } };
  const context = contextFor(profession, extra);
  switch (state) {
    case 'draft': return { certificate: { ...base, status: 'draft' }, context };
    // Created before the cut-off and more than 14 days ago: locked by the clock, stored as draft.
    case 'locked': return { certificate: { ...base, status: 'draft' }, context: { ...context, record: { ...context.record, createdAt: '2024-08-01' } } };
    case 'signed': return { certificate: { ...base, status: 'signed', signedAt: '2026-11-21' }, context };
    case 'sent': return { certificate: { ...base, status: 'signed', signedAt: '2026-11-21', sentAt: '2026-11-21' }, context };
    case 'replaced': return {
      certificate: { ...base, status: 'signed', signedAt: '2026-11-21', sentAt: '2026-11-21' },
      context: { ...context, relations: { replacedBy: { id: 'C2', status: 'signed' } } },
    };
    case 'revoked': return { certificate: { ...base, status: 'revoked', signedAt: '2026-11-21' }, context };
    case 'deleted': return { certificate: { ...base, status: 'deleted' }, context };
  }
}
