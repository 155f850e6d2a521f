/**
 * One current certificate per person: Dödsbevis nationally, Dödsorsaksintyg within the care
 * provider, and one open draft of each within the care provider. Outside the scope the newest
 * applies, which the user is told as a notice rather than refused (Webcert's
 * UNIKT_UNDANTAG_OM_SENASTE_INTYG). The texts are the definition's.
 */

import type { CertificateModel } from '../model/types.js';
import type { CertificateRecord, LifecycleContext, Refusal } from './types.js';

export interface UniquenessVerdict {
  refusal?: Refusal;
  notices: string[];
}

const GENERIC: Record<string, string> = {
  signed: 'Det finns redan ett signerat intyg av denna typ för detta personnummer. Ersätt det befintliga intyget i stället.',
  signedOtherProvider: 'Det finns redan ett signerat intyg av denna typ för detta personnummer hos annan vårdgivare.',
  draft: 'Det finns redan ett utkast av denna typ för detta personnummer. Fortsätt med det befintliga utkastet.',
};

function where(record: CertificateRecord, context: LifecycleContext): 'SameUnit' | 'OtherUnit' | 'OtherProvider' {
  if (record.careProvider !== context.user.careProvider) return 'OtherProvider';
  return record.careUnit === context.user.careUnit ? 'SameUnit' : 'OtherUnit';
}

/**
 * For creating (or copying into) a new certificate of `model`'s type. `selfId` is left out of the
 * comparison, so a draft does not conflict with itself.
 */
export function checkUniqueness(model: CertificateModel, context: LifecycleContext, selfId?: string): UniquenessVerdict {
  const unique = model.lifecycle?.unique;
  const notices: string[] = [];
  if (!unique) return { notices };
  const text = (key: string, fallback: string): string => unique.messages[key] ?? fallback;
  const others = (context.existing ?? []).filter((record) => record.type === model.id && record.id !== selfId);
  if (unique.certificate) {
    for (const record of others.filter((r) => r.status === 'signed' || r.status === 'sent')) {
      const place = where(record, context);
      const message = text(`signed${place}`, place === 'OtherProvider' ? GENERIC.signedOtherProvider : GENERIC.signed);
      if (place !== 'OtherProvider' || unique.scope === 'national') return { refusal: { code: 'unique-certificate', reason: message }, notices };
      notices.push(message);
    }
  }
  if (unique.draft) {
    for (const record of others.filter((r) => r.status === 'draft')) {
      const place = where(record, context);
      const message = text(`draft${place}`, GENERIC.draft);
      if (place !== 'OtherProvider') return { refusal: { code: 'unique-draft', reason: message }, notices };
      notices.push(message);
    }
  }
  return { notices: [...new Set(notices)] };
}

/**
 * At signing, a nationally unique type is refused when another care provider signed one in the
 * meantime ("Det är därför inte möjligt att signera detta dödsbevis").
 */
export function checkSignUniqueness(model: CertificateModel, context: LifecycleContext, selfId?: string): Refusal | null {
  const unique = model.lifecycle?.unique;
  if (!unique?.certificate || unique.scope !== 'national') return null;
  const signedElsewhere = (context.existing ?? []).some(
    (record) => record.type === model.id && record.id !== selfId && (record.status === 'signed' || record.status === 'sent') && record.careProvider !== context.user.careProvider,
  );
  if (!signedElsewhere) return null;
  return { code: 'unique-certificate', reason: unique.messages.signOtherProvider ?? GENERIC.signedOtherProvider };
}
