/** GET /codes/:system and /codes/:system/:code over real HTTP: the diagnosis typeahead for forms, and POST /clean's errors. */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { example, expectError, post, start, type Running } from './helpers.js';

let running: Running;
beforeAll(async () => {
  running = await start();
});
afterAll(() => running.close());

describe('GET /codes', () => {
  it('searches ICD-10-SE by code prefix and by words, and says when there are more', async () => {
    const byCode = await (await fetch(`${running.url}/codes/icd10se?q=F32.&limit=2`)).json();
    expect(byCode).toEqual({ codeSystem: 'icd10se', hits: [{ code: 'F32', title: 'Depressiv episod' }, { code: 'F320', title: 'Lindrig depressiv episod' }], more: true });
    const byWords = (await (await fetch(`${running.url}/codes/icd10se?q=${encodeURIComponent('utmattningssyndrom')}`)).json()) as { hits: unknown[] };
    expect(byWords.hits).toContainEqual({ code: 'F438A', title: 'Utmattningssyndrom' });
  });

  it('searches KSH97-P and gives one code’s title', async () => {
    expect(((await (await fetch(`${running.url}/codes/ksh97p?q=A02`)).json()) as { hits: unknown[] }).hits).toEqual([{ code: 'A02-P', title: 'Salmonellainfektioner' }]);
    expect(await (await fetch(`${running.url}/codes/icd10se/F32.2`)).json()).toEqual({ codeSystem: 'icd10se', code: 'F32.2', title: 'Svår depressiv episod utan psykotiska symtom' });
  });

  it('answers unknown codes, systems and missing queries with the stable errors', async () => {
    await expectError(await fetch(`${running.url}/codes/icd10se/Q999X`), 404, 'not-found');
    await expectError(await fetch(`${running.url}/codes/snomed?q=F32`), 400, 'invalid-request');
    await expectError(await fetch(`${running.url}/codes/icd10se`), 400, 'invalid-request');
  });
});

describe('POST /clean', () => {
  it('refuses a malformed date in the query and an unknown type', async () => {
    const certificate = example('ag7804', 'valid-heltid-lumbago');
    await expectError(await post(`${running.url}/clean?today=2026-02-31`, certificate), 400, 'invalid-date');
    await expectError(await post(`${running.url}/clean`, { ...certificate, type: 'okand' }), 422, 'unknown-type');
    expect((await post(`${running.url}/clean`, certificate)).status).toBe(200);
  });
});
