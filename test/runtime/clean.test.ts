/** Owns cleanWithPlan: what is dropped (hidden, unknown), what stays, and that one pass suffices. */

import { describe, expect, it } from 'vitest';
import { cleanWithPlan } from '../../src/runtime/clean.js';
import { loadRuntime } from '../../src/project.js';

const runtime = loadRuntime();
const plan = runtime.plans.get('db')!;
const base = { type: 'db', version: '1.0', status: 'draft', patient: { personId: '191212121212' } };

describe('cleanWithPlan', () => {
  it('drops hidden answers and unknown keys, keeps the rest and never changes its input', () => {
    const answers = { dodsdatumSakert: true, dodsdatum: '2026-11-18', dodsdatumOsakert: '2026-11-00', antraffatDodDatum: '2026-11-19', explosivImplantat: false, explosivAvlagsnat: true, vem: 'x' };
    const input = { ...base, answers };
    const { certificate, dropped } = cleanWithPlan(plan, input, '2026-11-20');
    expect(certificate.answers).toEqual({ dodsdatumSakert: true, dodsdatum: '2026-11-18', explosivImplantat: false });
    expect(dropped.map((entry) => [entry.field, entry.reason])).toEqual([
      ['dodsdatumOsakert', 'hidden'], ['antraffatDodDatum', 'hidden'], ['explosivAvlagsnat', 'hidden'], ['vem', 'unknown-field'],
    ]);
    expect(dropped[2]).toMatchObject({ label: 'Om ja, har implantatet avlägsnats?' });
    expect(input.answers).toBe(answers);
    expect(Object.keys(answers)).toHaveLength(7);
  });

  it('is idempotent: cleaning the result drops nothing more', () => {
    const { certificate } = cleanWithPlan(plan, { ...base, answers: { dodsdatumSakert: false, dodsdatum: '2026-11-18', undersokningYttre: 'JA', undersokningDatum: '2026-11-01' } }, '2026-11-20');
    expect(cleanWithPlan(plan, certificate, '2026-11-20').dropped).toEqual([]);
  });

  it('treats missing answers as none', () => {
    expect(cleanWithPlan(plan, { ...base }, '2026-11-20')).toEqual({ certificate: { ...base, answers: {} }, dropped: [] });
  });
});

describe('runtime.clean', () => {
  it('says why a payload cannot be cleaned', () => {
    expect(runtime.clean({ type: 'okand' }).errors[0].code).toBe('unknown-type');
    expect(runtime.clean('x').errors[0].code).toBe('invalid-payload');
  });
});
