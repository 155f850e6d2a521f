/**
 * What every action's rule looks at, computed once per call: the type's policy, the status the
 * user sees, and the patient's identity. Also the refusals several actions share, so the same
 * situation gets the same Swedish reason whichever action asks.
 */

import { PROFESSION_NAMES, type CertificateModel } from '../model/types.js';
import { parsePersonIdentity, type IdentityResult } from '../util/personnummer.js';
import { statusOf } from './status.js';
import type { LifecycleCertificate, LifecycleContext, LifecycleStatus, Refusal } from './types.js';

export interface Situation {
  certificate: LifecycleCertificate;
  context: LifecycleContext;
  model: CertificateModel;
  status: LifecycleStatus;
  identity: IdentityResult;
}

export { PROFESSION_NAMES } from '../model/types.js';

export function situationOf(certificate: LifecycleCertificate, context: LifecycleContext): Situation | Refusal {
  const model = context.models.get(certificate.type);
  if (!model) return { code: 'unknown-type', reason: `Okänd intygstyp "${certificate.type}".` };
  return {
    certificate,
    context,
    model,
    status: statusOf(certificate, context),
    identity: parsePersonIdentity(certificate.patient?.personId, context.today),
  };
}

export const refuse = (code: string, reason: string): Refusal => ({ code, reason });

const STATE_REASONS: Record<LifecycleStatus, string> = {
  draft: 'Intyget är ett utkast och har inte signerats.',
  locked: 'Utkastet är låst och kan inte ändras. Det kan bara raderas, makuleras eller kopieras till ett nytt utkast.',
  signed: 'Intyget är redan signerat.',
  sent: 'Intyget är redan signerat och skickat.',
  replaced: 'Intyget har ersatts av ett nytt intyg.',
  revoked: 'Intyget är makulerat.',
  deleted: 'Utkastet är raderat.',
};

/** Refuses unless the status is one of `allowed`; the reason describes the actual status. */
export function requireStatus(situation: Situation, allowed: readonly LifecycleStatus[], reasons: Partial<Record<LifecycleStatus, string>> = {}): Refusal | null {
  if (allowed.includes(situation.status)) return null;
  return refuse(`status-${situation.status}`, reasons[situation.status] ?? STATE_REASONS[situation.status]);
}

/** Create, update and forward: the signers and the writing care staff of the type's policy. */
export function requireWriter(situation: Situation, model: CertificateModel = situation.model): Refusal | null {
  const { profession } = situation.context.user;
  if (model.lifecycle.writers.includes(profession)) return null;
  return refuse('not-writer', `${PROFESSION_NAMES[profession]} får inte skriva ${model.name}.`);
}

export function requireSigner(situation: Situation, verb = 'signera'): Refusal | null {
  const { profession } = situation.context.user;
  if (situation.model.lifecycle.signers.includes(profession)) return null;
  const who = situation.model.lifecycle.signers.map((p) => PROFESSION_NAMES[p].toLowerCase()).join(', ');
  return refuse('not-signer', `${PROFESSION_NAMES[profession]} får inte ${verb} ${situation.model.name}. Det får bara: ${who}.`);
}

/** A malformed person id blocks everything that issues a certificate. */
export function requireIdentity(situation: Situation): Refusal | null {
  return situation.identity.ok ? null : refuse(situation.identity.code, situation.identity.message);
}

export const RESERVE_NUMBER_REASON = 'Patienten har reservnummer. Intyg för patienter med reservnummer kan inte skickas elektroniskt; skriv ut intyget.';

/** Can this certificate go to its recipient electronically at all? */
export function electronicRefusal(situation: Situation): Refusal | null {
  if (!situation.model.lifecycle.electronic) {
    return refuse('print-only', 'Intyget kan inte skickas elektroniskt. Det här intyget behöver du skriva ut och skicka själv.');
  }
  if (situation.identity.ok && !situation.identity.identity.electronic) return refuse('reserve-number', RESERVE_NUMBER_REASON);
  return null;
}

/** The first refusal among the checks, in order. */
export function firstRefusal(...checks: Array<Refusal | null | (() => Refusal | null)>): Refusal | null {
  for (const check of checks) {
    const result = typeof check === 'function' ? check() : check;
    if (result) return result;
  }
  return null;
}

export function isIssuedSituation(situation: Situation): boolean {
  return situation.status === 'signed' || situation.status === 'sent' || situation.status === 'replaced';
}
