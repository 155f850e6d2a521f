/**
 * Stage 1 of printing, pure: a certificate, its type's plan and what the rules decided become
 * the RenderModel, i.e. everything the printout says as plain Swedish text. Sections and
 * questions follow the definition's order; only questions the rules show are printed, each
 * answer through its field kind's `printable`. The patient's name is never printed: the
 * envelope has none, and nothing here reads anything about the patient but the personnummer.
 */

import { isPlainObject, type PrintContext } from '../fields/kind.js';
import type { EvaluationResult } from '../runtime/runtime.js';
import { answerOf } from '../runtime/decisions.js';
import type { Plan } from '../runtime/plan.js';
import type { HiddenFields } from './customise.js';
import { statusOf } from './status.js';
import { nounForms } from '../model/noun.js';
import { formatInstant, formatTimestamp } from './time.js';
import type { PrintedQuestion, PrintedSection, RenderModel } from './types.js';
import { printedEnvelope } from '../documents/printouts/index.js';
import type { PrintedEnvelope } from '../documents/kind.js';

export interface RenderInput {
  plan: Plan;
  certificate: Record<string, unknown>;
  evaluation: EvaluationResult;
  /** Fields whose answers have the wrong shape: they print a notice instead of a garbled answer. */
  malformed: ReadonlySet<string>;
  hidden: HiddenFields;
  /** Recipient names by id, from definitions/_shared/recipients.yaml. */
  recipients: ReadonlyMap<string, string>;
  /** Recipient postal addresses by id (lines), from the same file. */
  recipientAddresses?: ReadonlyMap<string, readonly string[]>;
  /** Lookups a kind's printable may use: the code system's text for a diagnosis code. */
  print?: PrintContext;
  printedAtInstant: number;
}

const UNANSWERED = 'Ej angivet';
const MALFORMED = 'Svaret har fel format och kan inte skrivas ut.';
/** Personnummer and samordningsnummer, with or without the dash; 12 digits as the envelope requires. */
const PERSON_ID = /^(\d{8})-?(\d{4})$/;

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

export function buildRenderModel(input: RenderInput): RenderModel {
  const { plan, certificate } = input;
  const { model } = plan;
  const printed = printedEnvelope(certificate, model);
  if (printed) return documentRenderModel(input, printed);
  const recipientName = (model.recipient !== undefined ? input.recipients.get(model.recipient) : undefined) ?? model.recipient ?? '';
  const customised = [...input.hidden.values()].some((replacement) => replacement !== null);
  const noun = nounForms(model.documentNoun);
  const sent = formatTimestamp(certificate.sentAt) !== undefined;
  const status = statusOf({
    status: certificate.status,
    sent,
    customised,
    recipientName,
    draftRecipient: draftRecipientOf(plan, recipientName),
    noun,
  });
  const address = model.print.recipientAddress && !sent && model.recipient !== undefined ? input.recipientAddresses?.get(model.recipient) : undefined;
  const fixedTexts = (placement: 'start' | 'end') => model.print.texts
    .filter((entry) => entry.placement === placement)
    .map((entry) => ({ ...(entry.heading !== undefined ? { heading: entry.heading } : {}), text: entry.text }));
  const issuer = isPlainObject(certificate.issuer) ? certificate.issuer : {};
  const unit = isPlainObject(certificate.unit) ? certificate.unit : {};
  const cityLine = [text(unit.postalCode), text(unit.city)].filter(Boolean).join(' ');
  return {
    typeId: model.id,
    version: model.version,
    name: model.name,
    code: model.code,
    title: `${model.name} (${model.code})`,
    personId: personIdWithDash(isPlainObject(certificate.patient) ? certificate.patient.personId : undefined),
    status: status.kind,
    statusText: status.text,
    watermark: status.watermark,
    certificateId: status.isDraft ? undefined : text(certificate.id),
    customised,
    sections: sectionsOf(input),
    texts: { start: fixedTexts('start'), end: fixedTexts('end') },
    ...(address?.length ? { recipientAddress: { heading: 'Skicka blanketten till', lines: [...address] } } : {}),
    labels: { issuer: `${noun.issuerLabel}:`, signedAt: `${noun.The} signerades:`, id: `${noun.idLabel}:` },
    issuer: {
      name: status.isDraft ? undefined : text(issuer.name),
      signedAt: status.isDraft ? undefined : formatTimestamp(certificate.signedAt),
      unitName: text(unit.name),
      unitLines: [text(unit.address), cityLine || undefined, text(unit.phone)].filter((line): line is string => line !== undefined),
    },
    details: [],
    printedAt: formatInstant(input.printedAtInstant),
    printedAtInstant: input.printedAtInstant,
  };
}

/** A consent, registration or case: its kind says what the status box and the closing block hold. */
function documentRenderModel(input: RenderInput, printed: PrintedEnvelope): RenderModel {
  const { plan, certificate } = input;
  const { model } = plan;
  return {
    typeId: model.id,
    version: model.version,
    name: model.name,
    code: model.code,
    title: `${model.name} (${model.code})`,
    personId: personIdWithDash(isPlainObject(certificate.patient) ? certificate.patient.personId : undefined),
    // A wholly withdrawn consent is marked as a revoked certificate is; nothing else is a draft.
    status: printed.watermark ? 'revoked' : 'document',
    statusText: printed.statusText,
    ...(printed.watermark ? { watermark: printed.watermark } : {}),
    certificateId: text(certificate.id),
    customised: false,
    sections: sectionsOf(input),
    texts: { start: [], end: [] },
    labels: { issuer: 'Ansvarig:', signedAt: 'Signerad:', id: 'Dokument-ID:' },
    issuer: { unitLines: [] },
    details: printed.details.map((detail) => ({ label: detail.label, lines: detail.value.split('\n') })),
    printedAt: formatInstant(input.printedAtInstant),
    printedAtInstant: input.printedAtInstant,
  };
}

/**
 * Who a draft must not be given to. Print-only types (AG1-14) are never sent electronically, so
 * their formal recipient is not who gets the paper; the definition may name that party with
 * `print.draftRecipient` (national: draftAlertInfoText "arbetsgivaren").
 */
function draftRecipientOf(plan: Plan, recipientName: string): string {
  const named = plan.model.print.draftRecipient;
  if (typeof named === 'string' && named.trim()) return named.trim();
  return plan.model.delivery?.mode === 'printOnly' ? 'mottagaren' : recipientName;
}

export function personIdWithDash(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = PERSON_ID.exec(value.trim());
  // A malformed number (an invalid draft) prints as written, so the paper still shows what was given.
  return match ? `${match[1]}-${match[2]}` : text(value)?.slice(0, 20);
}

function sectionsOf(input: RenderInput): PrintedSection[] {
  const { plan, certificate, evaluation } = input;
  const answers = isPlainObject(certificate.answers) ? certificate.answers : {};
  const sections: PrintedSection[] = [];
  for (const section of plan.model.sections) {
    if (!evaluation.sections[section.id]?.shown) continue;
    const questions: PrintedQuestion[] = [];
    for (const fieldId of section.fieldIds) {
      const fieldPlan = plan.fields[plan.fieldIndex.get(fieldId)!];
      // Message fields are guidance for the issuer while writing, not part of the certificate.
      if (!fieldPlan.kind.hasAnswer || !evaluation.fields[fieldId]?.shown) continue;
      const replacement = input.hidden.get(fieldId);
      if (replacement === null) continue;
      const { field, kind } = fieldPlan;
      const sublabel = kind.printLabel?.(field);
      const base = { id: field.id, kind: field.kind, label: field.label, ...(sublabel ? { sublabel } : {}) };
      if (replacement !== undefined) {
        questions.push({ ...base, answer: replacement, unanswered: false, replaced: true });
        continue;
      }
      const value = answerOf(answers, fieldId);
      if (input.malformed.has(fieldId)) questions.push({ ...base, answer: MALFORMED, unanswered: true, replaced: false });
      else if (!kind.isAnswered(value)) questions.push({ ...base, answer: UNANSWERED, unanswered: true, replaced: false });
      else questions.push({ ...base, answer: printable(fieldPlan, value, input.print), unanswered: false, replaced: false });
    }
    if (questions.length) sections.push({ id: section.id, title: section.title, questions });
  }
  return sections;
}

/** A kind's printable on a value that passed its shape check; a throw still must not stop the print. */
function printable(fieldPlan: Plan['fields'][number], value: unknown, context?: PrintContext): string {
  try {
    const printed = fieldPlan.kind.printable(fieldPlan.field, value, context);
    return printed.trim() === '' ? UNANSWERED : printed;
  } catch {
    return MALFORMED;
  }
}
