/**
 * /openapi.json, written from the routes as registered: an `onRoute` hook records each route's
 * schema, so the document cannot drift from what the server validates. Certificate bodies refer
 * to the generated schemas, which become the components (OpenAPI 3.1 is JSON Schema 2020-12).
 */

import type { FastifyInstance, RouteOptions } from 'fastify';
import { ERROR_SCHEMA } from './errors.js';
import { CERTIFICATE_AT, type CertificateSchemas } from './schemas.js';

declare module 'fastify' {
  /** Documentation keys Fastify ignores and the OpenAPI writer reads. */
  interface FastifySchema {
    summary?: string;
    description?: string;
    tags?: string[];
    hide?: boolean;
  }
}

interface RouteRecord {
  method: string;
  url: string;
  schema: Record<string, any>;
}

/** Starts recording routes; call before any route is registered. Returns the live list. */
export function recordRoutes(app: FastifyInstance): RouteRecord[] {
  const routes: RouteRecord[] = [];
  app.addHook('onRoute', (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const schema = (route.schema ?? {}) as Record<string, any>;
    if (schema.hide) return;
    for (const method of methods) if (method !== 'HEAD') routes.push({ method: method.toLowerCase(), url: route.url, schema });
  });
  return routes;
}

/** `:id` → `{id}`, and the path parameters OpenAPI wants listed. */
function pathOf(url: string): { path: string; names: string[] } {
  const names: string[] = [];
  const path = url.replace(/:([A-Za-z0-9_]+)/g, (_m, name: string) => (names.push(name), `{${name}}`));
  return { path, names };
}

/** The route schema without our private marker keyword. */
function publicSchema(schema: Record<string, any>): Record<string, any> {
  const { [CERTIFICATE_AT]: _marker, ...rest } = schema;
  return rest;
}

function parameters(schema: Record<string, any>, names: string[]) {
  const out: object[] = [];
  const params = schema.params?.properties ?? {};
  for (const name of names) out.push({ name, in: 'path', required: true, schema: params[name] ?? { type: 'string' } });
  const query = schema.querystring?.properties ?? {};
  const required = new Set<string>(schema.querystring?.required ?? []);
  for (const [name, sub] of Object.entries(query)) out.push({ name, in: 'query', required: required.has(name), schema: sub });
  return out;
}

function responses(schema: Record<string, any>) {
  const out: Record<string, object> = {};
  for (const [status, sub] of Object.entries<Record<string, any>>(schema.response ?? {})) {
    const { description, content, ...json } = sub;
    out[status] = { description: description ?? 'OK', content: content ?? { 'application/json': { schema: json } } };
  }
  if (!Object.keys(out).length) out['200'] = { description: 'OK', content: { 'application/json': { schema: {} } } };
  out.default = { description: 'Fel', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
  return out;
}

export function buildOpenApi(routes: readonly RouteRecord[], certificates: CertificateSchemas, version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, object>> = {};
  for (const route of routes) {
    const { path, names } = pathOf(route.url);
    const { schema } = route;
    const operation: Record<string, unknown> = {
      operationId: `${route.method}${path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase())}`,
      summary: schema.summary,
      description: schema.description,
      tags: schema.tags,
      parameters: parameters(schema, names),
      responses: responses(schema),
    };
    if (schema.body) operation.requestBody = { required: true, content: { 'application/json': { schema: publicSchema(schema.body) } } };
    (paths[path] ??= {})[route.method] = operation;
  }
  const components: Record<string, unknown> = { Error: ERROR_SCHEMA };
  for (const [id, schema] of certificates.byId) {
    const { $schema: _dialect, $comment: _comment, ...rest } = schema;
    components[id] = rest;
  }
  return {
    openapi: '3.1.0',
    info: { title: 'intyg', version, description: 'Validering, utvärdering, åtgärder och utskrift av medicinska intyg.' },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
    components: { schemas: components },
  };
}
