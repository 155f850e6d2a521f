/**
 * Writes `src/server/api-schemas.generated.ts`: the JSON Schemas of the service's responses, made
 * by ts-json-schema-generator from the types in `src/server/responses.ts` (which are built from the
 * library's result types). So each response shape is written once, in TypeScript, and the
 * document follows it. `test/server/api-schemas.test.ts` fails when the file is stale.
 *
 *   npm run generate:api [-- --check]
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';
import { RESPONSE_TYPES } from '../src/server/responses.js';
import { PACKAGE_ROOT } from '../src/util/package-root.js';

export const API_SCHEMAS_FILE = join(PACKAGE_ROOT, 'src/server/api-schemas.generated.ts');
const SOURCE = 'src/server/responses.ts';

/** Draft-07 output made 2020-12/OpenAPI 3.1: refs into the components; tuples would need prefixItems. */
function toComponent(schema: unknown, name: string): unknown {
  if (Array.isArray(schema)) return schema.map((item) => toComponent(item, name));
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'items' && Array.isArray(value)) throw new Error(`${name}: tuple types are not supported; use an array or an object.`);
    if (key === 'definitions' || key === '$schema') throw new Error(`${name}: unexpected ${key}.`);
    out[key] = key === '$ref' && typeof value === 'string' ? value.replace(/^#\/definitions\//, '#/components/schemas/') : toComponent(value, name);
  }
  return out;
}

/** The generated module's text. Deterministic: components sorted by name. */
export function apiSchemasSource(): string {
  const generator = createGenerator({
    path: join(PACKAGE_ROOT, SOURCE),
    tsconfig: join(PACKAGE_ROOT, 'scripts/tsconfig.api-schemas.json'),
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    skipTypeCheck: true,
    additionalProperties: false,
  });
  const definitions: Record<string, unknown> = {};
  for (const name of RESPONSE_TYPES) Object.assign(definitions, generator.createSchema(name).definitions);
  const sorted = Object.fromEntries(Object.keys(definitions).sort().map((name) => [name, toComponent(definitions[name], name)]));
  return [
    `// @generated from ${SOURCE} by scripts/generate-api-schemas.ts. DO NOT EDIT. Run \`npm run generate:api\` to update.`,
    '',
    '/** JSON Schemas (2020-12) of the responses, by type name; `$ref`s point into the OpenAPI components. */',
    `export const API_SCHEMAS: Readonly<Record<string, Record<string, unknown>>> = ${JSON.stringify(sorted, null, 2)};`,
    '',
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const text = apiSchemasSource();
  const current = (() => { try { return readFileSync(API_SCHEMAS_FILE, 'utf8'); } catch { return ''; } })();
  if (process.argv.includes('--check')) {
    if (current !== text) {
      console.error('src/server/api-schemas.generated.ts är inaktuell. Kör npm run generate:api.');
      process.exitCode = 1;
    }
  } else if (current !== text) {
    writeFileSync(API_SCHEMAS_FILE, text);
    console.error('skrev src/server/api-schemas.generated.ts');
  }
}
