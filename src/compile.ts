/**
 * compile(): the architecture in one function. Each line is a stage; every stage is pure and
 * hands a typed value to the next. ARCHITECTURE.md lists the same stages in the same order.
 */

import { hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics/diagnostic.js';
import { load } from './definition/load.js';
import { checkShape } from './definition/check-shape.js';
import { normalize } from './model/normalize.js';
import { check } from './model/check.js';
import { generate, type GeneratedFile } from './compiler/generate.js';
import type { CertificateModel } from './model/types.js';
import type { KindEnvironment } from './fields/kind.js';

export interface DefinitionInput {
  /** Repository-relative path, used in diagnostics and banners. */
  file: string;
  /** The folder the definition lives in; its id must match. */
  folder?: string;
  text: string;
}

export interface CompileInput {
  definitions: DefinitionInput[];
  recipients: ReadonlySet<string>;
  env: KindEnvironment;
}

export interface CompileResult {
  models: CertificateModel[];
  files: GeneratedFile[];
  diagnostics: Diagnostic[];
}

function compileOne(input: DefinitionInput, shared: CompileInput): { model?: CertificateModel; diagnostics: Diagnostic[] } {
  const loaded = load(input.file, input.text);                                    // YAML → RawDefinition + source map
  if (hasErrors(loaded.diagnostics)) return { diagnostics: loaded.diagnostics };
  const shapeDiagnostics = checkShape(loaded.source, loaded.raw);                 // definition.schema.json: keys, kinds, types
  if (hasErrors(shapeDiagnostics)) return { diagnostics: [...loaded.diagnostics, ...shapeDiagnostics] };
  const model = normalize(loaded.raw as Record<string, unknown>, input.file);    // RawDefinition → CertificateModel
  const semantic = check(model, loaded.source, { folder: input.folder, recipients: shared.recipients, env: shared.env }); // references, types, cycles
  return { model, diagnostics: [...loaded.diagnostics, ...shapeDiagnostics, ...semantic] };
}

export function compile(input: CompileInput): CompileResult {
  const results = input.definitions.map((definition) => compileOne(definition, input));
  const diagnostics = sortDiagnostics(results.flatMap((result) => result.diagnostics));
  const models = results.flatMap((result) => (result.model && !hasErrors(result.diagnostics) ? [result.model] : []));
  const files = hasErrors(diagnostics) ? [] : generate(models, input.env);       // CertificateModel → schema, types, rules
  return { models, files, diagnostics };
}
