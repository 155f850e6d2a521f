/**
 * Create another type from a signed certificate, prefilled with the answers both share:
 * Dödsorsaksintyg from Dödsbevis. The target is the type whose `prefillFrom` names this one. The
 * prefill only applies on the same care unit within the same care provider (Webcert in TakeCare).
 */

import { isIssued, type IssuedModel } from '../../model/types.js';
import { firstRefusal, refuse, requireIdentity, requirePatientAlive, requireProtectedAccess, requireStatus, requireWriter, type Situation } from '../situation.js';
import { checkUniqueness } from '../uniqueness.js';
import type { Refusal } from '../types.js';
import { allowed, newDraft, noticeEffects, pick, relationTo, type ActionRule } from './rule.js';
import { cleanDraft } from '../clean.js';

function targetOf(situation: Situation): { target: IssuedModel } | { refusal: Refusal } {
  const { context, model } = situation;
  const targets = [...context.models.values()].filter(isIssued).filter((candidate) => candidate.lifecycle.prefillFrom?.type === model.id);
  const target = context.templateType ? targets.find((candidate) => candidate.id === context.templateType) : targets[0];
  return target ? { target } : { refusal: refuse('no-template', `Inget annat intyg skapas från ${model.name}.`) };
}

export const createFromTemplate: ActionRule = {
  action: 'createFromTemplate',
  check(situation) {
    const found = targetOf(situation);
    if ('refusal' in found) return found.refusal;
    const { target } = found;
    const { record, user } = situation.context;
    const refusal = firstRefusal(
      requireStatus(situation, ['signed', 'sent'], {
        draft: `${target.name} kan bara skapas från ett signerat ${situation.model.name.toLowerCase()}.`,
        locked: `${target.name} kan bara skapas från ett signerat ${situation.model.name.toLowerCase()}.`,
      }),
      () => record && (record.careUnit !== user.careUnit || record.careProvider !== user.careProvider)
        ? refuse('other-care-unit', `${target.name} fylls bara i från ${situation.model.name.toLowerCase()} när båda intygen skapas på samma vårdenhet inom samma vårdgivare.`)
        : null,
      () => requireWriter(situation, target),
      () => requireProtectedAccess(situation, false, target),
      () => requirePatientAlive(situation, target),
      () => requireIdentity(situation),
    );
    if (refusal) return refusal;
    const verdict = checkUniqueness(target, situation.context);
    return verdict.refusal ?? allowed(verdict.notices);
  },
  apply(situation, notices) {
    const { target } = targetOf(situation) as { target: IssuedModel };
    const shared = new Set(target.lifecycle.prefillFrom?.fields ?? []);
    const answers = pick(situation.certificate.answers, (id) => shared.has(id));
    return {
      ok: true,
      certificates: [{ ...cleanDraft(target, newDraft(target, situation.certificate, answers), situation.context.today), relation: relationTo('prefilledFrom', situation.certificate) }],
      effects: noticeEffects(notices),
    };
  },
};
