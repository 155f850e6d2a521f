/**
 * The red status box and the watermark, in the national wording (certificate-print-service's
 * HeaderElementFactory and the legacy iText generators; see inera-print-rules-sjukfall.md A2,
 * A4, A5). Priority as there: a draft is a draft whatever else is true; then sent; then signed.
 */

import type { StatusKind } from './types.js';

const DRAFT = (recipient: string) => `Detta är en utskrift av ett elektroniskt intygsutkast och ska INTE skickas till ${recipient}.`;
const SIGNED = 'Detta är en utskrift av ett elektroniskt intyg. Intyget har signerats elektroniskt av intygsutfärdaren.';
const SENT = (recipient: string) => `${SIGNED} Notera att intyget redan har skickats till ${recipient}.`;
/** Legacy AG1-14/AG7804 employer copy with fields left out (common:skl/ag114 PdfGenerator). */
const CUSTOMISED =
  'Detta är en anpassad utskrift av ett elektroniskt intyg. Viss information i intyget har valts bort. Intyget har signerats elektroniskt av intygsutfärdaren.';

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
}

export interface StatusOutput {
  kind: StatusKind;
  text: string;
  watermark?: string;
  isDraft: boolean;
}

export function statusOf(input: StatusInput): StatusOutput {
  if (input.status === 'locked') return { kind: 'locked', text: DRAFT(input.draftRecipient), watermark: WATERMARKS.locked, isDraft: true };
  if (input.status !== 'signed' && input.status !== 'revoked') {
    return { kind: 'draft', text: DRAFT(input.draftRecipient), watermark: WATERMARKS.draft, isDraft: true };
  }
  const text = input.customised ? CUSTOMISED : input.sent ? SENT(input.recipientName) : SIGNED;
  if (input.status === 'revoked') return { kind: 'revoked', text, watermark: WATERMARKS.revoked, isDraft: false };
  return { kind: input.sent ? 'sent' : 'signed', text, isDraft: false };
}
