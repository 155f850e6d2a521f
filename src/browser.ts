/**
 * The runtime for web pages: `import { createRuntime } from 'intyg/browser'`. The same
 * validate/evaluate code as in Node, over compiled models (`generated/<id>.model.json`) and the
 * code systems, both handed in as data; nothing here touches Node's APIs. `scripts/build.mjs`
 * bundles it into `dist/browser/intyg.js` (one ES module, no dependencies).
 */

export { createRuntime, type Runtime, type ValidateOptions, type EvaluationResult, type FieldEvaluation } from './runtime/runtime.js';
export type { ValidationResult } from './runtime/validate.js';
export type { ExplainResult, FieldExplanation, RuleExplanation, Reason, TraceNode, FactReading } from './runtime/explain.js';
export type { Issue } from './fields/kind.js';
export type { CertificateModel, FieldModel, SectionModel, RuleModel, Condition, SourceLocation } from './model/types.js';
export type { CodeSystems } from './codesystems/types.js';
export { parseCompiledModel, COMPILED_MODEL_FORMAT } from './compiler/compiled-model.js';
export { parsePersonIdentity, type PersonIdentity } from './util/personnummer.js';
export { todayIso, isIsoDate, addDays, inclusiveDays } from './util/dates.js';
