/**
 * Stage 2: a shape-checked RawDefinition → CertificateModel. Fields are flattened out of their
 * sections (keeping `sectionId`), kind-specific keys move to `props`, and every node keeps its
 * pointer so semantic checks can still point at the YAML.
 */

import { normalizeLifecycle } from './lifecycle-defaults.js';
import type { CasePolicy, CertificateModel, Condition, ConsentPolicy, DocumentKind, FieldModel, MigrationSpec, RegistrationPolicy, RuleModel, SectionModel } from './types.js';
import { documentKind } from '../documents/registry.js';

const COMMON_FIELD_KEYS = new Set([
  'id', 'ref', 'kind', 'label', 'help', 'required', 'showIf', 'hideIf', 'enabledIf', 'disabledIf', 'messages',
]);

type Raw = Record<string, any>;

function normalizeField(raw: Raw, sectionId: string, pointer: (string | number)[]): FieldModel {
  const props: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) if (!COMMON_FIELD_KEYS.has(key)) props[key] = value;
  return {
    id: raw.id,
    kind: raw.kind,
    ...(raw.ref !== undefined ? { ref: String(raw.ref) } : {}),
    label: raw.label ?? '',
    ...(raw.help !== undefined ? { help: raw.help } : {}),
    sectionId,
    required: (raw.required as boolean | Condition | undefined) ?? false,
    ...(raw.showIf ? { showIf: raw.showIf } : {}),
    ...(raw.hideIf ? { hideIf: raw.hideIf } : {}),
    ...(raw.enabledIf ? { enabledIf: raw.enabledIf } : {}),
    ...(raw.disabledIf ? { disabledIf: raw.disabledIf } : {}),
    messages: raw.messages ?? {},
    props,
    pointer,
  };
}

function normalizeMigration(raw: Raw): MigrationSpec {
  return {
    from: String(raw.from),
    rename: raw.rename ?? {},
    values: raw.values ?? {},
    drop: raw.drop ?? {},
    defaults: raw.defaults ?? {},
    pointer: ['migrate'],
  };
}

export function normalize(raw: Raw, file: string): CertificateModel {
  const sections: SectionModel[] = [];
  const fields: FieldModel[] = [];
  (raw.sections as Raw[]).forEach((section, sectionIndex) => {
    const sectionPointer = ['sections', sectionIndex];
    const sectionFields = (section.fields as Raw[]).map((field, fieldIndex) =>
      normalizeField(field, section.id, [...sectionPointer, 'fields', fieldIndex]),
    );
    fields.push(...sectionFields);
    sections.push({
      id: section.id,
      title: section.title,
      ...(section.help !== undefined ? { help: section.help } : {}),
      ...(section.showIf ? { showIf: section.showIf } : {}),
      ...(section.hideIf ? { hideIf: section.hideIf } : {}),
      fieldIds: sectionFields.map((field) => field.id),
      pointer: sectionPointer,
    });
  });
  const rules: RuleModel[] = ((raw.rules as Raw[] | undefined) ?? []).map((rule, index) => ({
    id: rule.id,
    severity: rule.severity,
    target: rule.target,
    when: rule.when,
    message: rule.message,
    pointer: ['rules', index],
  }));
  const hideable = ((raw.print?.hideable as Raw[] | undefined) ?? []).map((entry, index) => ({
    id: entry.id,
    label: entry.label,
    fields: entry.fields,
    replacement: entry.replacement,
    ...(entry.unavailableIf ? { unavailableIf: entry.unavailableIf } : {}),
    ...(entry.unavailableMessage !== undefined ? { unavailableMessage: entry.unavailableMessage } : {}),
    pointer: ['print', 'hideable', index],
  }));
  const document: DocumentKind = raw.document ?? 'certificate';
  const certificate = document === 'certificate';
  return {
    id: raw.id,
    version: raw.version,
    ...(raw.retired !== undefined ? { retired: raw.retired } : {}),
    ...(raw.migrate !== undefined ? { migrate: normalizeMigration(raw.migrate) } : {}),
    document,
    name: raw.name,
    code: raw.code,
    ...(raw.typeCode !== undefined ? { typeCode: raw.typeCode } : {}),
    ...(raw.description !== undefined ? { description: raw.description } : {}),
    ...(certificate ? { recipient: raw.recipient, issuers: raw.issuers, delivery: raw.delivery } : {}),
    unitContact: raw.unitContact ?? documentKind(document).unitContactByDefault,
    documentNoun: raw.documentNoun ?? 'intyg',
    blankText: raw.blankText ?? 'unanswered',
    sections,
    fields,
    rules,
    print: {
      hideable,
      ...(raw.print?.draftRecipient !== undefined ? { draftRecipient: raw.print.draftRecipient } : {}),
      texts: ((raw.print?.texts as Raw[] | undefined) ?? []).map((entry, index) => ({
        placement: entry.placement ?? 'end',
        ...(entry.heading !== undefined ? { heading: entry.heading } : {}),
        text: entry.text,
        pointer: ['print', 'texts', index],
      })),
      recipientAddress: raw.print?.recipientAddress ?? false,
    },
    ...(certificate ? { lifecycle: normalizeLifecycle(raw.lifecycle, { recipient: raw.recipient, issuers: raw.issuers, delivery: raw.delivery, documentNoun: raw.documentNoun }) } : {}),
    ...policies(raw),
    file,
  };
}

/** The document kind's own block (`consent:`, `registration:`, `case:`), with its defaults. */
function policies(raw: Raw): { consent?: ConsentPolicy; registration?: RegistrationPolicy; case?: CasePolicy } {
  const out: { consent?: ConsentPolicy; registration?: RegistrationPolicy; case?: CasePolicy } = {};
  if (raw.consent) {
    out.consent = {
      ...(raw.consent.actors !== undefined ? { actorsField: raw.consent.actors } : {}),
      ...(raw.consent.actor !== undefined ? { actor: { id: raw.consent.actor.id, label: raw.consent.actor.label } } : {}),
      ...(raw.consent.information !== undefined ? { informationField: raw.consent.information } : {}),
      validYears: raw.consent.validYears ?? 1,
      pointer: ['consent'],
    };
  }
  if (raw.registration) out.registration = { codesField: raw.registration.codes, pointer: ['registration'] };
  if (raw.case) out.case = { typeField: raw.case.type, replyWithinWorkingDays: raw.case.replyWithinWorkingDays ?? 2, pointer: ['case'] };
  return out;
}
