/** The contract of one action: a check (why not, or the notices if allowed) and its application. */

import type { Situation } from '../situation.js';
import type { Action, ApplyResult, LifecycleCertificate, Refusal, RelationKind } from '../types.js';
import type { CertificateModel } from '../../model/types.js';

export type CheckResult = Refusal | { notices: string[] };

export interface ActionRule {
  action: Action;
  check(situation: Situation): CheckResult;
  /** Called only when `check` allowed; may still refuse on the action's own input (a revocation reason). */
  apply(situation: Situation, notices: string[]): ApplyResult;
}

export const allowed = (notices: string[] = []): CheckResult => ({ notices });
export const isRefusal = (result: CheckResult): result is Refusal => 'code' in result;

/** A fresh draft for the same patient; the service assigns id, issuer and unit when it stores it. */
export function newDraft(model: CertificateModel, source: LifecycleCertificate, answers: Record<string, unknown> = {}): LifecycleCertificate {
  return {
    type: model.id,
    version: model.version,
    status: 'draft',
    ...(source.patient ? { patient: { ...source.patient } } : {}),
    answers,
  };
}

export function pick(answers: Record<string, unknown> | undefined, keep: (id: string) => boolean): Record<string, unknown> {
  return Object.fromEntries(Object.entries(answers ?? {}).filter(([id]) => keep(id)));
}

export const noticeEffects = (notices: string[]) => notices.map((text) => ({ kind: 'notice' as const, text }));

export function relationTo(kind: RelationKind, source: LifecycleCertificate): { kind: RelationKind; certificateId?: string } {
  return { kind, ...(source.id ? { certificateId: source.id } : {}) };
}
