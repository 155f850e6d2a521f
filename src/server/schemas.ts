/**
 * Route schemas built from the compiler's output. A certificate body is described as "one of the
 * generated/<id>.schema.json documents" (every version's), which is what /openapi.json publishes; but it is checked
 * by a custom validator that only looks at the envelope (object, known type, a version it has).
 * Answer-level checks belong to the runtime, which returns every Swedish message at once instead
 * of Ajv's first error, and costs one pass instead of two.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import type { FastifySchemaCompiler } from 'fastify';
import type { CertificateModel } from '../model/types.js';
import { generatedBaseName, versionList, type ModelCatalog } from '../model/catalog.js';
import { GENERATED_DIR } from '../project-paths.js';
import { ApiError, schemaError } from './errors.js';

/** Marks where in a body the certificate sits: '' for the body itself, or a property name. */
export const CERTIFICATE_AT = 'x-certificate-at';

export interface CertificateSchemas {
  /**
   * Schema by the name of its generated file (`fk7804`, an earlier version `fk7804.v1.2`), as
   * generated (with its own $id), for GET /types/:id and as OpenAPI components.
   */
  byId: Map<string, Record<string, unknown>>;
  /**
   * `oneOf` over the components. No discriminator on `type`: the versions of a type share it, and
   * `version` tells them apart.
   */
  any: Record<string, unknown>;
}

/** The name of a model's generated files, and of its schema component. */
export const schemaName = (models: ModelCatalog, model: CertificateModel) => generatedBaseName(model, models.isCurrent(model));

export function loadCertificateSchemas(models: ModelCatalog): CertificateSchemas {
  const byId = new Map<string, Record<string, unknown>>();
  for (const model of models.all()) {
    const name = schemaName(models, model);
    byId.set(name, JSON.parse(readFileSync(join(GENERATED_DIR, `${name}.schema.json`), 'utf8')));
  }
  const refs = [...byId.keys()].map((name) => ({ $ref: `#/components/schemas/${name}` }));
  return { byId, any: { oneOf: refs } };
}

function envelopeError(value: unknown, models: ModelCatalog, at: string): ApiError | undefined {
  const prefix = at ? `${at}.` : '';
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return new ApiError(400, 'invalid-payload', 'Intyget ska vara ett JSON-objekt.', 'The certificate must be a JSON object.', at || undefined);
  }
  const { type, version } = value as { type?: unknown; version?: unknown };
  const known = [...models.keys()].sort().join(', ');
  const model = typeof type === 'string' ? models.get(type) : undefined;
  if (!model) {
    // The client's value is not echoed: it could be anything, and messages end up in logs.
    return new ApiError(422, 'unknown-type', `Okänd eller saknad intygstyp. Kända typer: ${known}.`, `Unknown or missing certificate type. Known types: ${known}.`, `${prefix}type`);
  }
  if (!models.find(model.id, version)) {
    const versions = models.versionsOf(model.id).map((known) => known.version);
    return new ApiError(422, 'unknown-version', `${model.code} finns i version ${versionList(versions)}.`, `${model.code} exists in version ${versions.join(', ')}.`, `${prefix}version`);
  }
  return undefined;
}

/** Replaces the certificate's subschema with a plain object, so Ajv checks only the rest. */
function withoutCertificate(schema: Record<string, any>, at: string): Record<string, any> | undefined {
  if (!at) return undefined;
  const { [CERTIFICATE_AT]: _marker, ...rest } = schema;
  return { ...rest, properties: { ...rest.properties, [at]: { type: 'object' } } };
}

/**
 * The validator compiler for every route: envelope checks where a schema carries the marker,
 * plain Ajv (with Fastify's defaults: coercion for query strings, defaults filled in) elsewhere.
 */
export function createValidatorCompiler(models: ModelCatalog): FastifySchemaCompiler<any> {
  const ajv = new Ajv({ coerceTypes: 'array', useDefaults: true, removeAdditional: true, allErrors: false, strict: false });
  ajv.addKeyword(CERTIFICATE_AT);
  return ({ schema }) => {
    const at = (schema as Record<string, unknown>)[CERTIFICATE_AT];
    if (typeof at !== 'string') return ajv.compile(schema as object);
    const rest = withoutCertificate(schema as Record<string, any>, at);
    const check = rest ? ajv.compile(rest) : undefined;
    return (data: unknown) => {
      if (check && !check(data)) return { error: schemaError(check.errors?.[0] as never, 'body') };
      const certificate = at ? (data as Record<string, unknown> | null)?.[at] : data;
      const error = envelopeError(certificate, models, at);
      return error ? { error } : { value: data };
    };
  };
}
