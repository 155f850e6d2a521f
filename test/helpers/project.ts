/** The project's own definitions compiled once per test file, plus ajv over generated schemas. */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { compile, type CompileResult } from '../../src/compile.js';
import { GENERATED_DIR, readCompileInput } from '../../src/project.js';
import { createRuntime, type Runtime } from '../../src/runtime/runtime.js';
import type { CompileInput } from '../../src/compile.js';
import { SCHEMA_ANNOTATIONS } from '../../src/compiler/json-schema.js';
import { generatedBaseName } from '../../src/model/catalog.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

let cached: { input: CompileInput; result: CompileResult; runtime: Runtime } | undefined;

export function project() {
  if (!cached) {
    const input = readCompileInput();
    const result = compile(input);
    cached = { input, result, runtime: createRuntime(result.models, input.env.codeSystems) };
  }
  return cached;
}

const validators = new Map<string, ReturnType<Ajv2020['compile']>>();

/** The committed generated file of a type's version: `<id>` for the current one, else `<id>.v<version>`. */
export function generatedName(type: string, version?: string): string {
  const { models } = project().runtime;
  const model = version === undefined ? models.get(type) : models.find(type, version);
  if (!model) throw new Error(`No model ${type} ${version ?? ''}`);
  return generatedBaseName(model, models.isCurrent(model));
}

/**
 * ajv over the committed generated/<type>.schema.json (an earlier version's `<type>.v<version>`),
 * as a consumer of the schema would use it: strict, told about the schemas' annotation keywords.
 */
export function schemaValidator(type: string, version?: string) {
  const name = generatedName(type, version);
  let validate = validators.get(name);
  if (!validate) {
    const ajv = addFormats(new Ajv2020({ allErrors: true, strict: true, keywords: [...SCHEMA_ANNOTATIONS] }));
    validate = ajv.compile(JSON.parse(readFileSync(join(GENERATED_DIR, `${name}.schema.json`), 'utf8')));
    validators.set(name, validate);
  }
  return validate;
}

export { STRUCTURAL_CODES } from '../../src/runtime/issue-codes.js';
