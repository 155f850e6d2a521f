/**
 * The red status box and the watermark, in the national wording (certificate-print-service's
 * HeaderElementFactory and the legacy iText generators; see inera-print-rules-sjukfall.md A2,
 * A4, A5). Priority as there: a draft is a draft whatever else is true; then sent; then signed.
 */

import type { StatusKind } from './types.js';
import { nounForms, type NounForms } from '../model/noun.js';

// For `documentNoun: intyg` these are the national texts word for word; an anmälan inflects them.
const DRAFT = (n: NounForms, recipient: string) => `Detta är en utskrift av ${n.anElectronicDraft} och ska INTE skickas till ${recipient}.`;
const SIGNED = (n: NounForms) => `Detta är en utskrift av ${n.anElectronic}. ${n.The} har signerats elektroniskt av ${n.theIssuer}.`;
const SENT = (n: NounForms, recipient: string) => `${SIGNED(n)} Notera att ${n.the} redan har skickats till ${recipient}.`;
/** Legacy AG1-14/AG7804 employer copy with fields left out (common:skl/ag114 PdfGenerator). */
const CUSTOMISED = (n: NounForms) =>
  `Detta är en anpassad utskrift av ${n.anElectronic}. Viss information i ${n.the} har valts bort. ${n.The} har signerats elektroniskt av ${n.theIssuer}.`;

export const WATERMARKS = { draft: 'UTKAST', locked: 'LÅST UTKAST', revoked: 'MAKULERAT' } as const;

export interface StatusInput {
  /** The payload's `status`; anything unknown prints as a draft, never as a signed certificate. */
  status: unknown;
  sent: boolean;
  customised: boolean;
  /** Who a sent certificate went to: the recipient's name. */
  recipientName: string;
  /** Who a draft must not be given to; for print-only types not the formal recipient. */
  draftRecipient: string;
  /** What the document is called (default intyg). */
  noun?: NounForms;
}

export interface StatusOutput {
  kind: StatusKind;
  text: string;
  watermark?: string;
  isDraft: boolean;
}

export function statusOf(input: StatusInput): StatusOutput {
  const n = input.noun ?? nounForms('intyg');
  if (input.status === 'locked') return { kind: 'locked', text: DRAFT(n, input.draftRecipient), watermark: WATERMARKS.locked, isDraft: true };
  if (input.status !== 'signed' && input.status !== 'revoked') {
    return { kind: 'draft', text: DRAFT(n, input.draftRecipient), watermark: WATERMARKS.draft, isDraft: true };
  }
  const text = input.customised ? CUSTOMISED(n) : input.sent ? SENT(n, input.recipientName) : SIGNED(n);
  if (input.status === 'revoked') return { kind: 'revoked', text, watermark: WATERMARKS.revoked, isDraft: false };
  return { kind: input.sent ? 'sent' : 'signed', text, isDraft: false };
}
