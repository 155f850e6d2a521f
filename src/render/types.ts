/**
 * The hand-offs of the print pipeline: payload → RenderModel (what the printout says) → HTML
 * (how it looks) → PDF. The RenderModel holds only plain strings, already formatted and not yet
 * escaped, so the templates decide nothing and escape everything.
 */

export interface RenderOptions {
  /** The date rules are evaluated on, `YYYY-MM-DD`; defaults to the date of `printedAt`. */
  today?: string;
  /**
   * When the printout is made, ISO date-time (`2026-11-20T14:05:00+01:00`, or without an offset
   * for Swedish time). Printed in the footer and written as the PDF's creation date, so the same
   * certificate and print time give the same bytes. Defaults to now.
   */
  printedAt?: string;
  /** Ids from the definition's `print.hideable` the patient chose to leave out, e.g. `diagnos`. */
  hide?: readonly string[];
}

/** One question as printed: its label and the answer text (lines separated by `\n`). */
export interface PrintedQuestion {
  id: string;
  kind: string;
  label: string;
  answer: string;
  /** Shown but unanswered ("Ej angivet"); styled quieter. */
  unanswered: boolean;
  /** The patient chose to hide the answer; `answer` holds the definition's replacement text. */
  replaced: boolean;
  /** A checkbox's own text, printed above its Ja / Ej angivet as the national printout does. */
  sublabel?: string;
}

/** A fixed text of the definition (`print.texts`), e.g. the legal paragraph. */
export interface PrintedText {
  heading?: string;
  text: string;
}

export interface PrintedSection {
  id: string;
  title: string;
  questions: PrintedQuestion[];
}

/** `document`: a consent, registration or case, which is never a draft and never signed. */
export type StatusKind = 'draft' | 'locked' | 'signed' | 'sent' | 'revoked' | 'document';

export interface RenderModel {
  typeId: string;
  version: string;
  name: string;
  code: string;
  /** `<title>` and PDF title: "Läkarintyg för sjukpenning (FK7804)". */
  title: string;
  /** Personnummer or samordningsnummer with a dash, `19121212-1212`; the name is never printed. */
  personId?: string;
  status: StatusKind;
  /** The red box's text, national wording. */
  statusText: string;
  /** Diagonal text on every page: UTKAST, LÅST UTKAST or MAKULERAT. */
  watermark?: string;
  /** Printed upright in the right margin; left out on drafts. */
  certificateId?: string;
  /** True when the patient left something out; the status box then says so. */
  customised: boolean;
  sections: PrintedSection[];
  /** The definition's fixed texts, before and after the questions. */
  texts: { start: PrintedText[]; end: PrintedText[] };
  /**
   * Where a paper copy is sent (`print.recipientAddress`), as the national form prints it; left
   * out once the certificate has been sent electronically (the national no-address template).
   */
  recipientAddress?: { heading: string; lines: string[] };
  /** Words that follow the document noun: "Intygsutfärdare:" / "Anmälare:" and so on. */
  labels: { issuer: string; signedAt: string; id: string };
  /** After the content. Issuer name and signing date are left out on drafts. */
  issuer: {
    name?: string;
    signedAt?: string;
    unitName?: string;
    unitLines: string[];
  };
  /** The closing block of a consent, registration or case (empty for certificates), each line its own. */
  details: Array<{ label: string; lines: string[] }>;
  /** Swedish wall time of the print, `2026-11-20 14:05`. */
  printedAt: string;
  /** The same instant, for the PDF metadata. */
  printedAtInstant: number;
}

/**
 * The certificate cannot be printed at all (not an object, unknown type or version) or the
 * options ask for something it does not allow (an unknown or unavailable `hide`). `usage` marks
 * the caller's mistake rather than the payload's, for the command line's exit code.
 */
export class RenderError extends Error {
  /** `field`: the option to blame (`printedAt`, `today`, `hide`), for the service's error body. */
  constructor(message: string, readonly usage = false, readonly field?: string) {
    super(message);
    this.name = 'RenderError';
  }
}
