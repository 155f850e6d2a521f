/**
 * The rules in the page: the runtime's own clean, evaluate and validate (intyg/browser), over
 * the draft. The certificate validated, printed and saved is the draft as the runtime's clean()
 * leaves it — only the shown questions' answers, as Webcert sends it; hidden answers are masked
 * from every condition, so leaving them out changes no decision.
 */

import type { EvaluationResult, Issue, Runtime, ValidationResult } from '../../browser.js';
import type { CertificateModel } from '../../model/types.js';
import { toCertificate, type Draft } from './draft.js';

export type Severity = 'error' | 'warning' | 'info';

export interface ShownIssue extends Issue {
  severity: Severity;
  /** The path below the field: '' for the field itself, `HALFTEN`, `[0].code`. */
  rel: string;
}

export interface RuleRun {
  certificate: Record<string, unknown>;
  evaluation: EvaluationResult;
  validation: ValidationResult;
  /** Issues by field id; envelope issues under `patient`, `issuer` and `unit`. */
  issues: Map<string, ShownIssue[]>;
  /** Time the runtime took, ms. */
  ms: number;
}

const ROOT = /^[A-Za-z0-9]+/;

/** Issues that say something is missing: hidden until the user asks what is missing, as in Webcert. */
export function isMissing(issue: Issue): boolean {
  return issue.code === 'required' || issue.code.endsWith('-required');
}

export function groupIssues(validation: ValidationResult): Map<string, ShownIssue[]> {
  const byField = new Map<string, ShownIssue[]>();
  const add = (issue: Issue, severity: Severity) => {
    const root = ROOT.exec(issue.field)?.[0] ?? '';
    const rel = issue.field.slice(root.length).replace(/^\./, '');
    const list = byField.get(root) ?? byField.set(root, []).get(root)!;
    list.push({ ...issue, severity, rel });
  };
  for (const issue of validation.errors) add(issue, 'error');
  for (const issue of validation.warnings) add(issue, 'warning');
  for (const issue of validation.info) add(issue, 'info');
  return byField;
}

export function runRules(runtime: Runtime, model: CertificateModel, draft: Draft, today: string): RuleRun {
  const started = performance.now();
  const certificate = runtime.clean(toCertificate(model, draft, draft.answers), { today }).certificate as Record<string, unknown>;
  const evaluation = runtime.evaluate(certificate, { today });
  const validation = runtime.validate(certificate, { today });
  const ms = performance.now() - started;
  return { certificate, evaluation, validation, issues: groupIssues(validation), ms };
}

/** Which issues a field shows now: warnings and info always; errors once touched, missing ones only on request. */
export function visibleIssues(issues: readonly ShownIssue[] | undefined, touched: boolean, showMissing: boolean): ShownIssue[] {
  return (issues ?? []).filter((issue) => issue.severity !== 'error' || showMissing || (touched && !isMissing(issue)));
}

const STRUCTURAL = new Set(['invalid-type', 'unknown-option', 'unknown-field']);

/**
 * After the definition changed: the answers that still fit the new model. A question that is
 * gone or changed kind loses its answer, and so does one the new model reads as malformed (an
 * option that no longer exists); everything else stays.
 */
export function fitAnswers(runtime: Runtime, before: CertificateModel | undefined, model: CertificateModel, draft: Draft, today: string): Draft {
  const kinds = new Map(model.fields.map((field) => [field.id, field.kind]));
  const oldKinds = new Map((before?.fields ?? []).map((field) => [field.id, field.kind]));
  const answers: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(draft.answers)) {
    if (kinds.has(id) && (!oldKinds.size || oldKinds.get(id) === kinds.get(id))) answers[id] = value;
  }
  const validation = runtime.validate(toCertificate(model, draft, answers), { today });
  for (const issue of validation.errors) {
    const root = ROOT.exec(issue.field)?.[0];
    if (root && STRUCTURAL.has(issue.code) && root in answers) delete answers[root];
  }
  return { ...draft, answers };
}
