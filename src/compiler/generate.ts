/** Stage 5: checked models → the contents of every file in generated/ (pure; emit.ts writes). */

import type { CertificateModel } from '../model/types.js';
import type { KindEnvironment } from '../fields/kind.js';
import { blockSchema, definitionSchema } from '../definition/meta-schema.js';
import { stableJson } from './banner.js';
import { generateJsonSchema } from './json-schema.js';
import { serializeModel } from './compiled-model.js';
import { generateRuleSet } from './rules-json.js';
import { generateCommon, generateIndex, generateTypes } from './typescript.js';

export interface GeneratedFile {
  /** Relative to generated/. */
  path: string;
  contents: string;
}

export function generate(models: readonly CertificateModel[], env: KindEnvironment): GeneratedFile[] {
  const files: GeneratedFile[] = [
    { path: 'definition.schema.json', contents: stableJson({ $comment: '@generated from src/definition/meta-schema.ts by intyg. DO NOT EDIT.', ...definitionSchema() }) },
    { path: 'block.schema.json', contents: stableJson({ $comment: '@generated from src/definition/meta-schema.ts by intyg. DO NOT EDIT.', ...blockSchema() }) },
    { path: 'common.ts', contents: generateCommon() },
    { path: 'index.ts', contents: generateIndex(models) },
  ];
  for (const model of models) {
    files.push({ path: `${model.id}.schema.json`, contents: stableJson(generateJsonSchema(model, env)) });
    files.push({ path: `${model.id}.ts`, contents: generateTypes(model) });
    files.push({ path: `${model.id}.rules.json`, contents: stableJson(generateRuleSet(model)) });
    files.push({ path: `${model.id}.model.json`, contents: serializeModel(model) });
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}
