/**
 * migrate(): a draft of one version becomes a draft of a later version of its type, step by step
 * through each version's `migrate:`, with a report of every answer moved, changed or dropped, and
 * every question of the new version that is required but unanswered. Only drafts migrate: a
 * signed certificate never changes (renewing or copying one makes a new draft, through the same
 * code, in `src/lifecycle/`).
 *
 * After the steps the draft is cleaned for the new version (answers its rules hide are dropped)
 * and, when the plans can validate, what validation finds wrong with a carried answer is
 * reported as `invalid`: the answer came over, but the new version's limits refuse it.
 */

import { isPlainObject, type Issue } from '../fields/kind.js';
import type { VersionedMap } from '../model/catalog.js';
import { compareVersions } from '../model/catalog.js';
import { contextFacts } from '../rules/facts.js';
import type { Icd10Checker } from '../codesystems/types.js';
import { cleanWithPlan } from './clean.js';
import { answerOf } from './decisions.js';
import { decide } from './decide.js';
import { migrateStep, type MigrationChange } from './migrate-step.js';
import type { Plan } from './plan.js';
import { validatePrepared } from './validate.js';

export type { MigrationChange, MigrationChangeKind, DropReason } from './migrate-step.js';

export interface MigrationReport {
  type: string;
  /** The version the draft was in, and the one it is in now. */
  from: string;
  to: string;
  /** Everything that did not come over exactly as it was, in the order it was found. */
  changes: MigrationChange[];
  /** The questions whose answers came over unchanged. */
  kept: string[];
}

export interface MigrationResult {
  /** A copy of the draft in the new version; the input is never changed. */
  certificate: Record<string, unknown>;
  report: MigrationReport;
}

/** The migrated draft, or why there is none (not a draft, an unknown or earlier version). */
export type MigrationOutcome = (MigrationResult & { errors: [] }) | { certificate: unknown; errors: Issue[] };

export interface MigrationStep {
  from: Plan;
  to: Plan;
}

/** The plans from `from` to `to`, one step per version in between; an issue when there is no way. */
export function migrationPath(plans: VersionedMap<Plan>, type: string, from: string, to: string): MigrationStep[] | Issue {
  const versions = plans.versionsOf(type);
  const start = versions.findIndex((plan) => plan.model.version === from);
  const end = versions.findIndex((plan) => plan.model.version === to);
  const code = versions[0]?.model.code ?? type;
  if (end < 0) {
    return { field: 'version', code: 'unknown-version', message: `${code} finns inte i version ${JSON.stringify(to)}. Versioner: ${versions.map((plan) => plan.model.version).join(', ')}.` };
  }
  if (start < 0 || compareVersions(to, from) < 0) {
    return { field: 'version', code: 'migration-backwards', message: `Ett utkast migreras bara till en senare version; ${code} ${from} kan inte bli ${to}.` };
  }
  return versions.slice(start + 1, end + 1).map((plan, index) => ({ from: versions[start + index], to: plan }));
}

/** What migrating answers needs besides the plans: the date rules are decided on, and a code checker to validate. */
export interface MigrationTools {
  today: string;
  /** Given when the plans were built with code systems: carried answers are then validated. */
  icd10?: Icd10Checker;
  /**
   * Fields of the new version an action does not carry (Förnya's `notCopiedOnRenew`): removed
   * after the steps and not reported as moved or dropped; still reported when required.
   */
  leaveOut?: ReadonlySet<string>;
}

/**
 * The answers of `certificate` taken through `steps`. The certificate's envelope (patient,
 * issuer, signing date) is what date and person conditions read; its status is not looked at.
 */
export function migrateAnswers(steps: readonly MigrationStep[], certificate: Record<string, unknown>, tools: MigrationTools): MigrationResult {
  const first = steps[0].from.model;
  const last = steps[steps.length - 1].to;
  let answers = isPlainObject(certificate.answers) ? certificate.answers : {};
  const changes: MigrationChange[] = [];
  let kept = new Set<string>(Object.keys(answers));
  for (const step of steps) {
    // A spec for another predecessor does not apply; answers then follow by id alone.
    const spec = step.to.model.migrate?.from === step.from.model.version ? step.to.model.migrate : undefined;
    const result = migrateStep(step.from, step.to, spec, answers);
    answers = result.answers;
    changes.push(...result.changes);
    // Kept means kept through every step.
    kept = new Set(result.kept.filter((id) => kept.has(id)));
  }
  if (tools.leaveOut?.size) {
    const leaveOut = tools.leaveOut;
    answers = Object.fromEntries(Object.entries(answers).filter(([id]) => !leaveOut.has(id)));
    for (let index = changes.length - 1; index >= 0; index -= 1) if (changes[index].kind !== 'dropped' && leaveOut.has(changes[index].field)) changes.splice(index, 1);
  }
  const migrated = { ...certificate, version: last.model.version, answers };
  const cleaned = cleanWithPlan(last, migrated, tools.today);
  for (const entry of cleaned.dropped) {
    kept.delete(entry.field);
    changes.push({ kind: 'dropped', field: entry.field, reason: 'hidden', ...(entry.label !== undefined ? { label: entry.label } : {}), message: `Frågan "${entry.label ?? entry.field}" visas inte i version ${last.model.version} med de svar som följde med; svaret togs bort.` });
  }
  const result = cleaned.certificate;
  const finalAnswers = result.answers as Record<string, unknown>;
  const context = contextFacts(result, tools.today);
  const decisions = decide(last, finalAnswers, context);
  last.fields.forEach((fieldPlan, index) => {
    const { field, kind } = fieldPlan;
    if (!kind.hasAnswer || !decisions.required[index] || kind.isAnswered(answerOf(finalAnswers, field.id))) return;
    changes.push({ kind: 'required', field: field.id, label: field.label, message: `Frågan "${field.label}" är obligatorisk i version ${last.model.version} men har inget svar.` });
  });
  if (tools.icd10) {
    // What the new version's validation refuses in an answer that came over (a narrower limit).
    const carried = new Set(Object.keys(finalAnswers));
    const { result: validation } = validatePrepared({ plan: last, certificate: result, answers: finalAnswers }, tools.today, tools.icd10);
    const byField = new Map<string, string[]>();
    for (const issue of validation.errors) {
      const id = /^[A-Za-z0-9]+/.exec(issue.field)?.[0] ?? '';
      if (!carried.has(id) || issue.code === 'required') continue;
      byField.set(id, [...(byField.get(id) ?? []), issue.message]);
    }
    for (const [id, messages] of byField) {
      kept.delete(id);
      const { label } = last.fields[last.fieldIndex.get(id)!].field;
      changes.push({ kind: 'invalid', field: id, label, message: `Svaret på "${label}" följde med men stämmer inte i version ${last.model.version}: ${messages.join(' ')}` });
    }
  }
  return {
    certificate: result,
    report: { type: first.id, from: first.version, to: last.model.version, changes, kept: [...kept].filter((id) => Object.prototype.hasOwnProperty.call(finalAnswers, id)) },
  };
}

const NOT_A_DRAFT: Record<string, string> = {
  locked: 'Ett låst utkast kan inte migreras. Kopiera det; kopian skapas i den aktuella versionen.',
  signed: 'Ett signerat intyg ändras aldrig och kan inte migreras. Förnya eller ersätt det; det nya utkastet skapas i den aktuella versionen.',
  revoked: 'Ett makulerat intyg kan inte migreras.',
};

/** Migrates a draft whose plan `prepare()` found; refuses anything but a draft. */
export function migrateDraft(plans: VersionedMap<Plan>, plan: Plan, certificate: Record<string, unknown>, to: string | undefined, tools: MigrationTools): MigrationOutcome {
  const status = certificate.status;
  if (status !== undefined && status !== 'draft') {
    const message = NOT_A_DRAFT[String(status)] ?? 'Bara utkast kan migreras.';
    return { certificate, errors: [{ field: 'status', code: 'not-a-draft', message }] };
  }
  const { model } = plan;
  const target = to ?? plans.get(model.id)!.model.version;
  const steps = migrationPath(plans, model.id, model.version, target);
  if (!Array.isArray(steps)) return { certificate, errors: [steps] };
  if (steps.length === 0) {
    const answers = isPlainObject(certificate.answers) ? Object.keys(certificate.answers) : [];
    return { certificate: { ...certificate }, report: { type: model.id, from: model.version, to: target, changes: [], kept: answers }, errors: [] };
  }
  return { ...migrateAnswers(steps, certificate, tools), errors: [] };
}
