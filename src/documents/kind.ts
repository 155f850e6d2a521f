/**
 * The contract of a document kind. A definition's `document:` (certificate, consent,
 * registration, case) selects one; it owns the envelope around `answers`: which keys a payload
 * carries besides the answers, their JSON Schema and TypeScript type, how the runtime checks them,
 * which context facts conditions may read and what they hold. Its JSON Schema is in `schemas/`,
 * what a printout says about it in `printouts/`, so the runtime and the browser build load neither.
 * Field kinds, conditions, rules, checks, validation and printing are shared by all kinds.
 */

import type { Issue } from '../fields/kind.js';
import type { CertificateModel, ContextFactName, DocumentKind } from '../model/types.js';
import type { History } from './history-types.js';

/** A line of a printout's closing block: `Vårdkontakt: 2026-03-02`. */
export interface PrintedDetail {
  label: string;
  value: string;
}

/** What a printout says about the envelope, besides the answers. */
export interface PrintedEnvelope {
  /** The box at the top of every page. */
  statusText: string;
  /** Diagonal text on every page, when the document is not in force (a withdrawn consent). */
  watermark?: string;
  /** The closing block, in order. */
  details: PrintedDetail[];
}

export interface DocumentKindSpec {
  kind: DocumentKind;
  /** The Swedish noun with its article, for messages: `ett samtycke`, `en registrering`. */
  noun: string;
  /** Plural, for messages: `registreringar`. */
  plural: string;
  /** Suffix of the generated payload type: `KvaRehabRegistration`. */
  typeSuffix: string;
  /** The envelope type in generated/common.ts the payload type instantiates. */
  envelopeType: string;
  /** Keys a payload may have besides `type`, `version` and `answers`, in schema order. */
  envelopeKeys: readonly string[];
  /** Context facts its conditions may read (`today`, `patient` and `unit` are every kind's). */
  facts: readonly ContextFactName[];
  /** Whether the issuing unit's contact details are required unless the definition says otherwise. */
  unitContactByDefault: 'required' | 'optional';
  /** Checks the envelope as the schema does, plus what a schema cannot say; pushes to `errors`. */
  checkEnvelope(document: Record<string, unknown>, model: CertificateModel, today: string, errors: Issue[]): void;
  /** The kind's own context facts (beyond today, patient, unit) from the envelope and the history. */
  contextFacts(document: Record<string, unknown>, model: CertificateModel, history: History | undefined, today: string): Partial<Record<Exclude<ContextFactName, 'today' | 'patient' | 'unit'>, unknown>>;
}
