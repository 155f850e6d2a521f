/**
 * The status a user sees. The payload stores draft/locked/signed/revoked; sending, replacement
 * and locking refine it. Locking is computed, not stored: a draft created before the cut-off
 * locks once `lockAfterDays` have passed, so the answer depends only on today and configuration.
 */

import { addDays } from '../util/dates.js';
import { DEFAULT_CONFIG, type LifecycleCertificate, type LifecycleConfig, type LifecycleContext, type LifecycleStatus } from './types.js';

export function configOf(context: LifecycleContext): LifecycleConfig {
  return { ...DEFAULT_CONFIG, ...context.config };
}

/** Whether a draft created on `createdAt` is locked on `today`. */
export function draftLocks(createdAt: string | undefined, today: string, config: LifecycleConfig): boolean {
  if (!createdAt) return false;
  const created = createdAt.slice(0, 10);
  return created < config.lockCutoff && addDays(created, config.lockAfterDays) <= today;
}

export function statusOf(certificate: LifecycleCertificate, context: LifecycleContext): LifecycleStatus {
  const stored = certificate.status ?? 'draft';
  if (stored === 'deleted' || stored === 'revoked' || stored === 'locked') return stored;
  if (stored === 'draft') return draftLocks(context.record?.createdAt, context.today, configOf(context)) ? 'locked' : 'draft';
  const replacement = context.relations?.replacedBy;
  if (replacement && ['signed', 'sent', 'replaced'].includes(replacement.status)) return 'replaced';
  return certificate.sentAt ? 'sent' : 'signed';
}

/** "Tomt utkast" vs "Utkast": the journal shows whether writing has started. */
export function isEmptyDraft(certificate: LifecycleCertificate): boolean {
  return !certificate.answers || Object.keys(certificate.answers).length === 0;
}

/** Signed, sent or replaced: the states in which the certificate has been issued. */
export function isIssued(status: LifecycleStatus): boolean {
  return status === 'signed' || status === 'sent' || status === 'replaced';
}
