/**
 * The adversarial payload corpus (scripts/bench/adversarial-payloads.ts) through the library, as a
 * service embedding it would call it with already parsed JSON: a result every time, never a
 * throw, the issue lists capped, and time linear in the payload (generous bounds here; the
 * benchmark measures). The service refuses some of these before parsing; the library must cope
 * with them anyway.
 */

import { describe, expect, it } from 'vitest';
import { adversarialPayloads } from '../../scripts/bench/adversarial-payloads.js';
import { sjukfall } from '../../src/decision/sjukfall.js';
import { apply, availableActions, type LifecycleContext } from '../../src/lifecycle/index.js';
import { createProjectRenderer } from '../../src/render/index.js';
import { project } from '../helpers/project.js';

const { runtime } = project();
const corpus = adversarialPayloads(new Map([...runtime.models].map(([id, model]) => [id, model.version])));
const renderer = createProjectRenderer(runtime, { pages: 1 });

function expectCapped(result: { errors: unknown[]; warnings?: unknown[]; info?: unknown[] }): void {
  for (const list of [result.errors, result.warnings ?? [], result.info ?? []]) expect(list.length).toBeLessThanOrEqual(100);
  expect(JSON.stringify(result).length).toBeLessThan(100_000);
}

describe.each(corpus.map((payload) => [payload.name, payload] as const))('%s', (_name, payload) => {
  it('gets an answer from the library, bounded and in time', () => {
    const body = JSON.parse(payload.body) as Record<string, any>;
    const started = performance.now();
    const [route] = payload.route.split('?');
    if (route === '/validate') expectCapped(runtime.validate(body, { today: '2026-11-20' }));
    else if (route === '/evaluate') expect(runtime.evaluate(body, { today: '2026-11-20' })).toHaveProperty('fields');
    else if (route === '/render') expect(renderer.html(body, { printedAt: '2026-11-20T12:00' })).toMatch(/^<!DOCTYPE html>/);
    else if (route.startsWith('/actions')) {
      const context: LifecycleContext = { models: runtime.models, runtime, ...body.context, user: { careUnit: 'U1', careProvider: 'P1', ...body.context.user } };
      const outcome = route === '/actions/sign' ? apply('sign', body.certificate, context) : availableActions(body.certificate, context);
      expect(JSON.stringify(outcome).length).toBeLessThan(100_000);
    } else expect(Array.isArray(sjukfall(body.certificates, { activeDate: body.activeDate }))).toBe(true);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
