/**
 * One step of a migration: the answers of a draft in version A become answers of version B, as
 * B's `migrate:` says (renamed fields, mapped values, dropped answers, defaults) and otherwise by
 * field id. Every answer that moves, changes or is left behind is reported, in Swedish. Pure.
 */

import { getKind } from '../fields/registry.js';
import { isPlainObject } from '../fields/kind.js';
import type { FieldModel, MigrationSpec } from '../model/types.js';
import type { Plan } from './plan.js';

export type MigrationChangeKind = 'moved' | 'changed' | 'dropped' | 'defaulted' | 'required' | 'invalid';

/** Why an answer was left behind. */
export type DropReason = 'removed' | 'declared' | 'value' | 'incompatible' | 'hidden' | 'unknown-field';

export interface MigrationChange {
  kind: MigrationChangeKind;
  /** The question in the version migrated to; for `dropped`, the question the answer belonged to. */
  field: string;
  /** `moved`: the field id in the version migrated from. */
  from?: string;
  /** `dropped`: why. */
  reason?: DropReason;
  /** The question as the form words it. */
  label?: string;
  /** `changed`: the answer before and after. */
  before?: unknown;
  after?: unknown;
  /** What happened, in Swedish, for the user. */
  message: string;
}

export interface StepResult {
  answers: Record<string, unknown>;
  changes: MigrationChange[];
  /** Field ids (in the new version) whose answers came over exactly as they were. */
  kept: string[];
}

const optionsOf = (field: FieldModel): Array<{ id: string; label: string }> | undefined =>
  Array.isArray(field.props.options) ? (field.props.options as Array<{ id: string; label: string }>) : undefined;

/** An answer in words: option ids by their labels, other values as JSON. */
function inWords(field: FieldModel, value: unknown): string {
  const options = optionsOf(field);
  const label = (id: unknown) => options?.find((option) => option.id === id)?.label;
  if (typeof value === 'string' && label(value)) return `”${label(value)}”`;
  if (Array.isArray(value) && options) return value.map((item) => (label(item) ? `”${label(item)}”` : JSON.stringify(item))).join(', ');
  if (isPlainObject(value) && options) return Object.keys(value).map((key) => (label(key) ? `”${label(key)}”` : key)).join(', ');
  return JSON.stringify(value);
}

/**
 * The value with `map` applied: a single option id, each item of a list, or each key of an
 * answer keyed by option ids (dates per choice, periods per degree). `undefined` when nothing is
 * left of it. A mapping to `null` drops that value.
 */
export function mapValue(value: unknown, map: Record<string, unknown>): unknown {
  const mapped = (item: unknown) => (typeof item === 'string' && Object.prototype.hasOwnProperty.call(map, item) ? map[item] : item);
  if (Array.isArray(value)) {
    const items = [...new Set(value.map(mapped).filter((item) => item !== null && item !== undefined))];
    return items.length ? items : undefined;
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value).flatMap(([key, inner]) => {
      const next = mapped(key);
      return next === null || next === undefined ? [] : [[String(next), inner] as const];
    });
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  const next = mapped(value);
  return next === null ? undefined : next;
}

/** Option ids the answer names, for kinds whose answers are option ids or keyed by them. */
function namedOptions(field: FieldModel, value: unknown): unknown[] {
  if (field.kind === 'choice') return [value];
  if (field.kind === 'multiChoice') return Array.isArray(value) ? value : [value];
  if (field.kind === 'dateChoices' || field.kind === 'sickLeavePeriods') return isPlainObject(value) ? Object.keys(value) : [value];
  return [];
}

/**
 * Can `target` hold the answer at all? Not across kinds unless `migrate.values` translated it,
 * and only with option ids the new field has. (With validators the runtime also checks the form.)
 */
function fits(source: FieldModel, target: FieldModel, value: unknown, translated: boolean): boolean {
  if (source.kind !== target.kind && !translated) return false;
  const options = optionsOf(target);
  return !options || namedOptions(target, value).every((id) => options.some((option) => option.id === id));
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function migrateStep(from: Plan, to: Plan, spec: MigrationSpec | undefined, answers: Record<string, unknown>): StepResult {
  const version = to.model.version;
  const out: Record<string, unknown> = {};
  const changes: MigrationChange[] = [];
  const kept: string[] = [];
  const drop = (field: string, reason: DropReason, message: string, label?: string) =>
    changes.push({ kind: 'dropped', field, reason, ...(label !== undefined ? { label } : {}), message });
  const fieldOf = (plan: Plan, id: string) => {
    const index = plan.fieldIndex.get(id);
    const fieldPlan = index === undefined ? undefined : plan.fields[index];
    return fieldPlan && fieldPlan.kind.hasAnswer ? fieldPlan.field : undefined;
  };

  for (const [oldId, value] of Object.entries(answers)) {
    const source = fieldOf(from, oldId);
    if (!source) {
      drop(oldId, 'unknown-field', `Intyget hade ingen fråga "${oldId}"; svaret togs bort.`);
      continue;
    }
    const label = source.label;
    if (spec && Object.prototype.hasOwnProperty.call(spec.drop, oldId)) {
      drop(oldId, 'declared', `Svaret på "${label}" följer inte med till version ${version}: ${spec.drop[oldId]}`, label);
      continue;
    }
    const newId = spec?.rename[oldId] ?? oldId;
    const target = fieldOf(to, newId);
    if (!target) {
      drop(oldId, 'removed', `Frågan "${label}" finns inte i version ${version}; svaret togs bort.`, label);
      continue;
    }
    const map = spec?.values[oldId];
    const next = map ? mapValue(value, map) : value;
    if (next === undefined) {
      drop(oldId, 'value', `Svaret på "${label}" (${inWords(source, value)}) har ingen motsvarighet i version ${version} och togs bort.`, label);
      continue;
    }
    // An answer that would read as unanswered in the new kind is lost, so it is reported as such.
    const lost = getKind(source.kind).isAnswered(value) && !getKind(target.kind).isAnswered(next);
    if (!fits(source, target, next, map !== undefined) || lost) {
      drop(oldId, 'incompatible', `Svaret på "${label}" passar inte frågan "${target.label}" i version ${version} (${source.kind} → ${target.kind}) och togs bort.`, label);
      continue;
    }
    out[newId] = next;
    const changed = !same(value, next);
    if (newId !== oldId) {
      changes.push({
        kind: 'moved', field: newId, from: oldId, label: target.label,
        ...(changed ? { before: value, after: next } : {}),
        message: `Svaret på "${label}" (${oldId}) flyttades till "${target.label}" (${newId})${changed ? ` och ändrades från ${inWords(source, value)} till ${inWords(target, next)}` : ''}.`,
      });
    } else if (changed) {
      changes.push({ kind: 'changed', field: newId, label: target.label, before: value, after: next, message: `Svaret på "${target.label}" ändrades från ${inWords(source, value)} till ${inWords(target, next)}.` });
    } else {
      kept.push(newId);
    }
  }
  for (const [newId, value] of Object.entries(spec?.defaults ?? {})) {
    const target = fieldOf(to, newId);
    if (!target || Object.prototype.hasOwnProperty.call(out, newId)) continue;
    out[newId] = value;
    changes.push({ kind: 'defaulted', field: newId, label: target.label, after: value, message: `Frågan "${target.label}" fick svaret ${inWords(target, value)}, som version ${version} anger när inget svar följer med.` });
  }
  return { answers: out, changes, kept };
}
