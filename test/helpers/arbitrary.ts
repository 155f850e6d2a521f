/** fast-check arbitraries for whole certificate payloads of a type, built from the kinds' own. */

import * as fc from 'fast-check';
import { getKind } from '../../src/fields/registry.js';
import type { KindEnvironment } from '../../src/fields/kind.js';
import type { CertificateModel } from '../../src/model/types.js';

export function answersArbitrary(model: CertificateModel, env: KindEnvironment): fc.Arbitrary<Record<string, unknown>> {
  const parts: Record<string, fc.Arbitrary<unknown>> = {};
  for (const field of model.fields) {
    const kind = getKind(field.kind);
    // Passing fast-check itself as the kinds' ArbitraryApi is what checks that the description fits.
    if (kind.hasAnswer && kind.arbitrary) parts[field.id] = kind.arbitrary(field, fc, env) as fc.Arbitrary<unknown>;
  }
  return fc.record(parts, { requiredKeys: [] });
}

export function certificateArbitrary(model: CertificateModel, env: KindEnvironment): fc.Arbitrary<Record<string, unknown>> {
  return fc.record({
    answers: answersArbitrary(model, env),
    personId: fc.constantFrom('191212121212', '194011306125', '202611012384', '197001711234', '12345'),
    extra: fc.option(fc.constantFrom('okandFraga', 'constructor', '__proto__'), { nil: undefined }),
  }).map(({ answers, personId, extra }) => {
    const withExtra = extra ? Object.assign(JSON.parse(`{${JSON.stringify(extra)}: "x"}`), answers) : answers;
    return {
      type: model.id,
      version: model.version,
      status: 'draft',
      patient: { personId },
      issuer: { hsaId: 'SE2321000016-1003', name: 'Ajla Doktor', profession: 'lakare' },
      unit: { hsaId: 'SE2321000016-1001', name: 'Vårdcentralen', address: 'Storgatan 1', postalCode: '11122', city: 'Stockholm', phone: '0812345' },
      answers: withExtra,
    };
  });
}
