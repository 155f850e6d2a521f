/**
 * The lifecycle runtime: `availableActions` says, for every action, whether it is allowed now or
 * why not; `apply` performs one and returns the new certificate(s) and the effects a service
 * must carry out. Both are pure: the same certificate and context always give the same answer.
 */

import { copy, create, deleteDraft, update } from './actions/drafts.js';
import { createFromTemplate } from './actions/from-template.js';
import { complement, renew, replace } from './actions/issued.js';
import { revoke } from './actions/revoke.js';
import { isRefusal, type ActionRule } from './actions/rule.js';
import { print, send, sign } from './actions/signing.js';
import { requireProtectedAccess, situationOf, type Situation } from './situation.js';
import { ACTIONS, type Action, type ApplyResult, type Availability, type LifecycleCertificate, type LifecycleContext } from './types.js';

const RULES: Record<Action, ActionRule> = {
  create, update, deleteDraft, sign, send, print, replace, revoke, copy, renew, createFromTemplate, complement,
};

/**
 * Protected identity is checked before any action (certificate-service puts ActionRuleProtectedPerson
 * on every one); create starts from nothing, so it has no care unit to be on.
 */
function checkAction(action: Action, situation: Situation) {
  return requireProtectedAccess(situation, action !== 'create') ?? RULES[action].check(situation);
}

export function availableActions(certificate: LifecycleCertificate, context: LifecycleContext): Availability[] {
  const situation = situationOf(certificate, context);
  return ACTIONS.map((action): Availability => {
    if ('code' in situation) return { action, allowed: false, ...situation };
    const result = checkAction(action, situation);
    return isRefusal(result) ? { action, allowed: false, ...result } : { action, allowed: true, notices: result.notices };
  });
}

export function apply(action: Action, certificate: LifecycleCertificate, context: LifecycleContext): ApplyResult {
  if (!(ACTIONS as readonly string[]).includes(action)) return { ok: false, code: 'unknown-action', reason: `Okänd åtgärd "${action}".` };
  const situation = situationOf(certificate, context);
  if ('code' in situation) return { ok: false, ...situation };
  const rule = RULES[action];
  const result = checkAction(action, situation);
  if (isRefusal(result)) return { ok: false, ...result };
  return rule.apply(situation, result.notices);
}

export const ACTION_NAMES: Record<Action, string> = {
  create: 'Skapa',
  update: 'Ändra',
  deleteDraft: 'Radera',
  sign: 'Signera',
  send: 'Skicka',
  print: 'Skriv ut',
  replace: 'Ersätt',
  revoke: 'Makulera',
  copy: 'Kopiera',
  renew: 'Förnya',
  createFromTemplate: 'Skapa från intyget',
  complement: 'Komplettera',
};

export { statusOf, draftLocks, isEmptyDraft } from './status.js';
export { checkUniqueness } from './uniqueness.js';
export { REVOCATION_REASONS } from './actions/revoke.js';
export * from './questions.js';
export * from './types.js';
