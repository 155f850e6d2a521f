/** Stage 5: checked models → the contents of every file in generated/ (pure; emit.ts writes). */

import type { CertificateModel } from '../model/types.js';
import type { KindEnvironment } from '../fields/kind.js';
import { blockSchema, definitionSchema } from '../definition/meta-schema.js';
import { stableJson } from './banner.js';
import { generateJsonSchema } from './json-schema.js';
import { serializeModel } from './compiled-model.js';
import { generateRuleSet } from './rules-json.js';
import { generateCommon, generateIndex, generateTypes } from './typescript.js';
import { createCatalog, generatedBaseName } from '../model/catalog.js';

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
  // A type's current version keeps the plain names (`fk7804.schema.json`); the others are `<id>.v<version>.*`.
  const catalog = createCatalog(models);
  for (const model of catalog.all()) {
    const name = generatedBaseName(model, catalog.isCurrent(model));
    files.push({ path: `${name}.schema.json`, contents: stableJson(generateJsonSchema(model, env)) });
    files.push({ path: `${name}.ts`, contents: generateTypes(model, catalog.versionsOf(model.id)) });
    files.push({ path: `${name}.rules.json`, contents: stableJson(generateRuleSet(model)) });
    files.push({ path: `${name}.model.json`, contents: serializeModel(model) });
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}
