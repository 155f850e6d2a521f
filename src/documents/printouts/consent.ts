/** What a consent's printout says about its envelope: actors, when and by whom, until when, what was taken back. */

import { isPlainObject } from '../../fields/kind.js';
import type { CertificateModel } from '../../model/types.js';
import { actorNames, consentRecord, consentValidUntil } from '../consent.js';
import type { PrintedEnvelope } from '../kind.js';
import { informationOptions } from '../kinds/consent.js';
import { formatPerson, unitLine } from '../printed.js';

export function printedConsent(document: Record<string, unknown>, model: CertificateModel): PrintedEnvelope {
  const record = consentRecord(document, model);
  const by = isPlainObject(document.obtainedBy) ? document.obtainedBy : {};
  const names = actorNames(model);
  const informationNames = Object.fromEntries(informationOptions(model).map((option) => [option.id, option.label]));
  const withdrawals = (record?.withdrawals ?? []).map((withdrawal) => {
    const parts = [withdrawal.actors?.map((id) => names[id] ?? id).join(', '), withdrawal.information?.map((id) => informationNames[id] ?? id).join(', ')].filter(Boolean);
    return `${withdrawal.date}: ${parts.length ? `för ${parts.join('; ')}` : 'helt'}`;
  });
  const wholly = record?.withdrawals.some((withdrawal) => !withdrawal.actors && !withdrawal.information);
  return {
    statusText: 'Detta är en utskrift av ett samtycke till att bryta sekretess. Samtycket gäller 1 år från inhämtandet, och patienten kan när som helst ta tillbaka det helt eller delvis.',
    ...(wholly ? { watermark: 'ÅTERKALLAT' } : {}),
    details: [
      { label: 'Samtycket gäller', value: record?.actors.map((id) => names[id] ?? id).join(', ') || 'Ej angivet' },
      { label: 'Inhämtat', value: typeof document.obtainedOn === 'string' ? document.obtainedOn : 'Ej angivet' },
      { label: 'Inhämtat av', value: formatPerson(by) },
      ...(typeof document.obtainedOn === 'string' && record ? [{ label: 'Gäller till och med', value: consentValidUntil(document.obtainedOn, model.consent!.validYears) }] : []),
      ...(withdrawals.length ? [{ label: 'Tillbakataget', value: withdrawals.join('\n') }] : []),
      ...unitLine(document),
    ],
  };
}
