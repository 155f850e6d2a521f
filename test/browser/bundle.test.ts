/**
 * The browser build (`intyg/browser`, dist/browser/intyg.js): one ES module with no Node APIs,
 * within its size budget, that gives in real Chromium exactly the results the Node runtime gives
 * (validate, evaluate and explain) for every example of every type.
 */

import { createServer, type Server } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCodeSystems } from '../../src/codesystems/load.js';
import { listExamples } from '../../src/examples.js';
import { GENERATED_DIR, PACKAGE_ROOT, loadRuntime } from '../../src/project.js';
import { launchTestBrowser, type TestBrowser } from '../helpers/browser.js';

/** The budget for the runtime's code; models and code systems are data and come separately. */
export const BROWSER_BUDGET = { minifiedBytes: 100 * 1024, gzipBytes: 32 * 1024 };

const bundle = readFileSync(join(PACKAGE_ROOT, 'dist/browser/intyg.js'), 'utf8');

describe('dist/browser/intyg.js', () => {
  it('is one ES module without Node APIs or require()', () => {
    expect(bundle).not.toMatch(/["']node:|\brequire\(|process\.env/);
    expect(bundle).toMatch(/export\s*\{/);
  });

  it(`stays within its budget: ≤ ${BROWSER_BUDGET.minifiedBytes / 1024} KB minified, ≤ ${BROWSER_BUDGET.gzipBytes / 1024} KB gzipped`, () => {
    const gzip = gzipSync(bundle).length;
    console.log(`intyg/browser: ${(bundle.length / 1024).toFixed(1)} KB minified, ${(gzip / 1024).toFixed(1)} KB gzipped`);
    expect(bundle.length).toBeLessThanOrEqual(BROWSER_BUDGET.minifiedBytes);
    expect(gzip).toBeLessThanOrEqual(BROWSER_BUDGET.gzipBytes);
  });
});

describe('in Chromium', () => {
  let server: Server;
  let chromium: TestBrowser;
  let origin = '';
  const models = readdirSync(GENERATED_DIR).filter((name) => name.endsWith('.model.json')).map((name) => readFileSync(join(GENERATED_DIR, name), 'utf8'));

  beforeAll(async () => {
    const files: Record<string, [string, string]> = {
      '/': ['text/html', '<!doctype html><meta charset="utf-8"><title>intyg/browser</title>'],
      '/intyg.js': ['text/javascript', bundle],
      '/models.json': ['application/json', JSON.stringify(models)],
      '/codesystems.json': ['application/json', JSON.stringify(loadCodeSystems())],
      '/icd10se-codes.txt': ['text/plain; charset=utf-8', readFileSync(join(PACKAGE_ROOT, 'definitions/_shared/codesystems/icd10se-codes.txt'), 'utf8')],
    };
    server = createServer((request, response) => {
      const file = files[request.url ?? ''];
      response.writeHead(file ? 200 : 404, { 'content-type': file?.[0] ?? 'text/plain' }).end(file?.[1] ?? '');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    chromium = await launchTestBrowser();
  }, 60_000);

  afterAll(async () => {
    await chromium?.close();
    server?.close();
  });

  it('validates, evaluates and explains every example exactly as Node does', async () => {
    const examples = listExamples();
    const node = loadRuntime();
    const page = await chromium.browser.newPage();
    await page.goto(origin);
    // A module script, not import() inside evaluate: the test runner rewrites import() in functions it serialises.
    await page.addScriptTag({ type: 'module', content: "import * as intyg from '/intyg.js'; window.intyg = intyg;" });
    await page.waitForFunction('window.intyg !== undefined');
    const inBrowser = await page.evaluate(async (payloads: Array<{ payload: unknown; today: string }>) => {
      const intyg = (globalThis as unknown as { intyg: any }).intyg;
      const modelTexts = (await (await fetch('/models.json')).json()) as string[];
      const codeSystems = { ...((await (await fetch('/codesystems.json')).json()) as object), icd10se: intyg.icd10ListFromText(await (await fetch('/icd10se-codes.txt')).text()) };
      const runtime = intyg.createRuntime(modelTexts.map((text, index) => intyg.parseCompiledModel(text, `model ${index}`)), codeSystems);
      return payloads.map(({ payload, today }) => ({ validation: runtime.validate(payload, { today }), evaluation: runtime.evaluate(payload, { today }), explanation: runtime.explain(payload, { today }) }));
    }, examples.map((example) => ({ payload: example.payload, today: example.expect.today })));
    expect(inBrowser).toHaveLength(examples.length);
    examples.forEach((example, index) => {
      expect(inBrowser[index].validation, example.file).toEqual(node.validate(example.payload, { today: example.expect.today }));
      expect(inBrowser[index].evaluation, example.file).toEqual(node.evaluate(example.payload, { today: example.expect.today }));
      expect(inBrowser[index].explanation, example.file).toEqual(node.explain(example.payload, { today: example.expect.today }));
    });
    await page.close();
  }, 60_000);
});
