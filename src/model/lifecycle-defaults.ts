/**
 * The `lifecycle:` block → LifecyclePolicy. Most of the policy already follows from `recipient`,
 * `delivery` and `issuers`; a definition states only what differs, so the defaults live here.
 */

import { PROFESSIONS, WRITING_PROFESSIONS, type CertificateModel, type DocumentNoun, type LifecyclePolicy, type Profession } from './types.js';
import { nounForms } from './noun.js';

type Raw = Record<string, any>;

/** Recipients whose sending by care staff needs the patient's consent ("Intyg till Försäkringskassan"). */
const CONSENT_RECIPIENTS = new Set(['FKASSA']);

/** Signing notices of the sign dialogs, by recipient (CertificateSignConfirmationFunctionImpl). */
const SIGN_NOTICE_RECIPIENTS: Record<string, string> = { SKV: 'Skatteverket', SOS: 'Socialstyrelsen' };

export function normalizeLifecycle(raw: Raw | undefined, base: Pick<CertificateModel, 'recipient' | 'issuers' | 'delivery'> & { documentNoun?: DocumentNoun }): LifecyclePolicy {
  const lifecycle = raw ?? {};
  const recipientName = base.recipient !== undefined ? SIGN_NOTICE_RECIPIENTS[base.recipient] : undefined;
  const SIGN_NOTICES: Record<string, string> = recipientName && base.recipient !== undefined ? { [base.recipient]: `${nounForms(base.documentNoun).The} skickas direkt till ${recipientName}.` } : {};
  const mode = base.delivery?.mode ?? 'manual';
  const signers = (base.issuers ?? []) as Profession[];
  const electronic: boolean = lifecycle.electronic ?? mode !== 'printOnly';
  const signNotice: string | undefined = lifecycle.signNotice ?? (mode === 'onSign' ? SIGN_NOTICES[base.recipient ?? ''] : undefined);
  return {
    electronic,
    sendMode: mode,
    consentRequired: lifecycle.consentRequired ?? (electronic && mode === 'manual' && CONSENT_RECIPIENTS.has(base.recipient ?? '')),
    availableIn1177: base.delivery?.availableIn1177 ?? false,
    signers,
    // Everyone who signs also writes; the care staff roles write by default (Webcert's CARE_ADMIN, NURSE, MIDWIFE).
    writers: lifecycle.writers ?? PROFESSIONS.filter((p) => signers.includes(p) || WRITING_PROFESSIONS.includes(p)),
    ...(lifecycle.unique
      ? {
          unique: {
            scope: lifecycle.unique.scope,
            certificate: lifecycle.unique.certificate ?? true,
            draft: lifecycle.unique.draft ?? true,
            messages: lifecycle.unique.messages ?? {},
          },
        }
      : {}),
    revocation: {
      reasonRequired: lifecycle.revocation?.reasonRequired ?? true,
      notifyRecipient: lifecycle.revocation?.notifyRecipient ?? electronic,
      ...(lifecycle.revocation?.notice !== undefined ? { notice: lifecycle.revocation.notice } : {}),
    },
    renewable: lifecycle.renewable ?? true,
    notCopiedOnRenew: lifecycle.notCopiedOnRenew ?? [],
    ...(lifecycle.prefillFrom ? { prefillFrom: { ...lifecycle.prefillFrom } } : {}),
    ...(signNotice !== undefined ? { signNotice } : {}),
    sendNotices: ((lifecycle.sendNotices as Raw[] | undefined) ?? []).map((entry, index) => ({
      ...(entry.when ? { when: entry.when } : {}),
      text: entry.text,
      pointer: ['lifecycle', 'sendNotices', index],
    })),
    deceasedPatient: lifecycle.deceasedPatient ?? 'refuse',
    // certificate-service: allowedRolesForProtectedPersons; the signers cover its defaults per type.
    protectedPersons: lifecycle.protectedPersons ?? signers,
    pointer: raw ? ['lifecycle'] : [],
  };
}
