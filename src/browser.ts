/**
 * The runtime for web pages: `import { createRuntime } from 'intyg/browser'`. The same
 * validate/evaluate/explain code as in Node, over compiled models (`generated/<id>.model.json`) and
 * the code systems, both handed in as data (the full ICD-10-SE list as `icd10se`, read with
 * `icd10ListFromText` from `definitions/_shared/codesystems/icd10se-codes.txt`); nothing here
 * touches Node's APIs. `scripts/build.mjs`
 * bundles it into `dist/browser/intyg.js` (one ES module, no dependencies).
 */

export { createRuntime, type Runtime, type ValidateOptions, type MigrateOptions, type EvaluationResult, type FieldEvaluation } from './runtime/runtime.js';
export type { MigrationOutcome, MigrationResult, MigrationReport, MigrationChange } from './runtime/migrate.js';
export type { ValidationResult } from './runtime/validate.js';
export type { ExplainResult, FieldExplanation, RuleExplanation, Reason, TraceNode, FactReading } from './runtime/explain.js';
export type { Issue } from './fields/kind.js';
export type { CertificateModel, FieldModel, SectionModel, RuleModel, Condition, SourceLocation } from './model/types.js';
export type { CodeSystems, Icd10FullList } from './codesystems/types.js';
export { icd10ListFromText } from './codesystems/icd10-codes.js';
export { parseCompiledModel, COMPILED_MODEL_FORMAT } from './compiler/compiled-model.js';
export { parsePersonIdentity, type PersonIdentity } from './util/personnummer.js';
export { todayIso, isIsoDate, addDays, inclusiveDays } from './util/dates.js';
