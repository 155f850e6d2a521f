/**
 * A version's `migrate:` read against its predecessor: it migrates from the version right before
 * it, names only fields and options that exist, and every answer the predecessor had either
 * follows (same id, or renamed) or is dropped with a reason. A question that disappears without
 * being named is a warning, so an author decides about every answer a draft can lose.
 */

import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { diagnosticAt } from '../../definition/source.js';
import { getKind } from '../../fields/registry.js';
import type { FieldModel, MigrationSpec } from '../types.js';
import type { VersionEntry } from './check.js';

const answerFields = (fields: readonly FieldModel[]) => new Map(fields.filter((field) => getKind(field.kind).hasAnswer).map((field) => [field.id, field]));

const optionIds = (field: FieldModel | undefined): string[] | undefined =>
  Array.isArray(field?.props.options) ? (field!.props.options as Array<{ id: string }>).map((option) => option.id) : undefined;

/** Is `value` something `field` can hold as one mapped value (an option id, a number, a text)? */
function fitsOne(field: FieldModel, value: unknown): boolean {
  const options = optionIds(field);
  if (options) return typeof value === 'string' && options.includes(value);
  if (field.kind === 'integer') return Number.isInteger(value);
  if (field.kind === 'checkbox' || field.kind === 'yesNo') return typeof value === 'boolean';
  return typeof value === 'string';
}

/** Is `value` a whole answer `field` can hold (a default)? Lists and maps of option ids included. */
function fitsAnswer(field: FieldModel, value: unknown): boolean {
  if (field.kind === 'multiChoice') return Array.isArray(value) && value.length > 0 && value.every((item) => fitsOne(field, item));
  if (['dateChoices', 'sickLeavePeriods', 'dateRange', 'diagnoses', 'rows', 'icf', 'visualAcuities'].includes(field.kind)) return value !== null && typeof value === 'object';
  return fitsOne(field, value);
}

export function checkMigration({ model, source }: VersionEntry, earlier: readonly VersionEntry[]): Diagnostic[] {
  const spec = model.migrate as MigrationSpec;
  const diagnostics: Diagnostic[] = [];
  const report = (pointer: Array<string | number>, code: string, message: string, severity: 'error' | 'warning' = 'error', key = false) =>
    diagnostics.push(diagnosticAt(source, ['migrate', ...pointer], code, message, { severity, key }));
  const predecessor = earlier[earlier.length - 1];
  // Checked with one definition alone (`intyg check …/definition.yaml`), there is nothing to read it against.
  if (!predecessor) return diagnostics;
  if (predecessor.model.version !== spec.from) {
    report(['from'], 'definition/migrate-unknown-version', `${model.code} ${model.version} kan bara migrera från versionen närmast före, ${predecessor.model.version}, inte "${spec.from}".`);
    return diagnostics;
  }
  const from = predecessor.model;
  const oldFields = answerFields(from.fields);
  const newFields = answerFields(model.fields);
  const unknownOld = (section: string, id: string) =>
    report([section, id], 'definition/migrate-unknown-field', `${from.code} ${from.version} har ingen fråga "${id}".`, 'error', true);

  const targets = new Map<string, string>();
  for (const [oldId, newId] of Object.entries(spec.rename)) {
    if (!oldFields.has(oldId)) unknownOld('rename', oldId);
    if (!newFields.has(newId)) report(['rename', oldId], 'definition/migrate-unknown-field', `${model.code} ${model.version} har ingen fråga "${newId}".`);
    const twice = targets.get(newId);
    if (twice) report(['rename', oldId], 'definition/migrate-duplicate-target', `Både "${twice}" och "${oldId}" flyttas till "${newId}"; ett svar kan bara komma från en fråga.`);
    targets.set(newId, oldId);
  }
  for (const [oldId, map] of Object.entries(spec.values)) {
    const oldField = oldFields.get(oldId);
    if (!oldField) {
      unknownOld('values', oldId);
      continue;
    }
    const target = newFields.get(spec.rename[oldId] ?? oldId);
    const oldOptions = optionIds(oldField);
    for (const [oldValue, newValue] of Object.entries(map)) {
      if (oldOptions && !oldOptions.includes(oldValue)) {
        report(['values', oldId, oldValue], 'definition/migrate-unknown-option', `"${oldField.label}" i ${from.version} har inget alternativ "${oldValue}". Alternativ: ${oldOptions.join(', ')}.`, 'error', true);
      }
      if (target && newValue !== null && !fitsOne(target, newValue)) {
        const options = optionIds(target);
        report(['values', oldId, oldValue], 'definition/migrate-unknown-option', options
          ? `"${target.label}" i ${model.version} har inget alternativ ${JSON.stringify(newValue)}. Alternativ: ${options.join(', ')} (eller null för att ta bort värdet).`
          : `${JSON.stringify(newValue)} passar inte "${target.label}" (${target.kind}) i ${model.version}.`);
      }
    }
  }
  for (const oldId of Object.keys(spec.drop)) {
    if (!oldFields.has(oldId)) unknownOld('drop', oldId);
    if (oldId in spec.rename || oldId in spec.values) report(['drop', oldId], 'definition/migrate-conflict', `"${oldId}" tas bort men flyttas eller översätts också; välj det ena.`, 'error', true);
  }
  for (const [newId, value] of Object.entries(spec.defaults)) {
    const field = newFields.get(newId);
    if (!field) report(['defaults', newId], 'definition/migrate-unknown-field', `${model.code} ${model.version} har ingen fråga "${newId}".`, 'error', true);
    else if (!fitsAnswer(field, value)) report(['defaults', newId], 'definition/migrate-wrong-type', `${JSON.stringify(value)} är inget svar på "${field.label}" (${field.kind}).`);
  }

  // Every answer of the predecessor follows, or the author says why not.
  for (const [oldId, oldField] of oldFields) {
    if (oldId in spec.drop) continue;
    const newId = spec.rename[oldId] ?? oldId;
    const target = newFields.get(newId);
    if (!target) {
      report([], 'definition/migrate-unmapped', `Svaret på "${oldField.label}" (${oldId}) följer inte med till ${model.version}: frågan finns inte där. Ange vart det flyttas under migrate.rename, eller varför det tas bort under migrate.drop.`, 'warning', true);
    } else if (target.kind !== oldField.kind && !(oldId in spec.values)) {
      report([], 'definition/migrate-kind-changed', `"${oldField.label}" (${oldId}) är ${oldField.kind} i ${from.version} men ${target.kind} i ${model.version}: svaret följer med bara om det passar. Säg under migrate.values hur det översätts, eller under migrate.drop varför det tas bort.`, 'warning', true);
    }
  }
  return diagnostics;
}
