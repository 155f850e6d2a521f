/**
 * Stage 5d: the compiled model, `generated/<id>.model.json`: the checked CertificateModel as JSON,
 * which is what the runtime, the service and the browser build load. Reading it back costs a
 * JSON.parse instead of YAML parsing, meta-schema validation and the semantic checks.
 */

import type { CertificateModel } from '../model/types.js';
import { banner, stableJson } from './banner.js';

/** Bumped when the model's shape changes, so an old compiled file is refused rather than misread. */
export const COMPILED_MODEL_FORMAT = 1;

export interface CompiledModelFile {
  $comment: string;
  format: number;
  model: CertificateModel;
}

export function serializeModel(model: CertificateModel): string {
  const file: CompiledModelFile = { $comment: banner(model.file), format: COMPILED_MODEL_FORMAT, model };
  return stableJson(file);
}

/** Parses a compiled model file; throws a message that names the file and the fix. */
export function parseCompiledModel(text: string, file: string): CertificateModel {
  let parsed: Partial<CompiledModelFile>;
  try {
    parsed = JSON.parse(text) as Partial<CompiledModelFile>;
  } catch (error) {
    throw new Error(`${file} är inte giltig JSON (${(error as Error).message}). Kör \`npx intyg generate\`.`);
  }
  if (parsed?.format !== COMPILED_MODEL_FORMAT || typeof parsed.model?.id !== 'string') {
    throw new Error(`${file} är en kompilerad modell i ett annat format (${String(parsed?.format)}, väntade ${COMPILED_MODEL_FORMAT}). Kör \`npx intyg generate\`.`);
  }
  return parsed.model;
}
