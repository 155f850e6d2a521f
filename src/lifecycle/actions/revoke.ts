/**
 * Makulera: an issued certificate or a locked draft, never an open draft (that is deleted). The
 * reason is the action's own input, so availability does not depend on it; apply checks it.
 * Death certificates need no reason but a telephone call, which the notice tells.
 */

import { firstRefusal, isIssuedSituation, refuse, requireSigner, requireStatus, requireWriter, wordsOf } from '../situation.js';
import type { Effect } from '../types.js';
import { allowed, noticeEffects, type ActionRule } from './rule.js';

export const REVOCATION_REASONS = {
  FEL_PATIENT: 'Intyget har utfärdats på fel patient',
  ANNAT_ALLVARLIGT_FEL: 'Annat allvarligt fel',
} as const;

export const revoke: ActionRule = {
  action: 'revoke',
  check(situation) {
    const refusal = firstRefusal(
      requireStatus(situation, ['signed', 'sent', 'replaced', 'locked'], {
        draft: 'Ett utkast kan inte makuleras. Radera utkastet i stället.',
        revoked: `${wordsOf(situation).The} är redan ${wordsOf(situation).pp('makulerat', 'makulerad')}.`,
      }),
      () => (isIssuedSituation(situation) ? requireSigner(situation, 'makulera') : requireWriter(situation)),
    );
    const notice = situation.model.lifecycle.revocation.notice;
    return refusal ?? allowed(notice ? [notice] : []);
  },
  apply(situation, notices) {
    const { revocation } = situation.model.lifecycle;
    const input = situation.context.revocation;
    if (revocation.reasonRequired && !input?.reason) {
      const n = wordsOf(situation);
      return { ok: false, ...refuse('revocation-reason-missing', `Ange varför ${n.the} makuleras: ${n.the} har utfärdats på fel patient eller ${REVOCATION_REASONS.ANNAT_ALLVARLIGT_FEL.toLowerCase()}.`) };
    }
    if (input?.reason === 'ANNAT_ALLVARLIGT_FEL' && !input.message?.trim()) {
      return { ok: false, ...refuse('revocation-message-missing', 'Beskriv det allvarliga felet.') };
    }
    const effects: Effect[] = [];
    // Only a recipient that got the certificate electronically can be told electronically.
    if (situation.certificate.sentAt && revocation.notifyRecipient) effects.push({ kind: 'notifyRevocation', recipient: situation.model.recipient });
    effects.push(...noticeEffects(notices));
    return { ok: true, certificates: [{ certificate: { ...situation.certificate, status: 'revoked' } }], effects };
  },
};
