/**
 * explain() tells why, from the closures that decide: it must agree with evaluate() on every
 * example and on generated payloads of every type, and its reasons must name the condition in
 * words, its YAML position and the values it read.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCodeSystems } from '../../src/codesystems/load.js';
import { listExamples } from '../../src/examples.js';
import { PACKAGE_ROOT, loadRuntime } from '../../src/project.js';
import type { ExplainResult } from '../../src/runtime/explain.js';
import type { EvaluationResult } from '../../src/runtime/runtime.js';
import { certificateArbitrary } from '../helpers/arbitrary.js';

const runtime = loadRuntime();
const env = { codeSystems: loadCodeSystems() };

function expectAgreement(explanation: ExplainResult, evaluation: EvaluationResult, label: string): void {
  expect(explanation.type, label).toBe(evaluation.type);
  for (const [id, field] of Object.entries(evaluation.fields)) {
    const why = explanation.fields[id];
    expect({ shown: why.shown, required: why.required, enabled: why.enabled }, `${label} ${id}`).toEqual({ shown: field.shown, required: field.required, enabled: field.enabled });
  }
  for (const [id, section] of Object.entries(evaluation.sections)) expect(explanation.sections[id].shown, `${label} section ${id}`).toBe(section.shown);
  const fired = new Set(Object.values(evaluation.fields).flatMap((field) => field.messages.map((message) => message.code)));
  for (const rule of explanation.rules) expect(rule.fired, `${label} rule ${rule.id}`).toBe(fired.has(rule.id));
}

describe('explain() agrees with evaluate()', () => {
  it('on every example', () => {
    const examples = listExamples();
    expect(examples.length).toBeGreaterThan(200);
    for (const example of examples) {
      const today = example.expect.today;
      expectAgreement(runtime.explain(example.payload, { today }), runtime.evaluate(example.payload, { today }), example.file);
    }
  });

  it.each(runtime.models.all().map((model) => [`${model.id} ${model.version}`, model] as const))('on generated %s payloads', (id, model) => {
    fc.assert(fc.property(certificateArbitrary(model, env), (payload) => {
      expectAgreement(runtime.explain(payload, { today: '2026-11-20' }), runtime.evaluate(payload, { today: '2026-11-20' }), id);
    }), { numRuns: 60, seed: 20261206 });
  });

  it('gives the same errors as evaluate() for what cannot be evaluated', () => {
    for (const bad of [null, { type: 'okand' }, { type: 'fk7804', version: '9' }]) {
      expect(runtime.explain(bad).errors).toEqual(runtime.evaluate(bad).errors);
    }
  });
});

describe('the reasons', () => {
  const draft = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'definitions/fk7804/examples/valid-deltid-ojamn-arbetstid.json'), 'utf8'));
  const yaml = readFileSync(join(PACKAGE_ROOT, 'definitions/fk7804/definition.yaml'), 'utf8').split('\n');

  it('name the condition of question 1.3 in words, its YAML line and the value it read', () => {
    const explanation = runtime.explain({ ...draft, answers: { ...draft.answers, baseratPa: { UNDERSOKNING: '2026-11-18' } } }, { today: '2026-11-20' });
    const field = explanation.fields.annatBeskrivning;
    expect(field.shown).toBe(false);
    const [reason] = field.because.shown;
    expect(reason).toMatchObject({ kind: 'condition', key: 'showIf', holds: false });
    expect(reason.condition).toMatch(/^visas när .*annat.* är ikryssad/i);
    expect(reason.location!.file).toBe('definitions/fk7804/definition.yaml');
    expect(yaml[reason.location!.line - 1]).toMatch(/^\s*showIf: \{ fact: baseratPa, path: \$\.ANNAT/);
    expect(reason.facts).toEqual([{ fact: 'baseratPa', path: '$.ANNAT', label: expect.stringContaining('1 '), value: undefined }]);
    expect(reason.text).toMatch(/det gäller inte nu\.$/);
    expect(field.because.required).toEqual([{ kind: 'hidden', text: 'Inte obligatorisk nu, eftersom frågan inte visas.' }]);
  });

  it('say that a field is hidden by its section, and why the section is', () => {
    const explanation = runtime.explain({ ...draft, answers: { smittbararpenning: true } }, { today: '2026-11-20' });
    const reasons = explanation.fields.baseratPa.because.shown;
    expect(reasons[0]).toMatchObject({ kind: 'section', section: 'grundForMedicinsktUnderlag' });
    expect(reasons[0].text).toContain('Grund för medicinskt underlag');
    const section = explanation.sections.grundForMedicinsktUnderlag;
    expect(section.shown).toBe(false);
    expect(section.because[0]).toMatchObject({ kind: 'condition', key: 'hideIf', holds: true });
    expect(section.because[0].facts).toEqual([{ fact: 'smittbararpenning', label: expect.stringContaining('27'), value: true }]);
    expect(yaml[section.because[0].location!.line - 1]).toMatch(/hideIf: \{ fact: smittbararpenning/);
  });

  it('keep a trace of what was decided, leaving out what short-circuiting never reached', () => {
    const explanation = runtime.explain(draft, { today: '2026-11-20' });
    const traces = Object.values(explanation.fields).flatMap((field) => [...field.because.shown, ...field.because.required, ...field.because.enabled]).flatMap((reason) => (reason.trace ? [reason.trace] : []));
    expect(traces.length).toBeGreaterThan(5);
    for (const trace of traces) {
      expect(trace.text.length).toBeGreaterThan(3);
      const visit = (node: typeof trace, reached: boolean): void => {
        if (!reached) expect(node.holds).toBeUndefined();
        node.children?.forEach((child) => visit(child, reached && node.holds !== undefined));
      };
      visit(trace, true);
    }
  });
});
