/** Actions on drafts: create, update, delete and copy (the only way forward from a locked draft). */

import { firstRefusal, requireIdentity, requireLiveVersion, requirePatientAlive, requireStatus, requireWriter, wordsOf, type Situation } from '../situation.js';
import { draftInCurrentVersion } from '../migrate.js';
import type { NounForms } from '../../model/noun.js';

/** "Ett signerat intyg" / "En signerad anmälan". */
const aSigned = (n: NounForms) => `${n.pp('Ett signerat', 'En signerad')} ${n.noun}`;
import { checkUniqueness } from '../uniqueness.js';
import { allowed, newDraft, noticeEffects, relationTo, type ActionRule, type CheckResult } from './rule.js';
import { cleanDraft } from '../clean.js';

/** Writer, valid identity, a living patient (unless the type is for the deceased), nothing unique in the way. */
function mayStartDraft(situation: Situation, selfId?: string): CheckResult {
  const refusal = firstRefusal(requireWriter(situation), requireIdentity(situation), requirePatientAlive(situation));
  if (refusal) return refusal;
  const verdict = checkUniqueness(situation.model, situation.context, selfId);
  return verdict.refusal ?? allowed([...verdict.notices, ...missingSource(situation)]);
}

/** A Dödsorsaksintyg should follow a Dödsbevis: say so when the care provider has none. */
function missingSource(situation: Situation): string[] {
  const prefill = situation.model.lifecycle.prefillFrom;
  if (!prefill?.missingNotice) return [];
  const { existing = [], user } = situation.context;
  const present = existing.some((record) => record.type === prefill.type && record.careProvider === user.careProvider && record.status !== 'revoked' && record.status !== 'deleted');
  return present ? [] : [prefill.missingNotice];
}

/** Creating concerns the type and the patient, not the state of the certificate passed in. */
export const create: ActionRule = {
  action: 'create',
  check: (situation) => requireLiveVersion(situation, 'skapa') ?? mayStartDraft(situation, situation.certificate.id),
  // A prefill (certificate-service's forifyllnad) is cleaned like a copy: hidden answers go.
  apply: (situation, notices) => ({
    ok: true,
    certificates: [cleanDraft(situation.model, newDraft(situation.model, situation.certificate, { ...situation.context.prefill }), situation.context.today)],
    effects: noticeEffects(notices),
  }),
};

export const update: ActionRule = {
  action: 'update',
  check: (situation) => firstRefusal(
    requireStatus(situation, ['draft'], {
      signed: `${aSigned(wordsOf(situation))} kan inte ändras. Ersätt ${wordsOf(situation).pp('det', 'den')} i stället.`,
      sent: `${aSigned(wordsOf(situation))} kan inte ändras. Ersätt ${wordsOf(situation).pp('det', 'den')} i stället.`,
    }),
    () => requireWriter(situation),
  ) ?? allowed(),
  // The new answers are the caller's; the rule only decides that the draft may take them.
  apply: (situation) => ({ ok: true, certificates: [{ certificate: situation.certificate }], effects: [] }),
};

export const deleteDraft: ActionRule = {
  action: 'deleteDraft',
  check: (situation) => firstRefusal(
    requireStatus(situation, ['draft', 'locked'], {
      signed: `${aSigned(wordsOf(situation))} kan inte raderas. Makulera ${wordsOf(situation).pp('det', 'den')} i stället om ${wordsOf(situation).pp('det', 'den')} innehåller allvarliga fel.`,
      sent: `${aSigned(wordsOf(situation))} kan inte raderas. Makulera ${wordsOf(situation).pp('det', 'den')} i stället om ${wordsOf(situation).pp('det', 'den')} innehåller allvarliga fel.`,
    }),
    () => requireWriter(situation),
  ) ?? allowed(),
  apply: (situation) => ({ ok: true, certificates: [{ certificate: { ...situation.certificate, status: 'deleted' } }], effects: [] }),
};

export const copy: ActionRule = {
  action: 'copy',
  check: (situation) => requireStatus(situation, ['locked'], {
    draft: 'Bara ett låst utkast kan kopieras. Fortsätt skriva i utkastet.',
  }) ?? mayStartDraft(situation, situation.certificate.id),
  // The copy is written in the type's current version, through the migration when the draft is older.
  apply: (situation, notices) => ({
    ok: true,
    certificates: [{
      ...(draftInCurrentVersion(situation, { ...situation.certificate.answers })
        ?? cleanDraft(situation.model, newDraft(situation.model, situation.certificate, { ...situation.certificate.answers }), situation.context.today)),
      relation: relationTo('copies', situation.certificate),
    }],
    effects: noticeEffects(notices),
  }),
};
