/**
 * The document's parts: response schemas generated from responses.ts and up to date, every error
 * code the server can throw in the catalog with its status, each route's errors listed under
 * their status, and the document's info, servers and license.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSchemasSource, API_SCHEMAS_FILE } from '../../scripts/generate-api-schemas.js';
import { API_SCHEMAS } from '../../src/server/api-schemas.generated.js';
import { ERROR_STATUS } from '../../src/server/errors.js';
import Fastify from 'fastify';
import { errorCodesOf, recordRoutes } from '../../src/server/openapi.js';
import { RESPONSE_TYPES } from '../../src/server/responses.js';
import { PACKAGE_ROOT } from '../../src/util/package-root.js';
import { start, type Running } from './helpers.js';

let s: Running;
let doc: any;
beforeAll(async () => {
  s = await start();
  doc = await (await fetch(`${s.url}/openapi.json`)).json();
});
afterAll(async () => { await s.close(); });

describe('response schemas', () => {
  it('are generated from responses.ts and up to date (npm run generate:api)', () => {
    expect(readFileSync(API_SCHEMAS_FILE, 'utf8')).toBe(apiSchemasSource());
  }, 60_000);

  it('exist for every response type, closed, and are the document\'s components', () => {
    for (const name of RESPONSE_TYPES) {
      expect(API_SCHEMAS[name], name).toBeDefined();
      expect(doc.components.schemas[name]).toEqual(API_SCHEMAS[name]);
    }
    expect(API_SCHEMAS.ValidationResult).toMatchObject({ type: 'object', additionalProperties: false, required: ['valid', 'errors', 'warnings', 'info'] });
  });

  it('give every JSON 200 a schema', () => {
    for (const [path, ops] of Object.entries<Record<string, any>>(doc.paths)) {
      for (const [method, op] of Object.entries<any>(ops)) {
        const ok = op.responses['200'];
        for (const [media, { schema }] of Object.entries<any>(ok.content)) {
          expect(Object.keys(schema).length, `${method} ${path} ${media}`).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe('errors', () => {
  const serverFiles = (dir: string): string[] => readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? serverFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []));

  it('the catalog has every code src/server throws, with the status it is thrown with', () => {
    const thrown = new Map<string, number>();
    for (const file of serverFiles(join(PACKAGE_ROOT, 'src/server'))) {
      const text = readFileSync(file, 'utf8');
      for (const [, status, code] of text.matchAll(/new ApiError\(\s*(\d{3}),\s*'([a-z0-9-]+)'/g)) thrown.set(code, Number(status));
      for (const [, status, code] of text.matchAll(/FST_ERR_[A-Z_]+: \[(\d{3}), '([a-z0-9-]+)'/g)) thrown.set(code, Number(status));
      if (/notFound\(/.test(text)) thrown.set('not-found', 404);
    }
    expect(thrown.size).toBeGreaterThan(15);
    for (const [code, status] of thrown) expect(ERROR_STATUS[code as keyof typeof ERROR_STATUS], code).toBe(status);
  });

  it('every route lists its codes under their status with the error schema', () => {
    const validate = doc.paths['/validate'].post.responses;
    expect(validate['422'].content['application/json'].schema.allOf[0]).toEqual({ $ref: '#/components/schemas/ErrorBody' });
    expect(validate['422'].content['application/json'].schema.allOf[1].properties.code.enum).toEqual(['unknown-type', 'unknown-version']);
    expect(validate['400'].content['application/json'].schema.allOf[1].properties.code.enum).toEqual(expect.arrayContaining(['invalid-json', 'invalid-date', 'invalid-payload']));
    expect(Object.keys(validate)).toEqual(['200', '400', '413', '415', '422', '500']);
    expect(doc.paths['/actions/{action}'].post.responses['409'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/ErrorBody' });
    expect(doc.paths['/render'].post.responses['503'].headers['Retry-After']).toBeDefined();
    expect(Object.keys(doc.paths['/types/{id}'].get.responses)).toEqual(['200', '400', '404', '422', '500']);
    expect(Object.keys(doc.paths['/ready'].get.responses)).toEqual(['200', '500', '503']);
    expect(doc.paths['/ready'].get.responses['503'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Readiness' });
    expect(doc.paths['/validate'].post.responses.default).toBeUndefined();
  });

  it('follow from a route\'s inputs', () => {
    expect(errorCodesOf({})).toEqual(['internal']);
    expect(errorCodesOf({ params: {} })).toEqual(['invalid-request', 'internal']);
    expect(errorCodesOf({ body: {}, errors: ['invalid-date'] })).toEqual(expect.arrayContaining(['invalid-date', 'invalid-json', 'body-too-large', 'unsupported-media-type', 'internal']));
  });
});

describe('recordRoutes', () => {
  it('refuses a Fastify response schema, whose serializer would drop properties', async () => {
    const app = Fastify();
    const routes = recordRoutes(app);
    app.get('/ok', { schema: { replies: { 200: 'Health' } } }, async () => ({ status: 'ok' }));
    expect(() => app.get('/lossy', { schema: { response: { 200: { type: 'object' } } } }, async () => ({}))).toThrow(/replies/);
    expect(routes.map((route) => route.url)).toEqual(['/ok']);
    await app.close();
  });
});

describe('document', () => {
  it('has the package version, license, servers, tags and an explicit security', () => {
    const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8'));
    expect(doc.info.version).toBe(pkg.version);
    expect(doc.info.license).toEqual({ name: pkg.license, identifier: pkg.license });
    expect(doc.servers).toEqual([expect.objectContaining({ url: '/' })]);
    expect(doc.security).toEqual([]);
    const tags = new Set(doc.tags.map((tag: { name: string }) => tag.name));
    for (const ops of Object.values<Record<string, any>>(doc.paths)) for (const op of Object.values<any>(ops)) for (const tag of op.tags) expect(tags).toContain(tag);
  });

  it('takes request examples from definitions/*/examples', () => {
    const fk7804 = doc.components.examples['fk7804-valid-deltid-ojamn-arbetstid'];
    const file = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'definitions/fk7804/examples/valid-deltid-ojamn-arbetstid.json'), 'utf8'));
    expect(fk7804.value).toEqual(file);
    expect(fk7804.description).toContain('definitions/fk7804/examples/valid-deltid-ojamn-arbetstid.json');
    for (const path of ['/validate', '/evaluate', '/render', '/actions', '/actions/{action}']) {
      expect(Object.keys(doc.paths[path].post.requestBody.content['application/json'].examples ?? {}).length, path).toBeGreaterThan(0);
    }
  });

  it('answers the same document twice', async () => {
    expect(await (await fetch(`${s.url}/openapi.json`)).json()).toEqual(doc);
  });
});
