/**
 * validate() and evaluate() never throw and never hang, whatever JSON arrives: arbitrary values,
 * huge strings, deep nesting, and keys that try to reach Object.prototype.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { project } from '../helpers/project.js';

const { runtime, result } = project();
const types = result.models.map((model) => model.id);

function expectResultShape(outcome: ReturnType<typeof runtime.validate>): void {
  expect(typeof outcome.valid).toBe('boolean');
  for (const list of [outcome.errors, outcome.warnings, outcome.info]) {
    for (const issue of list) {
      expect(typeof issue.field).toBe('string');
      expect(typeof issue.code).toBe('string');
      expect(typeof issue.message).toBe('string');
    }
  }
}

function nested(depth: number): unknown {
  let value: unknown = 'botten';
  for (let i = 0; i < depth; i += 1) value = i % 2 ? [value] : { a: value };
  return value;
}

describe('validate on hostile input', () => {
  it('returns a result for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectResultShape(runtime.validate(value, { today: '2026-11-20' }));
        expect(runtime.evaluate(value, { today: '2026-11-20' })).toBeTypeOf('object');
      }),
      { numRuns: 500 },
    );
  });

  it('returns a result for any JSON answers of a known type', () => {
    fc.assert(
      fc.property(fc.constantFrom(...types), fc.dictionary(fc.string(), fc.jsonValue()), (type, answers) => {
        const model = runtime.models.get(type)!;
        expectResultShape(runtime.validate({ type, version: model.version, patient: { personId: '191212121212' }, answers }, { today: '2026-11-20' }));
      }),
      { numRuns: 500 },
    );
  });

  it('puts every field of every type through wrong JSON values without throwing', () => {
    for (const model of runtime.models.values()) {
      for (const field of model.fields) {
        for (const value of [null, 0, -1, 1e308, true, '', 'x', [], [null], [[]], {}, { from: 1 }, [{ code: 5 }], nested(50)]) {
          const certificate = { type: model.id, version: model.version, patient: { personId: '191212121212' }, answers: { [field.id]: value } };
          expectResultShape(runtime.validate(certificate, { today: '2026-11-20' }));
        }
      }
    }
  });

  it('handles a 5 MB text quickly and reports it as too long', () => {
    const huge = 'å'.repeat(5_000_000);
    const started = performance.now();
    const outcome = runtime.validate({ type: 'ag114', version: runtime.models.get('ag114')!.version, patient: { personId: '191212121212' }, answers: { ovrigt: huge, annatBeskrivning: huge } }, { today: '2026-11-20' });
    expect(performance.now() - started).toBeLessThan(2000);
    expectResultShape(outcome);
    expect(outcome.valid).toBe(false);
  });

  it('survives nesting 100 000 levels deep in any answer', () => {
    const deep = nested(100_000);
    for (const model of runtime.models.values()) {
      const answers = Object.fromEntries(model.fields.map((field) => [field.id, deep]));
      expectResultShape(runtime.validate({ type: model.id, version: model.version, patient: { personId: '191212121212' }, answers }, { today: '2026-11-20' }));
    }
  });

  it('treats __proto__, constructor and prototype keys as unknown data, never as prototype access', () => {
    const payload = JSON.parse(`{
      "type": "fk7804", "version": "${runtime.models.get('fk7804')!.version}", "__proto__": { "polluted": true },
      "patient": { "personId": "191212121212", "__proto__": { "birthDate": "1800-01-01" } },
      "answers": { "__proto__": { "smittbararpenning": true }, "constructor": { "prototype": { "x": 1 } }, "toString": "x",
                   "baseratPa": { "__proto__": "2026-11-19" }, "sjukskrivning": { "constructor": { "from": "2026-11-20", "to": "2026-11-21" } } }
    }`);
    const outcome = runtime.validate(payload, { today: '2026-11-20' });
    expectResultShape(outcome);
    const unknown = outcome.errors.filter((issue) => issue.code === 'unknown-field').map((issue) => issue.field);
    expect(unknown).toEqual(expect.arrayContaining(['__proto__', 'constructor', 'toString']));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(runtime.evaluate(payload, { today: '2026-11-20' }).fields.diagnoser.shown).toBe(true);
  });

  it('rejects types and versions it does not know with a result, not an exception', () => {
    expect(runtime.validate({ type: 'constructor', answers: {} }).errors[0].code).toBe('unknown-type');
    expect(runtime.validate({ type: '__proto__', answers: {} }).errors[0].code).toBe('unknown-type');
    expect(runtime.validate({ type: 'fk7804', version: '9.9', answers: {} }).errors[0].code).toBe('unknown-version');
    expect(runtime.validate('text').errors[0].code).toBe('invalid-payload');
  });
});
