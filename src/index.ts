/**
 * The public API. `compile()` turns definitions into models and generated files; a runtime
 * validates and evaluates payloads. `validate()`/`evaluate()` use the project's own definitions.
 */

import type { Runtime, ValidateOptions } from './runtime/runtime.js';
import { loadRuntime } from './project.js';

export { compile, type CompileInput, type CompileResult, type DefinitionInput } from './compile.js';
export { createRuntime, type Runtime, type ValidateOptions, type EvaluationResult, type FieldEvaluation } from './runtime/runtime.js';
export type { ValidationResult } from './runtime/validate.js';
export type { Issue } from './fields/kind.js';
export type { Diagnostic } from './diagnostics/diagnostic.js';
export { formatDiagnostic } from './diagnostics/diagnostic.js';
export type { CertificateModel, FieldModel, RuleModel, Condition } from './model/types.js';
export { loadRuntime, readCompileInput } from './project.js';
export { loadCodeSystems, loadFullIcd10List } from './codesystems/load.js';
export { createEngine, runEngine } from './runtime/engine-runner.js';
export { CUSTOM_OPERATORS } from './rules/operators/index.js';

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
