/**
 * The runtime for a set of checked models: validate and evaluate payloads of any of their
 * types, with the validation date and an optional full ICD-10-SE list as options.
 */

import type { Icd10Checker, CodeSystems, Icd10FullList } from '../codesystems/types.js';
import { createIcd10Checker } from '../codesystems/icd10.js';
import { createCodeLookup, type CodeLookup } from '../codesystems/search.js';
import type { Issue } from '../fields/kind.js';
import type { CertificateModel } from '../model/types.js';
import { todayIso, isIsoDate } from '../util/dates.js';
import type { FmbLookup } from '../decision/fmb.js';
import { fmbWarning, type SickLeavePeriod } from './fmb-check.js';
import { buildPlan, type Plan } from './plan.js';
import { capIssues, DEFAULT_MAX_ISSUES, prepare, validatePrepared, type ValidationResult } from './validate.js';
import { explainPrepared, type ExplainResult } from './explain.js';
import type { History } from '../documents/history-types.js';
import { cleanWithPlan, type CleanOutcome } from './clean.js';
import { migrateDraft, type MigrationOutcome } from './migrate.js';
import { createCatalog, VersionedMap, type ModelCatalog } from '../model/catalog.js';

export interface ValidateOptions {
  /** The date validation happens on, `YYYY-MM-DD`; defaults to the local date. */
  today?: string;
  /**
   * A full ICD-10-SE list to check codes against instead of the built-in one, which is Webcert's
   * list of early 2022 (`loadFullIcd10List(file)` reads a newer one).
   */
  icd10?: Icd10FullList;
  /** FMB data (`loadFmb()`); with `earlierPeriods` it enables the FK7804 FMB length warning. */
  fmb?: FmbLookup;
  /** Periods of the patient's earlier certificates at this unit; the check finds those in the same case. */
  earlierPeriods?: readonly SickLeavePeriod[];
  /**
   * What a registration's rules may know beyond the document: whether the patient is on sick leave
   * on the contact date and which actors they have consented to (`createHistory()`). Without it both
   * are unknown (`sickLeave.known`, `consent.known` are false).
   */
  history?: History;
  /**
   * Most issues returned per list (errors, warnings, info); beyond it the list ends with one
   * `too-many-issues` saying how many more were found. Default 100; `Infinity` for all.
   */
  maxIssues?: number;
}

export interface FieldEvaluation {
  shown: boolean;
  required: boolean;
  enabled: boolean;
  messages: Array<{ severity: 'error' | 'warning' | 'info'; code: string; message: string }>;
}

export interface EvaluationResult {
  type?: string;
  /** The version the certificate was evaluated as: its own. */
  version?: string;
  sections: Record<string, { shown: boolean }>;
  fields: Record<string, FieldEvaluation>;
  /** Why the payload could not be evaluated, when it could not. */
  errors: Issue[];
}

export interface MigrateOptions {
  /** The version to migrate to; defaults to the type's current one. */
  to?: string;
  /** The date the new version's rules are decided on, `YYYY-MM-DD`. */
  today?: string;
}

export interface Runtime {
  /** Type id → the current version's model; `find(id, version)` and `versionsOf(id)` for every version. */
  readonly models: ModelCatalog;
  /** As `models`, for the compiled plans. */
  readonly plans: VersionedMap<Plan>;
  /** Code texts for typeaheads and printouts (the built-in ICD-10-SE list and KSH97-P). */
  readonly codes: CodeLookup;
  validate(certificate: unknown, options?: ValidateOptions): ValidationResult;
  evaluate(certificate: unknown, options?: ValidateOptions): EvaluationResult;
  /** Why each section and field is shown, required and enabled, and why each rule fires or not. */
  explain(certificate: unknown, options?: Pick<ValidateOptions, 'today' | 'history'>): ExplainResult;
  /** Drops answers to hidden and unknown questions and says which; see `runtime/clean.ts`. */
  clean(certificate: unknown, options?: Pick<ValidateOptions, 'today'>): CleanOutcome;
  /** A draft in a later version of its type, with a report of what moved, changed and was dropped; see `runtime/migrate.ts`. */
  migrate(certificate: unknown, options?: MigrateOptions): MigrationOutcome;
}

export function createRuntime(models: readonly CertificateModel[], codeSystems: CodeSystems): Runtime {
  const env = { codeSystems };
  const catalog = createCatalog(models);
  const plans = new VersionedMap(catalog.all().map((model) => buildPlan(model, env)), (plan) => plan.model);
  const defaultChecker = createIcd10Checker(codeSystems);
  const checkers = new WeakMap<Icd10FullList, Icd10Checker>();
  const checkerFor = (list?: Icd10FullList) => {
    if (!list) return defaultChecker;
    let checker = checkers.get(list);
    if (!checker) checkers.set(list, (checker = createIcd10Checker(codeSystems, list)));
    return checker;
  };
  const dateOf = (options?: ValidateOptions) => {
    // The caller's mistake, not the payload's: a programming error, thrown (the CLI and the service check first).
    if (options?.today !== undefined && !isIsoDate(options.today)) {
      throw new TypeError(`today ska vara ett verkligt datum, ÅÅÅÅ-MM-DD, inte ${JSON.stringify(String(options.today).slice(0, 40))}.`);
    }
    return options?.today ?? todayIso();
  };

  const run = (certificate: unknown, options?: ValidateOptions) => {
    const prepared = prepare(certificate, plans);
    if (!('plan' in prepared)) return { failed: prepared };
    const outcome = { prepared, ...validatePrepared(prepared, dateOf(options), checkerFor(options?.icd10), options?.history) };
    // Decision support is opt-in: without both options validation is exactly as before.
    if (options?.fmb && options.earlierPeriods) {
      const warning = fmbWarning(prepared, outcome.decisions, options.earlierPeriods, options.fmb);
      if (warning) outcome.result.warnings.push(warning);
    }
    return outcome;
  };

  return {
    models: catalog,
    plans,
    codes: createCodeLookup(codeSystems),
    validate(certificate, options) {
      const outcome = run(certificate, options);
      return 'failed' in outcome ? outcome.failed! : capIssues(outcome.result, options?.maxIssues ?? DEFAULT_MAX_ISSUES);
    },
    clean(certificate, options) {
      const prepared = prepare(certificate, plans);
      if (!('plan' in prepared)) return { certificate, dropped: [], errors: prepared.errors };
      return { ...cleanWithPlan(prepared.plan, prepared.certificate, dateOf(options)), errors: [] };
    },
    migrate(certificate, options) {
      const prepared = prepare(certificate, plans);
      if (!('plan' in prepared)) return { certificate, errors: prepared.errors };
      return migrateDraft(plans, prepared.plan, prepared.certificate, options?.to, { today: dateOf(options), icd10: defaultChecker });
    },
    evaluate(certificate, options) {
      const outcome = run(certificate, options);
      if ('failed' in outcome) return { sections: {}, fields: {}, errors: outcome.failed!.errors };
      const { plan } = outcome.prepared;
      const { decisions } = outcome;
      const fields: Record<string, FieldEvaluation> = {};
      plan.fields.forEach((fieldPlan, index) => {
        const { field } = fieldPlan;
        const messages: FieldEvaluation['messages'] = [];
        if (!fieldPlan.kind.hasAnswer && decisions.shown[index]) {
          messages.push({ severity: field.props.level === 'observe' ? 'warning' : 'info', code: field.id, message: String(field.props.text) });
        }
        fields[field.id] = { shown: decisions.shown[index], required: decisions.required[index], enabled: decisions.enabled[index], messages };
      });
      for (const hit of decisions.hits) {
        fields[plan.fields[plan.fieldIndex.get(/^[A-Za-z0-9]+/.exec(hit.field)![0])!].field.id].messages.push({ severity: hit.severity, code: hit.code, message: hit.message });
      }
      const sections = Object.fromEntries(plan.sections.map((section, index) => [section.id, { shown: decisions.sectionShown[index] }]));
      return { type: plan.model.id, version: plan.model.version, sections, fields, errors: [] };
    },
    explain(certificate, options) {
      const prepared = prepare(certificate, plans);
      if (!('plan' in prepared)) return { sections: {}, fields: {}, rules: [], errors: prepared.errors };
      return explainPrepared(prepared, dateOf(options), codeSystems, options?.history);
    },
  };
}
