/**
 * The public API. `compile()` turns definitions into models and generated files; a runtime
 * validates and evaluates payloads. `validate()`/`evaluate()` use the project's own definitions.
 */

import type { MigrateOptions, Runtime, ValidateOptions } from './runtime/runtime.js';
import { loadRuntime } from './project.js';
import { createProjectRenderer, type Renderer, type RenderOptions } from './render/index.js';
import { validConsent as validConsentWith } from './documents/history.js';
import type { ConsentQuery } from './documents/consent.js';

export { compile, type CompileInput, type CompileResult, type DefinitionInput } from './compile.js';
export { createRuntime, type Runtime, type ValidateOptions, type MigrateOptions, type EvaluationResult, type FieldEvaluation } from './runtime/runtime.js';
export type { ValidationResult } from './runtime/validate.js';
export type { ExplainResult, FieldExplanation, RuleExplanation, Reason, TraceNode, FactReading } from './runtime/explain.js';
export type { Issue } from './fields/kind.js';
export type { Diagnostic } from './diagnostics/diagnostic.js';
export { formatDiagnostic } from './diagnostics/diagnostic.js';
export type { CertificateModel, FieldModel, RuleModel, Condition, MigrationSpec } from './model/types.js';
export { loadRuntime, readCompileInput } from './project.js';
export { loadCodeSystems, loadFullIcd10List } from './codesystems/load.js';
export { createCodeLookup, type CodeLookup, type CodeHit, type CodeSearchResult } from './codesystems/search.js';
export type { CleanOutcome, CleanResult, DroppedAnswer } from './runtime/clean.js';
export type { MigrationOutcome, MigrationResult, MigrationReport, MigrationChange, MigrationChangeKind, DropReason } from './runtime/migrate.js';
export { createCatalog, compareVersions, resolveVersion, isRetired, type ModelCatalog } from './model/catalog.js';
export { diffVersions, hasBreaking, type Change, type ChangeClass, type DiffSide } from './diff/index.js';
export { createEngine, runEngine } from './runtime/engine-runner.js';
export { CUSTOM_OPERATORS } from './rules/operators/index.js';
export { describeCondition, fieldConditions, conditionSentences, type FieldConditions, type ConditionInWords } from './rules/describe/index.js';
export { SCHEMA_ANNOTATIONS, schemaId } from './compiler/json-schema.js';
export * as lifecycle from './lifecycle/index.js';
export { availableActions, apply as applyAction, type LifecycleCertificate, type LifecycleContext, type Availability, type ApplyResult } from './lifecycle/index.js';
export { parsePersonIdentity, type PersonIdentity } from './util/personnummer.js';
export { createFmb, maxRecommendedDays, type FmbLookup, type FmbResult } from './decision/fmb.js';
export { loadFmb, loadDiagnosisGroups } from './decision/load.js';
export { sjukfall, type Sjukfall, type SjukfallOptions, type SickLeaveCertificate } from './decision/sjukfall.js';
export { statistics, kompletteringShare, type Statistics } from './decision/statistics.js';
export { openSource, exportNdjsonToParquet, type SourceKind } from './sql/source.js';
export { loadIntoPostgres } from './sql/postgres/load.js';
export type { SqlEngine } from './sql/engine.js';
export { createRenderer, createProjectRenderer, PdfPrinter, RenderError, type Renderer, type RenderOptions, type RenderModel, type PrinterOptions } from './render/index.js';
export { DOCUMENT_KINDS, isIssued, type DocumentKind, type IssuedModel } from './model/types.js';
export { consentFor, consentRecord, consentValidUntil, actorsWithConsent, type ConsentAnswer, type ConsentQuery, type ConsentRecord } from './documents/consent.js';
export { createHistory, type History, type HistoryInput, type PatientHistory } from './documents/history.js';
export { caseDeadline, caseOverview, type CaseDeadline, type CaseOverview } from './documents/cases.js';
export { addWorkingDays, isWorkingDay, workingDaysBetween, holidaysOf } from './documents/working-days.js';
export { indicators, indicatorInput, type Indicators, type IndicatorRow, type Listing } from './documents/indicators.js';
export { indicatorsCsv, indicatorsHtml } from './documents/indicators-report.js';

let defaultRuntime: Runtime | undefined;

function runtime(): Runtime {
  defaultRuntime ??= loadRuntime();
  return defaultRuntime;
}

/** Validates a payload against the project's definitions; never throws on payload content. */
export function validate(certificate: unknown, options?: ValidateOptions) {
  return runtime().validate(certificate, options);
}

/** Per field: shown, required, enabled and the messages that apply. */
export function evaluate(certificate: unknown, options?: ValidateOptions) {
  return runtime().evaluate(certificate, options);
}

/**
 * Is there valid consent for the actor on the date? Validates the patient's consent documents
 * against the project's definitions and answers with the consent that applies, or why none does.
 */
export function validConsent(consents: readonly unknown[], query: ConsentQuery, options?: { today?: string }) {
  return validConsentWith(runtime(), consents, query, options);
}

/** Why each section and field is shown, required and enabled: the conditions in words, their YAML lines and the values they read. */
export function explain(certificate: unknown, options?: Pick<ValidateOptions, 'today' | 'history'>) {
  return runtime().explain(certificate, options);
}

/** Drops answers to questions the rules hide or the type lacks, and says which (see runtime/clean.ts). */
export function clean(certificate: unknown, options?: Pick<ValidateOptions, 'today'>) {
  return runtime().clean(certificate, options);
}

/**
 * A draft in a later version of its type (the current one by default), with a report of every
 * answer moved, changed or dropped and every question now required; only drafts migrate.
 */
export function migrate(certificate: unknown, options?: MigrateOptions) {
  return runtime().migrate(certificate, options);
}

let defaultRenderer: Renderer | undefined;

const renderer = (): Renderer => (defaultRenderer ??= createProjectRenderer(runtime()));

/** The printout as HTML. Throws RenderError for an unknown type/version or an impossible `hide`. */
export function renderHtml(certificate: unknown, options?: RenderOptions): string {
  return renderer().html(certificate, options);
}

/** The printout as an A4 PDF. Starts Chromium on first use; call `closeRenderer()` when done. */
export function renderPdf(certificate: unknown, options?: RenderOptions): Promise<Buffer> {
  return renderer().pdf(certificate, options);
}

/** Stops the browser behind `renderPdf()`; the next call starts a new one. */
export async function closeRenderer(): Promise<void> {
  const current = defaultRenderer;
  defaultRenderer = undefined;
  await current?.close();
}
