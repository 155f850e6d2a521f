/**
 * One rule definition drives three consumers that must agree on generated payloads:
 * the fast evaluator and json-rules-engine running the emitted rules.json on what is shown,
 * required and enabled and which rules fire; and the generated JSON Schema and the runtime on
 * whether a payload's shape is valid.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GENERATED_DIR } from '../../src/project.js';
import { decide } from '../../src/runtime/decide.js';
import { createEngine, runEngine } from '../../src/runtime/engine-runner.js';
import { contextFacts } from '../../src/rules/facts.js';
import { ARBITRARY_TODAY } from '../../src/fields/arbitrary.js';
import { STRUCTURAL_CODES, generatedName, project, schemaValidator } from '../helpers/project.js';
import { certificateArbitrary, historyArbitrary } from '../helpers/arbitrary.js';

const { result, runtime, input } = project();

describe.each(result.models.map((model) => [`${model.id} ${model.version}`, model] as const))('%s', (_name, model) => {
  const plan = runtime.plans.find(model.id, model.version)!;
  const engine = createEngine(JSON.parse(readFileSync(join(GENERATED_DIR, `${generatedName(model.id, model.version)}.rules.json`), 'utf8')));
  const payloads = certificateArbitrary(model, input.env);

  it('fast evaluator and json-rules-engine decide the same', async () => {
    await fc.assert(
      fc.asyncProperty(payloads, historyArbitrary, async (certificate, history) => {
        const answers = certificate.answers as Record<string, unknown>;
        const context = contextFacts(certificate, ARBITRARY_TODAY, model, history) as never;
        const { values: _values, ...fast } = decide(plan, answers, context);
        const engineDecisions = await runEngine(engine, plan, answers, context);
        expect(engineDecisions).toEqual(fast);
      }),
      { numRuns: 150 },
    );
  });

  it('the JSON Schema accepts a payload exactly when the runtime finds its shape valid', () => {
    const validate = schemaValidator(model.id, model.version);
    fc.assert(
      fc.property(payloads, (certificate) => {
        const outcome = runtime.validate(certificate, { today: ARBITRARY_TODAY });
        const structural = outcome.errors.filter((issue) => STRUCTURAL_CODES.has(issue.code));
        expect({ schemaValid: validate(certificate), structural }).toMatchObject({ schemaValid: structural.length === 0 });
      }),
      { numRuns: 400 },
    );
  });

  it('generated payloads reach shown, hidden, required and rule outcomes', () => {
    const seen = { shown: new Set<string>(), hidden: new Set<string>(), rules: new Set<string>() };
    fc.assert(
      fc.property(payloads, historyArbitrary, (certificate, history) => {
        const decisions = decide(plan, certificate.answers as Record<string, unknown>, contextFacts(certificate, ARBITRARY_TODAY, model, history) as never);
        plan.fields.forEach((fieldPlan, index) => (decisions.shown[index] ? seen.shown : seen.hidden).add(fieldPlan.field.id));
        decisions.hits.forEach((hit) => seen.rules.add(hit.code));
      }),
      { numRuns: 300 },
    );
    const conditional = plan.fields.filter((fieldPlan) => fieldPlan.show).map((fieldPlan) => fieldPlan.field.id);
    // A parity test over payloads that never make a conditional field visible would prove little.
    if (conditional.length > 0) expect(conditional.filter((fieldId) => seen.shown.has(fieldId)).length).toBeGreaterThan(conditional.length / 2);
    expect(seen.rules.size).toBeGreaterThanOrEqual(Math.min(1, model.rules.length));
  });
});
