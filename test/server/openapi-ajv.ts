/**
 * Checks bodies against the schemas an OpenAPI document gives them, with ajv (JSON Schema 2020-12,
 * which OpenAPI 3.1 is). The components become `$defs` of one schema resource, so each
 * certificate component keeps its own `$id` and its internal `$ref`s resolve as they would alone.
 */

import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const BASE = 'https://openapi.intyg.invalid/document.json';

function rewrite(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewrite);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, sub]) => [
    key,
    key === '$ref' && typeof sub === 'string' ? sub.replace(/^#\/components\/schemas\//, `${BASE}#/$defs/`) : rewrite(sub),
  ]));
}

export interface DocumentSchemas {
  /** The schema of a response body: throws when the document does not list the status or the media type. */
  response(path: string, method: string, status: number, mediaType: string): Record<string, unknown> | undefined;
  /** A compiled validator for any schema taken from the document. */
  compile(schema: unknown): ValidateFunction;
}

export function documentSchemas(doc: any): DocumentSchemas {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('binary', true);
  ajv.addSchema(rewrite({ $id: BASE, $defs: doc.components.schemas }) as object);
  const compiled = new Map<unknown, ValidateFunction>();
  return {
    response(path, method, status, mediaType) {
      const operation = doc.paths[path]?.[method];
      if (!operation) throw new Error(`${method.toUpperCase()} ${path} is not in the document`);
      const response = operation.responses[String(status)];
      if (!response) throw new Error(`${method.toUpperCase()} ${path} answered ${status}, which the document does not list (${Object.keys(operation.responses)})`);
      const media = response.content?.[mediaType];
      if (!media) throw new Error(`${method.toUpperCase()} ${path} ${status} answered ${mediaType}, which the document does not list`);
      return media.schema;
    },
    compile(schema) {
      let validate = compiled.get(schema);
      if (!validate) compiled.set(schema, (validate = ajv.compile(rewrite(schema) as object)));
      return validate;
    },
  };
}

/** Throws with ajv's errors when `value` does not match. */
export function assertMatches(schemas: DocumentSchemas, schema: unknown, value: unknown, what: string): void {
  const validate = schemas.compile(schema);
  if (!validate(value)) throw new Error(`${what} does not match its documented schema: ${JSON.stringify(validate.errors?.slice(0, 5), null, 1)}`);
}
