/**
 * /openapi.json, written from the routes as registered: an `onRoute` hook records each route's
 * schema, so the document cannot drift from what the server validates. Certificate bodies refer
 * to the generated schemas, which become components (OpenAPI 3.1 is JSON Schema 2020-12); the
 * response components come from `api-schemas.generated.ts`, made from `responses.ts`.
 *
 * Response shapes are documentation only: they are not given to Fastify as `response` schemas,
 * whose serializer would silently drop any property a schema does not list.
 */

import type { FastifyInstance, RouteOptions } from 'fastify';
import { API_SCHEMAS } from './api-schemas.generated.js';
import { ERROR_STATUS, type ErrorCode } from './errors.js';
import type { OpenApiDocument, ResponseType } from './responses.js';
import { CERTIFICATE_AT, type CertificateSchemas } from './schemas.js';
import { SECURITY_SCHEME } from './access.js';

/** An OpenAPI response object, for replies that are not one JSON type (PDF, HTML). */
export interface ResponseObject {
  description: string;
  content: Record<string, { schema: object }>;
}

declare module 'fastify' {
  /** Documentation keys Fastify ignores and the OpenAPI writer reads. */
  interface FastifySchema {
    summary?: string;
    description?: string;
    tags?: string[];
    hide?: boolean;
    /** Non-error answers by status: a type from responses.ts (JSON), or a whole response object. */
    replies?: Record<number, ResponseType | ResponseObject>;
    /** Error codes this route sends besides those that follow from having a body or parameters. */
    errors?: ErrorCode[];
    /** Error statuses whose `code` is not one of ERROR_STATUS, with what `code` then holds. */
    otherErrors?: Record<number, string>;
    /** The route returns patient-level sick-leave data: it requires the assignment header (access.ts). */
    patientData?: boolean;
  }
}

export interface RouteRecord {
  method: string;
  url: string;
  schema: Record<string, any>;
}

export interface ExampleObject {
  summary: string;
  description?: string;
  value: unknown;
}

/** Examples for one operation; request examples may be `$ref`s into `components.examples`. */
export interface OperationExamples {
  request?: Record<string, ExampleObject | { $ref: string }>;
  /** By status, then example name (the same name as the request it answers). */
  responses?: Record<number, Record<string, ExampleObject>>;
  /** By parameter name. */
  parameters?: Record<string, Record<string, ExampleObject>>;
}

export interface ExampleBook {
  components: Record<string, ExampleObject>;
  /** By `<method> <url>` as Fastify has it, e.g. `post /actions/:action`. */
  operations: Record<string, OperationExamples>;
}

export interface DocumentInput {
  certificates: CertificateSchemas;
  version: string;
  examples?: ExampleBook;
}

/** Starts recording routes; call before any route is registered. Returns the live list. */
export function recordRoutes(app: FastifyInstance): RouteRecord[] {
  const routes: RouteRecord[] = [];
  app.addHook('onRoute', (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const schema = (route.schema ?? {}) as Record<string, any>;
    // fast-json-stringify would drop every property a response schema does not list.
    if (schema.response) throw new Error(`${route.url}: a Fastify response schema drops unlisted properties; document the answer with \`replies\`.`);
    if (schema.hide) return;
    for (const method of methods) if (method !== 'HEAD') routes.push({ method: method.toLowerCase(), url: route.url, schema });
  });
  return routes;
}

/** What every request with a JSON body can be refused with before its route runs (body.ts, Fastify). */
const BODY_ERRORS: ErrorCode[] = [
  'invalid-json', 'empty-body', 'bad-content-length', 'too-deep', 'forbidden-key', 'bad-request', 'invalid-request',
  'body-too-large', 'too-many-values', 'unsupported-media-type',
];

const STATUS_TEXT: Record<number, string> = {
  400: 'Felaktigt anrop',
  404: 'Finns inte',
  408: 'Anropet tog för lång tid',
  409: 'Åtgärden är inte tillåten nu',
  413: 'Anropet är för stort',
  415: 'Fel innehållstyp; skicka application/json',
  422: 'Intyget kan inte hanteras',
  500: 'Internt fel',
  503: 'Inte tillgänglig just nu; försök igen efter Retry-After sekunder',
};

const TAGS = [
  { name: 'certificates', description: 'Validering, utvärdering och livscykelns åtgärder för ett intyg.' },
  { name: 'print', description: 'Utskrift som PDF eller HTML.' },
  { name: 'types', description: 'Intygstyperna och deras kontrakt.' },
  { name: 'codes', description: 'Diagnoskoder med benämning, för typeahead (ICD-10-SE enligt listan från 2022, KSH97-P).' },
  { name: 'decision', description: 'Beslutsstöd: FMB, sjukfall och statistik.' },
  { name: 'documents', description: 'Samtycken, registreringar och ärenden: giltigt samtycke, ärenden som förfaller och kvalitetsindikatorer.' },
  { name: 'ops', description: 'Drift: hälsa, beredskap och detta dokument.' },
];

/** The codes a route can answer with: its own plus those its inputs bring. Internal errors always. */
export function errorCodesOf(schema: Record<string, any>): ErrorCode[] {
  const codes = new Set<ErrorCode>(schema.errors ?? []);
  if (schema.body) for (const code of BODY_ERRORS) codes.add(code);
  if (schema.params || schema.querystring) codes.add('invalid-request');
  if (schema.patientData) codes.add('assignment-required');
  codes.add('internal');
  return [...codes];
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

function parameters(schema: Record<string, any>, names: string[], examples: OperationExamples | undefined) {
  const out: object[] = [];
  const withExamples = (name: string, parameter: Record<string, unknown>) => {
    const named = examples?.parameters?.[name];
    return named ? { ...parameter, examples: named } : parameter;
  };
  const describe = (parameter: Record<string, unknown>, sub: Record<string, unknown>) =>
    (sub.description ? { ...parameter, description: sub.description } : parameter);
  const params = schema.params?.properties ?? {};
  for (const name of names) {
    const sub = params[name] ?? { type: 'string' };
    out.push(withExamples(name, describe({ name, in: 'path', required: true, schema: sub }, sub)));
  }
  const query = schema.querystring?.properties ?? {};
  const required = new Set<string>(schema.querystring?.required ?? []);
  for (const [name, sub] of Object.entries<Record<string, unknown>>(query)) {
    out.push(withExamples(name, describe({ name, in: 'query', required: required.has(name), schema: sub }, sub)));
  }
  return out;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function errorResponse(status: number, codes: string[], other?: string): object {
  const schema = codes.length ? { allOf: [ref('ErrorBody'), { properties: { code: { type: 'string', enum: codes } } }] } : ref('ErrorBody');
  const text = other ?? `\`code\`: ${codes.join(', ')}.`;
  const response: Record<string, unknown> = { description: `${STATUS_TEXT[status] ?? 'Fel'}. ${text}`, content: { 'application/json': { schema } } };
  if (status === 503) response.headers = { 'Retry-After': { description: 'Sekunder att vänta innan nästa försök.', schema: { type: 'integer', minimum: 0 } } };
  return response;
}

function responses(schema: Record<string, any>, examples: OperationExamples | undefined) {
  const out: Record<string, object> = {};
  for (const [status, reply] of Object.entries<ResponseType | ResponseObject>(schema.replies ?? {})) {
    if (typeof reply !== 'string') {
      out[status] = reply;
      continue;
    }
    const named = examples?.responses?.[Number(status)];
    const component = API_SCHEMAS[reply];
    if (!component) throw new Error(`No response schema ${reply}; add it to RESPONSE_TYPES and run npm run generate:api.`);
    out[status] = {
      description: typeof component.description === 'string' ? component.description : `Svaret, ${reply}.`,
      content: { 'application/json': { schema: ref(reply), ...(named ? { examples: named } : {}) } },
    };
  }
  if (!Object.keys(out).length) throw new Error('A documented route needs `replies`.');
  const byStatus = new Map<number, string[]>();
  for (const code of errorCodesOf(schema)) {
    const status = ERROR_STATUS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) out[status] = errorResponse(status, codes);
  for (const [status, text] of Object.entries<string>(schema.otherErrors ?? {})) out[status] = errorResponse(Number(status), [], text);
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

export function buildOpenApi(routes: readonly RouteRecord[], input: DocumentInput): OpenApiDocument {
  const paths: Record<string, Record<string, object>> = {};
  for (const route of routes) {
    const { path, names } = pathOf(route.url);
    const { schema } = route;
    const examples = input.examples?.operations[`${route.method} ${route.url}`];
    const operation: Record<string, unknown> = {
      operationId: `${route.method}${path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase())}`,
      summary: schema.summary,
      description: schema.description,
      tags: schema.tags,
      parameters: parameters(schema, names, examples),
      responses: responses(schema, examples),
    };
    if (schema.patientData) operation.security = [{ kvalitetssakringsuppdrag: [] }];
    if (schema.body) {
      const media = { schema: publicSchema(schema.body), ...(examples?.request ? { examples: examples.request } : {}) };
      operation.requestBody = { required: true, content: { 'application/json': media } };
    }
    (paths[path] ??= {})[route.method] = operation;
  }
  const components: Record<string, unknown> = { ...API_SCHEMAS };
  for (const [id, schema] of input.certificates.byId) {
    if (id in components) throw new Error(`The certificate type ${id} has the name of a response schema.`);
    const { $schema: _dialect, $comment: _comment, ...rest } = schema;
    components[id] = rest;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'intyg',
      version: input.version,
      description: 'Validering, utvärdering, åtgärder och utskrift av medicinska intyg. Tjänsten har ingen egen '
        + 'autentisering: den körs bakom den plattform som loggar in användaren och skickar användarens roll i `context`. '
        + 'Patientnära sjukskrivningsdata (POST /sjukfall) kräver dessutom ett dokumenterat kvalitetssäkringsuppdrag, '
        + 'som den autentiserande proxyn anger i rubriken X-Intyg-Uppdrag.',
      license: { name: 'GPL-3.0-or-later', identifier: 'GPL-3.0-or-later' },
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: '/', description: 'Samma adress som detta dokument hämtades från.' }],
    // No authentication of its own, stated rather than left out (see info.description).
    security: [],
    tags: TAGS,
    paths,
    components: { schemas: components, securitySchemes: SECURITY_SCHEME, ...(input.examples && Object.keys(input.examples.components).length ? { examples: input.examples.components } : {}) },
  };
}
