/**
 * Actions on an issued certificate that start a new draft: replace (all answers), renew (all but
 * the fields the policy leaves out) and complement (an answer to the recipient's komplettering).
 */

import { openComplementRequests } from '../questions.js';
import { electronicRefusal, firstRefusal, refuse, requireIdentity, requirePatientAlive, requireSigner, requireStatus, requireWriter, wordsOf } from '../situation.js';
import { allowed, newDraft, pick, relationTo, type ActionRule } from './rule.js';
import { cleanDraft } from '../clean.js';
import { draftInCurrentVersion } from '../migrate.js';

import type { NounForms } from '../../model/noun.js';

/** "ett nytt intyg" / "en ny anmälan" */
const aNew = (n: NounForms) => `${n.pp('ett nytt', 'en ny')} ${n.noun}`;
const alreadyReplaced = (n: NounForms) => `${n.The} har redan ersatts av ${aNew(n)} och kan inte ersättas igen.`;

export const replace: ActionRule = {
  action: 'replace',
  check: (situation) => firstRefusal(
    requireStatus(situation, ['signed', 'sent'], { replaced: alreadyReplaced(wordsOf(situation)), draft: 'Ett utkast kan inte ersättas. Ändra utkastet i stället.' }),
    () => situation.context.relations?.replacedBy?.status === 'draft'
      ? refuse('replacement-draft-exists', `Det finns redan ett utkast som ersätter ${wordsOf(situation).the}. Fortsätt med det utkastet.`)
      : null,
    () => requireSigner(situation, 'ersätta'),
    () => requirePatientAlive(situation),
    () => requireIdentity(situation),
  ) ?? allowed(),
  apply: (situation) => ({
    ok: true,
    certificates: [{
      ...(draftInCurrentVersion(situation, { ...situation.certificate.answers }) ?? { certificate: newDraft(situation.model, situation.certificate, { ...situation.certificate.answers }) }),
      relation: relationTo('replaces', situation.certificate),
    }],
    effects: [],
  }),
};

export const renew: ActionRule = {
  action: 'renew',
  check: (situation) => firstRefusal(
    situation.model.lifecycle.renewable ? null : refuse('not-renewable', `${situation.model.name} kan inte förnyas. Skapa ${aNew(wordsOf(situation))} i stället.`),
    () => requireStatus(situation, ['signed', 'sent'], {
      replaced: `${wordsOf(situation).The} har ersatts och kan inte förnyas. Förnya ${wordsOf(situation).pp('det nya intyget', 'den nya anmälan')}.`,
    }),
    () => ['signed', 'sent'].includes(situation.context.relations?.complementedBy?.status ?? '')
      ? refuse('complemented', `${wordsOf(situation).The} har kompletterats och kan inte förnyas. Förnya kompletteringen.`)
      : null,
    () => requirePatientAlive(situation),
    () => requireWriter(situation),
    () => requireIdentity(situation),
  ) ?? allowed(),
  apply(situation) {
    // Neither the certificate's version nor the one the renewal is written in carries these.
    const leaveOut = new Set(situation.model.lifecycle.notCopiedOnRenew);
    const answers = pick(situation.certificate.answers, (id) => !leaveOut.has(id));
    const renewed = draftInCurrentVersion(situation, answers, new Set(situation.current.lifecycle.notCopiedOnRenew))
      ?? cleanDraft(situation.model, newDraft(situation.model, situation.certificate, answers), situation.context.today);
    return { ok: true, certificates: [{ ...renewed, relation: relationTo('renews', situation.certificate) }], effects: [] };
  },
};

export const complement: ActionRule = {
  action: 'complement',
  check: (situation) => firstRefusal(
    electronicRefusal(situation),
    () => requireStatus(situation, ['signed', 'sent']),
    () => openComplementRequests(situation.context.questions ?? []).length
      ? null
      : refuse('no-complement-request', 'Det finns ingen begäran om komplettering att besvara.'),
    () => situation.context.relations?.complementedBy?.status === 'draft'
      ? refuse('complement-draft-exists', `Det finns redan ett utkast som kompletterar ${wordsOf(situation).the}. Fortsätt med det utkastet.`)
      : null,
    () => requireWriter(situation),
    () => requirePatientAlive(situation),
  ) ?? allowed(),
  apply: (situation) => ({
    ok: true,
    certificates: [{
      ...(draftInCurrentVersion(situation, { ...situation.certificate.answers }) ?? { certificate: newDraft(situation.model, situation.certificate, { ...situation.certificate.answers }) }),
      relation: relationTo('complements', situation.certificate),
    }],
    effects: [],
  }),
};
