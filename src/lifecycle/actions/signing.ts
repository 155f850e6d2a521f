/**
 * Sign, send and print. Signing a type sent on signing also sends it (Dödsbevis to Skatteverket);
 * other types are sent on request, with the patient's consent where the policy says so, and
 * print-only types never. A reserve number blocks every electronic sending.
 */

import { openComplementRequests } from '../questions.js';
import {
  electronicRefusal, firstRefusal, PROTECTED_PRINT_NOTICE, refuse, requireIdentity, requireLiveVersion, requireSigner, requireStatus, requireWriter,
  TEST_PERSON_REASON, reserveNumberReason, wordsOf, type Situation,
} from '../situation.js';
import type { Effect } from '../types.js';
import { checkSignUniqueness } from '../uniqueness.js';
import { requireValidToSend, requireValidToSign } from '../validity.js';
import { allowed, noticeEffects, type ActionRule } from './rule.js';
import { conditionHolds } from '../conditions.js';

/** Will signing send the certificate right away? Never for a reserve number or a test person. */
function sendsOnSign(situation: Situation): boolean {
  return situation.model.lifecycle.sendMode === 'onSign' && !electronicRefusal(situation) && !situation.context.patientTestIndicated;
}

/** Signing a type sent on signing, when it cannot be sent: why not, instead of the sign notice. */
function notSentOnSign(situation: Situation): string {
  return situation.context.patientTestIndicated && !electronicRefusal(situation)
    ? `${TEST_PERSON_REASON} ${wordsOf(situation).The} signeras men skickas inte till mottagaren.`
    : reserveNumberReason(wordsOf(situation));
}

export const sign: ActionRule = {
  action: 'sign',
  check(situation) {
    const refusal = firstRefusal(
      requireStatus(situation, ['draft'], { locked: 'Utkastet är låst och kan inte signeras. Kopiera det till ett nytt utkast och signera det.' }),
      () => requireLiveVersion(situation, 'signera'),
      () => requireSigner(situation),
      () => requireIdentity(situation),
      () => checkSignUniqueness(situation.model, situation.context, situation.certificate.id),
      () => requireValidToSign(situation),
    );
    if (refusal) return refusal;
    const { signNotice, sendMode } = situation.model.lifecycle;
    if (sendMode === 'onSign' && !sendsOnSign(situation)) return allowed([notSentOnSign(situation)]);
    return allowed(sendsOnSign(situation) && signNotice ? [signNotice] : []);
  },
  apply(situation, notices) {
    const { context, model, certificate } = situation;
    const sending = sendsOnSign(situation);
    const effects: Effect[] = [];
    if (sending) effects.push({ kind: 'sendToRecipient', recipient: model.recipient });
    if (model.lifecycle.availableIn1177 && situation.identity.ok && situation.identity.identity.electronic) effects.push({ kind: 'publishTo1177' });
    if (context.relations?.replaces) effects.push({ kind: 'markReplaced', certificateId: context.relations.replaces });
    if (context.relations?.complements) {
      // The complement answers every open komplettering on the original; `questions` are the original's.
      const questionIds = openComplementRequests(context.questions ?? []).map((question) => question.id);
      effects.push({ kind: 'closeComplementQuestions', certificateId: context.relations.complements, questionIds });
    }
    effects.push(...noticeEffects(notices));
    const signed = { ...certificate, status: 'signed' as const, signedAt: context.today, ...(sending ? { sentAt: context.today } : {}) };
    return { ok: true, certificates: [{ certificate: signed }], effects };
  },
};

export const send: ActionRule = {
  action: 'send',
  check(situation) {
    const { lifecycle } = situation.model;
    const n = wordsOf(situation);
    const refusal = firstRefusal(
      electronicRefusal(situation),
      situation.context.patientTestIndicated ? refuse('test-person', TEST_PERSON_REASON) : null,
      lifecycle.sendMode === 'onSign' ? refuse('sent-on-sign', `${n.The} skickas automatiskt till mottagaren när ${n.pp('det', 'den')} signeras.`) : null,
      () => requireStatus(situation, ['signed'], {
        draft: `${n.The} måste signeras innan ${n.pp('det', 'den')} kan skickas.`,
        locked: 'Ett låst utkast kan inte skickas.',
        sent: `${n.The} är redan ${n.pp('skickat', 'skickad')} till mottagaren.`,
        replaced: `${n.The} har ersatts och kan inte skickas. Skicka ${n.pp('det nya intyget', 'den nya anmälan')}.`,
      }),
      () => requireWriter(situation),
      () => lifecycle.consentRequired && !situation.context.consent
        ? refuse('consent-missing', `Patientens samtycke krävs för att skicka ${n.the}. Har du inte samtycket kan patienten själv skicka ${n.the} via 1177.`)
        : null,
      () => requireValidToSend(situation),
    );
    // The send dialog's texts (FK7804CertificateSendContentProvider), each while its condition holds.
    const notices = lifecycle.sendNotices
      .filter((notice) => !notice.when || conditionHolds(situation.model, notice.when, situation.certificate, situation.context.today))
      .map((notice) => notice.text);
    return refusal ?? allowed(notices);
  },
  apply: (situation, notices) => ({
    ok: true,
    certificates: [{ certificate: { ...situation.certificate, sentAt: situation.context.today } }],
    effects: [{ kind: 'sendToRecipient', recipient: situation.model.recipient }, ...noticeEffects(notices)],
  }),
};

const WATERMARKS: Partial<Record<string, string>> = { draft: 'UTKAST', locked: 'LÅST UTKAST', revoked: 'MAKULERAT' };

export const print: ActionRule = {
  action: 'print',
  check: (situation) => firstRefusal(requireStatus(situation, ['draft', 'locked', 'signed', 'sent', 'replaced', 'revoked']), () => requireWriter(situation))
    ?? allowed(situation.context.patientProtected ? [PROTECTED_PRINT_NOTICE] : []),
  apply(situation, notices) {
    const watermark = WATERMARKS[situation.status];
    return { ok: true, certificates: [], effects: [{ kind: 'print', ...(watermark ? { watermark } : {}) }, ...noticeEffects(notices)] };
  },
};
