/**
 * New drafts made from other data (prefill, copy, renew, create-from-template) are cleaned as
 * Webcert's form cleans them: answers to questions the rules hide, or that the type lacks, are
 * dropped and reported with the new certificate. The plan needs no code systems, so this stays
 * pure and reads no files.
 */

import type { CertificateModel } from '../model/types.js';
import { cleanWithPlan } from '../runtime/clean.js';
import { buildPlan, type Plan } from '../runtime/plan.js';
import type { LifecycleCertificate, NewCertificate } from './types.js';

const plans = new WeakMap<CertificateModel, Plan>();

export function planOf(model: CertificateModel): Plan {
  let plan = plans.get(model);
  if (!plan) plans.set(model, (plan = buildPlan(model)));
  return plan;
}

/** The draft with only the answers its type shows; `dropped` only when something was dropped. */
export function cleanDraft(model: CertificateModel, draft: LifecycleCertificate, today: string): Omit<NewCertificate, 'relation'> {
  const { certificate, dropped } = cleanWithPlan(planOf(model), draft as unknown as Record<string, unknown>, today);
  return { certificate: certificate as unknown as LifecycleCertificate, ...(dropped.length ? { dropped } : {}) };
}
