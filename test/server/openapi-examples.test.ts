/** The document's examples: chosen from each definitions/<id>/examples, answers computed, never written by hand. */

import { describe, expect, it } from 'vitest';
import { loadFmb } from '../../src/decision/load.js';
import { listExamples, type Example } from '../../src/examples.js';
import { loadRuntime } from '../../src/project.js';
import { buildExampleBook } from '../../src/server/openapi-examples.js';
import { actionsOf, applyOf } from '../../src/server/routes/certificates.js';
import { sjukfallOf, statisticsTables } from '../../src/server/routes/decision.js';

const runtime = loadRuntime();
const examples = listExamples();
const sources = { runtime, fmb: loadFmb(), tables: statisticsTables() };
const book = buildExampleBook(examples, sources);
const byKey = new Map<string, Example>(examples.map((example) => [`${example.type}-${example.name}`, example]));

describe('buildExampleBook', () => {
  it('answers every /validate and /evaluate request with the runtime\'s result on the example\'s date', () => {
    for (const operation of ['post /validate', 'post /evaluate'] as const) {
      const { request, responses } = book.operations[operation];
      expect(Object.keys(responses![200])).toEqual(Object.keys(request!));
      for (const [key, answer] of Object.entries(responses![200])) {
        const example = byKey.get(key)!;
        const run = operation === 'post /validate' ? runtime.validate : runtime.evaluate;
        expect(answer.value, key).toEqual(run(example.payload, { today: example.expect.today }));
        expect(book.components[key].value).toBe(example.payload);
      }
    }
  });

  it('takes one valid and at most one invalid example per type, never one with shape errors', () => {
    const keys = Object.keys(book.operations['post /validate'].request!);
    for (const id of runtime.models.keys()) {
      const own = keys.filter((key) => byKey.get(key)!.type === id);
      expect(own.filter((key) => byKey.get(key)!.expect.valid), id).toHaveLength(1);
      expect(own.filter((key) => !byKey.get(key)!.expect.valid).length, id).toBeLessThanOrEqual(1);
    }
    const shapeInvalid = examples.find((example) => example.name === 'invalid-annat-for-lang-text' && example.type === 'fk7804')!;
    expect(shapeInvalid).toBeDefined();
    expect(keys).not.toContain('fk7804-invalid-annat-for-lang-text');
  });

  it('computes /actions and /actions/{action} with the routes\' own functions', () => {
    const { request, responses } = book.operations['post /actions'];
    for (const [key, body] of Object.entries(request!)) {
      expect(responses![200][key].value).toEqual(actionsOf(runtime, (body as { value: any }).value));
    }
    const sign = book.operations['post /actions/:action'];
    expect(Object.keys(sign.request!).length).toBeGreaterThan(0);
    for (const [key, body] of Object.entries(sign.request!)) {
      const result = applyOf(runtime, 'sign', (body as { value: any }).value);
      expect(result.ok, key).toBe(true);
      expect(sign.responses![200][key].value).toEqual(result);
    }
  });

  it('builds sjukfall from the sick-leave examples, and FMB from their diagnoses', () => {
    const [request] = Object.values(book.operations['post /sjukfall'].request!) as Array<{ value: any }>;
    expect(request.value.certificates.every((certificate: { status: string }) => certificate.status === 'signed')).toBe(true);
    const [answer] = Object.values(book.operations['post /sjukfall'].responses![200]);
    expect(answer.value).toEqual(sjukfallOf(request.value));
    expect((answer.value as { cases: unknown[] }).cases.length).toBeGreaterThan(0);
    const fmb = book.operations['get /fmb/:code'];
    for (const [code, answer] of Object.entries(fmb.responses![200])) expect(answer.value).toEqual(sources.fmb(code));
  });

  it('leaves out what it has no example for', () => {
    const empty = buildExampleBook([], sources);
    expect(empty.components).toEqual({});
    expect(empty.operations['post /sjukfall']).toBeUndefined();
    const otherVersion = examples.filter((example) => example.type === 'fk7804').map((example) => ({ ...example, payload: { ...(example.payload as object), version: '0.1' } }));
    expect(buildExampleBook(otherVersion, sources).components).toEqual({});
  });
});
