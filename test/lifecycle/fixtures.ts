/**
 * Shared situations for the lifecycle tests: the project's own definitions, one user at one care
 * unit, and a certificate of any type in any of the seven statuses.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFINITIONS_DIR, loadRuntime } from '../../src/project.js';
import type { LifecycleCertificate, LifecycleContext, LifecycleStatus } from '../../src/lifecycle/index.js';
import type { Profession } from '../../src/model/types.js';

export const TODAY = '2026-11-23';
export const TOLVAN = '191212121212';
export const runtime = loadRuntime();
export const models = runtime.models;

const exampleCache = new Map<string, LifecycleCertificate>();

/**
 * The envelope and answers of the type's first valid example that stays valid on TODAY for Tolvan,
 * as a draft with id C1: signing and sending validate, so the lifecycle tables need payloads that pass.
 */
export function validDraft(type: string): LifecycleCertificate {
  if (!exampleCache.has(type)) {
    const dir = join(DEFINITIONS_DIR, type, 'examples');
    const name = readdirSync(dir).filter((file) => file.startsWith('valid-') && !file.endsWith('.expect.json')).sort()
      .find((file) => {
        const example = JSON.parse(readFileSync(join(dir, file), 'utf8')) as LifecycleCertificate;
        return runtime.validate({ ...example, patient: { personId: TOLVAN } }, { today: TODAY }).valid;
      });
    if (!name) throw new Error(`${type} has no valid example that stays valid on ${TODAY} for ${TOLVAN}`);
    const example = JSON.parse(readFileSync(join(dir, name), 'utf8')) as LifecycleCertificate;
    exampleCache.set(type, { ...example, id: 'C1', status: 'draft', patient: { personId: TOLVAN } });
  }
  return structuredClone(exampleCache.get(type)!);
}

/** Sick leave, employer, death and Transportstyrelsen: the families the issue names. */
export const FAMILIES = ['fk7804', 'ag114', 'ag7804', 'db', 'doi', 'tstrk1007'] as const;
export const STATES: readonly LifecycleStatus[] = ['draft', 'locked', 'signed', 'sent', 'replaced', 'revoked', 'deleted'];

export function contextFor(profession: Profession = 'lakare', extra: Partial<LifecycleContext> = {}): LifecycleContext {
  return {
    models,
    runtime,
    user: { profession, careUnit: 'U1', careProvider: 'P1' },
    today: TODAY,
    record: { createdAt: '2026-11-20', careUnit: 'U1', careProvider: 'P1' },
    consent: true,
    ...extra,
  };
}

/** A certificate of `type` in `state`, and the context facts that make it that state. */
export function inState(type: string, state: LifecycleStatus, profession: Profession = 'lakare', extra: Partial<LifecycleContext> = {}): { certificate: LifecycleCertificate; context: LifecycleContext } {
  const { status: _draft, signedAt: _signedAt, sentAt: _sentAt, ...base } = validDraft(type);
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
