/**
 * Nothing invalid is signed or sent. Signing validates the draft on the day it is signed; sending
 * validates the signed certificate as of its signing day, since a limit like "at most today" was
 * met then and must not fail because the certificate is sent a week later. The errors travel
 * with the refusal, so the user sees what to correct.
 */

import { dateOf } from '../render/time.js';
import type { Situation } from './situation.js';
import type { Issue } from '../fields/kind.js';
import type { Refusal } from './types.js';

const SHOWN = 3;

function refusal(errors: Issue[], verb: string): Refusal {
  const count = errors.length;
  const listed = errors.slice(0, SHOWN).map((issue) => `${issue.field || 'intyget'}: ${issue.message}`).join(' ');
  return {
    code: 'invalid-certificate',
    reason: `Intyget kan inte ${verb} eftersom det har ${count === 1 ? 'ett fel' : `${count} fel`} som måste rättas först. ${listed}${count > SHOWN ? ' …' : ''}`,
    errors,
  };
}

/** Refuses unless the draft is valid today. */
export function requireValidToSign(situation: Situation): Refusal | null {
  const result = situation.context.runtime.validate(situation.certificate, { today: situation.context.today });
  return result.valid ? null : refusal(result.errors, 'signeras');
}

/** Refuses unless the signed certificate is valid as of the (Swedish) day it was signed. */
export function requireValidToSend(situation: Situation): Refusal | null {
  const { signedAt } = situation.certificate;
  const today = (typeof signedAt === 'string' ? dateOf(signedAt) : undefined) ?? situation.context.today;
  const result = situation.context.runtime.validate(situation.certificate, { today });
  return result.valid ? null : refusal(result.errors, 'skickas');
}
