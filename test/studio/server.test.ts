/**
 * The studio's HTTP side through Fastify's inject: the page and its files with their CSP, the
 * types and their live models, code search, examples, loopback-only requests, and the error shape.
 */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStudio, type Studio } from '../../src/studio/server.js';
import { copyDefinitions, type DefinitionsCopy } from './helpers.js';

let copy: DefinitionsCopy;
let studio: Studio;
const host = { host: '127.0.0.1:8088' };
const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  studio.app.inject({ method: 'POST', url, payload: payload as object, headers: { ...host, 'content-type': 'application/json', ...headers } });
const get = (url: string, headers: Record<string, string> = {}) => studio.app.inject({ method: 'GET', url, headers: { ...host, ...headers } });

const example = (name: string) => JSON.parse(readFileSync(join(copy.dir, 'fk7804', 'examples', `${name}.json`), 'utf8')) as Record<string, unknown>;

beforeAll(() => {
  copy = copyDefinitions();
  studio = buildStudio({ definitions: copy.dir, watch: false });
});

afterAll(async () => {
  await studio?.close();
  copy?.remove();
});

describe('the page', () => {
  it('is one HTML document naming its script and stylesheet, under a CSP without inline code', async () => {
    const response = await get('/studio/');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    // Every script is a file; the document has no inline script or style.
    expect(response.body).toMatch(/<script type="module" src="\/studio\/assets\/studio\.js\?v=[0-9a-f]+"><\/script>/);
    expect(response.body).not.toMatch(/<script>|<style|\sstyle=|\son[a-z]+=/);
    expect(response.body).toContain('lang="sv"');
  });

  it('serves the built script and stylesheet, and nothing else from the assets folder', async () => {
    const script = await get('/studio/assets/studio.js');
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
    expect(script.body).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    expect((await get('/studio/assets/studio.css')).statusCode).toBe(200);
    for (const name of ['..%2Fpackage.json', 'intyg.js', '%2e%2e%2f%2e%2e%2fpackage.json']) {
      const response = await get(`/studio/assets/${name}`);
      expect(response.statusCode, name).toBe(404);
      expect(response.json()).toMatchObject({ code: 'not-found' });
    }
    expect((await get('/')).headers.location).toBe('/studio/');
  });
});

describe('types', () => {
  it('lists every type of the folder with its name and code', async () => {
    const { types } = (await get('/studio/api/types')).json() as { types: Array<{ id: string; code: string; ok: boolean }> };
    // 22 types, and FK7804's earlier version 1.2 as an entry of its own.
    expect(types.length).toBe(23);
    // The studio can tell a certificate from a consent, a registration or a case.
    expect(types.find((type) => type.id === 'vardkontakt-rehab')).toMatchObject({ document: 'registration' });
    expect(types.find((type) => type.id === 'fk7804')).toMatchObject({ code: 'FK7804', ok: true });
  });

  it('gives a type its live model and diagnostics; an unknown type is a 404 in the service\'s error shape', async () => {
    const state = (await get('/studio/api/types/fk7804')).json();
    expect(state).toMatchObject({ id: 'fk7804', file: 'definitions/fk7804/definition.yaml', ok: true, diagnostics: [] });
    expect(state.model.sections[0].title).toBe('Smittbärarpenning');
    expect(state.model.locations['field:annatBeskrivning.showIf']).toMatchObject({ file: 'definitions/fk7804/definition.yaml' });
    const missing = await get('/studio/api/types/fk9999');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'not-found', message: 'Intygstypen finns inte.' });
    expect((await get('/studio/api/types/..%2F..')).statusCode).toBe(400);
  });

  it('lists an earlier version under its type as <id>@<version>, with its retirement', async () => {
    const { types } = (await get('/studio/api/types')).json() as { types: Array<{ id: string }> };
    const ids = types.map((type) => type.id);
    expect(ids.indexOf('fk7804@1.2')).toBe(ids.indexOf('fk7804') + 1);
    expect(types.find((type) => type.id === 'fk7804@1.2')).toEqual({
      id: 'fk7804@1.2', type: 'fk7804', versionFolder: '1.2', name: 'Läkarintyg för sjukpenning', code: 'FK7804', version: '1.2', retired: '2025-08-04',
      document: 'certificate', ok: true, revision: expect.any(Number),
    });
    expect(types.find((type) => type.id === 'fk7804')).not.toHaveProperty('versionFolder');
  });

  it('gives an earlier version its own live model; a version that does not exist is a 404, a malformed one a 400', async () => {
    const state = (await get('/studio/api/types/fk7804@1.2')).json();
    expect(state).toMatchObject({ id: 'fk7804@1.2', type: 'fk7804', versionFolder: '1.2', file: 'definitions/fk7804/versions/1.2/definition.yaml', ok: true, diagnostics: [] });
    expect(state.model.version).toBe('1.2');
    expect(state.model.fields.map((field: { label: string }) => field.label)).toContain('Planerade medicinska behandlingar/åtgärder.');
    expect((await get('/studio/api/types/fk7804%401.2')).json()).toMatchObject({ id: 'fk7804@1.2' });
    for (const id of ['fk7804@9.9', 'fk7804@2.0', 'ag114@1.2']) {
      const missing = await get(`/studio/api/types/${id}`);
      expect(missing.statusCode, id).toBe(404);
      expect(missing.json()).toMatchObject({ code: 'not-found' });
    }
    for (const id of ['fk7804@..', 'fk7804@1.2%2F..%2F..', 'fk7804@', 'fk7804@1.2@1.2', '@1.2', 'fk7804@1.2.']) {
      expect((await get(`/studio/api/types/${id}`)).statusCode, id).toBe(400);
    }
  });

  it('hands the browser the code systems its runtime needs', async () => {
    const systems = (await get('/studio/api/codesystems')).json();
    expect(Object.keys(systems)).toEqual(expect.arrayContaining(['chapters', 'blocks', 'ksh97p', 'kommuner']));
    const list = await get('/studio/api/icd10se-codes.txt');
    expect(list.headers['content-type']).toMatch(/^text\/plain/);
    expect(list.body).toMatch(/^F321\t/m);
  });
});

describe('code search', () => {
  it('finds diagnoses by the start of the code and by words of the title', async () => {
    const byCode = (await get('/studio/api/codes/icd10se?q=M54.5')).json();
    expect(byCode.hits).toContainEqual({ code: 'M545', title: 'Lumbago' });
    const byWords = (await get('/studio/api/codes/icd10se?q=lumbago')).json();
    expect(byWords.hits.map((hit: { code: string }) => hit.code)).toEqual(expect.arrayContaining(['M545', 'M544']));
    const municipality = (await get('/studio/api/codes/kommuner?q=stockh')).json();
    expect(municipality.hits).toContainEqual(expect.objectContaining({ title: 'STOCKHOLM' }));
    const ksh = (await get('/studio/api/codes/ksh97p?q=salmonella')).json();
    expect(ksh.hits).toContainEqual({ code: 'A02-P', title: 'Salmonellainfektioner' });
    const broad = (await get('/studio/api/codes/icd10se?q=a&limit=5')).json();
    expect(broad.hits).toHaveLength(5);
    expect(broad.more).toBe(true);
    expect((await get('/studio/api/codes/atc?q=a')).statusCode).toBe(400);
  });
});

describe('loopback only', () => {
  it('refuses a request addressed to another name (DNS rebinding) and a change from another origin', async () => {
    const rebound = await get('/studio/api/types', { host: 'attacker.example:8088' });
    expect(rebound.statusCode).toBe(403);
    expect(rebound.json()).toMatchObject({ code: 'forbidden' });
    expect((await get('/studio/api/types', { host: 'localhost:8088' })).statusCode).toBe(200);
    expect((await get('/studio/api/types', { host: '[::1]:8088' })).statusCode).toBe(200);
    const crossSite = await post('/studio/api/types/fk7804/examples', { name: 'valid-x', certificate: {}, today: '2026-11-20' }, { origin: 'http://attacker.example' });
    expect(crossSite.statusCode).toBe(403);
    const form = await studio.app.inject({ method: 'POST', url: '/studio/api/types/fk7804/examples', headers: { ...host, 'content-type': 'application/x-www-form-urlencoded' }, payload: 'name=valid-x' });
    expect(form.statusCode).toBe(415);
  });

  it('answers any host when told to listen beyond loopback', async () => {
    const open = buildStudio({ definitions: copy.dir, watch: false, loopbackOnly: false });
    try {
      expect((await open.app.inject({ method: 'GET', url: '/studio/api/types', headers: { host: 'studio.lan:8088' } })).statusCode).toBe(200);
    } finally {
      await open.close();
    }
  });
});

describe('examples', () => {
  it('lists and reads a type\'s examples with their expectation', async () => {
    const { names } = (await get('/studio/api/types/fk7804/examples')).json();
    expect(names).toContain('valid-heltid-lumbago');
    expect(names.some((name: string) => name.endsWith('.expect'))).toBe(false);
    const read = (await get('/studio/api/types/fk7804/examples/valid-heltid-lumbago')).json();
    expect(read.certificate.type).toBe('fk7804');
    expect(read.expect).toMatchObject({ valid: true });
    expect((await get('/studio/api/types/fk7804/examples/..%2F..%2Fpackage')).statusCode).toBe(400);
  });

  it('saves a valid example with its expectation, refuses to overwrite unasked, and overwrites when asked', async () => {
    const certificate = example('valid-heltid-lumbago');
    const saved = await post('/studio/api/types/fk7804/examples', { name: 'valid-sparad-i-studion', certificate, today: '2026-11-20' });
    expect(saved.statusCode).toBe(201);
    expect(saved.json().files).toEqual(['definitions/fk7804/examples/valid-sparad-i-studion.json', 'definitions/fk7804/examples/valid-sparad-i-studion.expect.json']);
    const dir = join(copy.dir, 'fk7804', 'examples');
    expect(JSON.parse(readFileSync(join(dir, 'valid-sparad-i-studion.json'), 'utf8'))).toEqual(certificate);
    expect(JSON.parse(readFileSync(join(dir, 'valid-sparad-i-studion.expect.json'), 'utf8'))).toEqual({ today: '2026-11-20', valid: true, errors: [], warnings: [], info: [] });
    const again = await post('/studio/api/types/fk7804/examples', { name: 'valid-sparad-i-studion', certificate, today: '2026-11-20' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'exists' });
    const overwritten = await post('/studio/api/types/fk7804/examples', { name: 'valid-sparad-i-studion', certificate, today: '2026-11-20', overwrite: true });
    expect(overwritten.statusCode).toBe(201);
  });

  it('writes an invalid example\'s issues as field and code', async () => {
    const certificate = example('invalid-overlappande-perioder');
    const saved = await post('/studio/api/types/fk7804/examples', { name: 'invalid-overlapp-fran-studion', certificate, today: '2026-11-20' });
    expect(saved.statusCode).toBe(201);
    expect(saved.json().expect).toEqual({ today: '2026-11-20', valid: false, errors: [{ field: 'sjukskrivning.HALFTEN', code: 'overlap' }], warnings: [], info: [] });
  });

  it('refuses a name that contradicts the result, and writes nothing', async () => {
    const invalid = await post('/studio/api/types/fk7804/examples', { name: 'valid-egentligen-fel', certificate: example('invalid-overlappande-perioder'), today: '2026-11-20' });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json()).toMatchObject({ code: 'not-valid' });
    expect(invalid.json().message).toMatch(/^Ett exempel som heter valid-… ska vara giltigt, men intyget har 1 fel/);
    const valid = await post('/studio/api/types/fk7804/examples', { name: 'invalid-egentligen-ratt', certificate: example('valid-heltid-lumbago'), today: '2026-11-20' });
    expect(valid.statusCode).toBe(422);
    expect(valid.json()).toMatchObject({ code: 'not-invalid' });
    expect(existsSync(join(copy.dir, 'fk7804', 'examples', 'valid-egentligen-fel.json'))).toBe(false);
    expect(existsSync(join(copy.dir, 'fk7804', 'examples', 'invalid-egentligen-ratt.json'))).toBe(false);
  });

  it('lists, reads and saves an earlier version\'s examples in versions/<version>/examples/', async () => {
    const { names } = (await get('/studio/api/types/fk7804@1.2/examples')).json();
    expect(names).toContain('valid-deltid-atgarder-och-kontakt');
    const read = (await get('/studio/api/types/fk7804@1.2/examples/valid-heltid-lumbago')).json();
    expect(read.certificate).toMatchObject({ type: 'fk7804', version: '1.2' });
    const saved = await post('/studio/api/types/fk7804@1.2/examples', { name: 'valid-version-fran-studion', certificate: read.certificate, today: '2026-11-20' });
    expect(saved.statusCode).toBe(201);
    expect(saved.json().files).toEqual(['definitions/fk7804/versions/1.2/examples/valid-version-fran-studion.json', 'definitions/fk7804/versions/1.2/examples/valid-version-fran-studion.expect.json']);
    expect(JSON.parse(readFileSync(join(copy.dir, 'fk7804', 'versions', '1.2', 'examples', 'valid-version-fran-studion.json'), 'utf8'))).toEqual(read.certificate);
    expect(existsSync(join(copy.dir, 'fk7804', 'examples', 'valid-version-fran-studion.json'))).toBe(false);
  });

  it('refuses a certificate of another version than the folder holds, and a version that does not exist, writing nothing', async () => {
    const current = example('valid-heltid-lumbago');
    const intoEarlier = await post('/studio/api/types/fk7804@1.2/examples', { name: 'valid-fel-version', certificate: current, today: '2026-11-20' });
    expect(intoEarlier.statusCode).toBe(400);
    expect(intoEarlier.json()).toMatchObject({ code: 'wrong-version' });
    const earlier = (await get('/studio/api/types/fk7804@1.2/examples/valid-heltid-lumbago')).json().certificate;
    const intoCurrent = await post('/studio/api/types/fk7804/examples', { name: 'valid-fel-version', certificate: earlier, today: '2026-11-20' });
    expect(intoCurrent.statusCode).toBe(400);
    expect(intoCurrent.json()).toMatchObject({ code: 'wrong-version' });
    const unknown = await post('/studio/api/types/fk7804@9.9/examples', { name: 'valid-ingen-version', certificate: { ...earlier, version: '9.9' }, today: '2026-11-20' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'unknown-type' });
    expect((await get('/studio/api/types/fk7804@9.9/examples')).statusCode).toBe(404);
    for (const id of ['fk7804@..%2F..', 'fk7804@1.2%2F..', 'fk7804%2Fversions%2F1.2']) {
      expect((await post(`/studio/api/types/${id}/examples`, { name: 'valid-x', certificate: earlier, today: '2026-11-20' })).statusCode, id).toBe(400);
    }
    expect(existsSync(join(copy.dir, 'fk7804', 'versions', '1.2', 'examples', 'valid-fel-version.json'))).toBe(false);
    expect(existsSync(join(copy.dir, 'fk7804', 'examples', 'valid-fel-version.json'))).toBe(false);
    expect(existsSync(join(copy.dir, 'fk7804', 'versions', '9.9'))).toBe(false);
  });

  it('refuses a certificate of another type than the folder', async () => {
    const response = await post('/studio/api/types/ag114/examples', { name: 'valid-fel-typ', certificate: example('valid-heltid-lumbago'), today: '2026-11-20' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'wrong-type' });
  });
});
