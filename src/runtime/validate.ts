/**
 * validate(): one payload against its type's plan. Never throws on payload content: every problem
 * becomes an issue in the result. The order of checks mirrors the national model: envelope,
 * visibility, each field's own validations (only when shown), then cross-field rules.
 */

import { isPlainObject, type Issue, type RunContext } from '../fields/kind.js';
import type { Icd10Checker } from '../codesystems/types.js';
import { contextFacts } from '../rules/facts.js';
import { decide } from './decide.js';
import type { Decisions } from './decisions.js';
import { documentKind } from '../documents/registry.js';
import type { History } from '../documents/history-types.js';
import type { Plan } from './plan.js';
import { STRUCTURAL_CODES } from './issue-codes.js';
import { versionList, type VersionedMap } from '../model/catalog.js';

const BLANK_TEXT = 'Fältet får inte fyllas i med endast blanksteg.';

export interface ValidationResult {
  valid: boolean;
  errors: Issue[];
  warnings: Issue[];
  info: Issue[];
}

export interface PreparedPayload {
  plan: Plan;
  certificate: Record<string, unknown>;
  answers: Record<string, unknown>;
}

/**
 * A real certificate has a few dozen questions; a list longer than this is a machine's doing, and
 * answering it in full would let one request make a response (and memory) of any size.
 */
export const DEFAULT_MAX_ISSUES = 100;

const NOUNS = { errors: 'fel', warnings: 'varningar', info: 'upplysningar' } as const;

/** Keeps the first `max - 1` issues of each list and ends it with one saying how many more there were. */
export function capIssues(result: ValidationResult, max: number): ValidationResult {
  if (result.errors.length <= max && result.warnings.length <= max && result.info.length <= max) return result;
  const cap = (list: Issue[], noun: string): Issue[] => {
    if (list.length <= max) return list;
    const kept = list.slice(0, Math.max(0, max - 1));
    const more = list.length - kept.length;
    return [...kept, { field: '', code: 'too-many-issues', message: `Ytterligare ${more} ${noun} hittades men visas inte. Rätta dem som visas och validera igen.` }];
  };
  return { valid: result.valid, errors: cap(result.errors, NOUNS.errors), warnings: cap(result.warnings, NOUNS.warnings), info: cap(result.info, NOUNS.info) };
}

export function invalid(field: string, code: string, message: string): ValidationResult {
  return { valid: false, errors: [{ field, code, message }], warnings: [], info: [] };
}

/**
 * Finds the plan for a payload, by its type and its own `version` (every version of a type the
 * runtime knows), or the result that explains why there is none.
 */
export function prepare(certificate: unknown, plans: VersionedMap<Plan>): PreparedPayload | ValidationResult {
  if (!isPlainObject(certificate)) return invalid('', 'invalid-payload', 'Intyget ska vara ett JSON-objekt.');
  const type = certificate.type;
  const current = typeof type === 'string' ? plans.get(type) : undefined;
  if (type === undefined) return invalid('type', 'unknown-type', `Intyget saknar "type". Kända typer: ${[...plans.keys()].sort().join(', ')}.`);
  if (!current) {
    return invalid('type', 'unknown-type', `Okänd intygstyp ${JSON.stringify(type)}. Kända typer: ${[...plans.keys()].sort().join(', ')}.`);
  }
  const plan = plans.find(type as string, certificate.version);
  if (!plan) {
    const versions = versionList(plans.versionsOf(type as string).map((known) => known.model.version));
    return invalid('version', 'unknown-version', `${current.model.code} finns i version ${versions}, inte ${JSON.stringify(certificate.version)}.`);
  }
  if (!isPlainObject(certificate.answers)) return invalid('answers', 'invalid-type', 'answers ska vara ett objekt med svaren.');
  return { plan, certificate, answers: certificate.answers };
}

/** A hidden field's answer is wrong whatever it holds, but a malformed one is reported as such too. */
function reportShapeOnly(fieldPlan: Plan['fields'][number], value: unknown, run: RunContext): void {
  const scratch: RunContext = { ...run, errors: [], warnings: [] };
  fieldPlan.validate(value, fieldPlan.field.id, scratch);
  for (const issue of scratch.errors) if (STRUCTURAL_CODES.has(issue.code)) run.errors.push(issue);
}

export function validatePrepared(prepared: PreparedPayload, today: string, icd10: Icd10Checker, history?: History): { result: ValidationResult; decisions: Decisions } {
  const { plan, certificate, answers } = prepared;
  const context = contextFacts(certificate, today, plan.model, history);
  // Only certificates are signed; the other documents' dates are checked against today.
  const signing = context.signing as { date: string } | undefined;
  const run: RunContext = { today, birthDate: context.patient.birthDate, signingDate: signing?.date ?? today, errors: [], warnings: [], icd10 };
  const info: Issue[] = [];
  documentKind(plan.model.document).checkEnvelope(certificate, plan.model, today, run.errors);
  for (const key of Object.keys(answers)) {
    if (!plan.fieldIndex.has(key) || !plan.fields[plan.fieldIndex.get(key)!].kind.hasAnswer) {
      run.errors.push({ field: key, code: 'unknown-field', message: `Intyget har ingen fråga "${key}".` });
    }
  }
  const decisions = decide(plan, answers, context);
  plan.fields.forEach((fieldPlan, index) => {
    const { field, kind } = fieldPlan;
    if (!kind.hasAnswer) {
      if (decisions.shown[index]) {
        const issue = { field: field.id, code: field.id, message: String(field.props.text) };
        (field.props.level === 'observe' ? run.warnings : info).push(issue);
      }
      return;
    }
    const value = decisions.values![index];
    const answered = kind.isAnswered(value);
    // The legacy modules' validateBlanksForOptionalFields: only spaces in a field that is not
    // required (a required one gets `required` as an unanswered field does).
    if (!answered && plan.model.blankText === 'reject' && kind.isBlank?.(value) && !decisions.required[index]) {
      run.errors.push({ field: field.id, code: 'blank-text', message: field.messages['blank-text'] ?? BLANK_TEXT });
      reportShapeOnly(fieldPlan, value, run);
      return;
    }
    if (!decisions.shown[index]) {
      if (answered) {
        run.errors.push({ field: field.id, code: 'not-applicable', message: field.messages['not-applicable'] ?? 'Frågan visas inte och ska lämnas obesvarad.' });
        reportShapeOnly(fieldPlan, value, run);
      }
    } else if (answered) fieldPlan.validate(value, field.id, run);
    else if (decisions.required[index]) run.errors.push({ field: field.id, code: 'required', message: fieldPlan.requiredMessage });
  });
  for (const hit of decisions.hits) {
    const issue = { field: hit.field, code: hit.code, message: hit.message };
    (hit.severity === 'error' ? run.errors : hit.severity === 'warning' ? run.warnings : info).push(issue);
  }
  return { result: { valid: run.errors.length === 0, errors: run.errors, warnings: run.warnings, info }, decisions };
}
