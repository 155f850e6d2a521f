/** fast-check arbitraries for whole document payloads of a type, built from the kinds' own. */

import * as fc from 'fast-check';
import { getKind } from '../../src/fields/registry.js';
import type { KindEnvironment } from '../../src/fields/kind.js';
import type { CertificateModel } from '../../src/model/types.js';
import type { History } from '../../src/documents/history-types.js';
import { actorNames } from '../../src/documents/consent.js';

export function answersArbitrary(model: CertificateModel, env: KindEnvironment): fc.Arbitrary<Record<string, unknown>> {
  const parts: Record<string, fc.Arbitrary<unknown>> = {};
  for (const field of model.fields) {
    const kind = getKind(field.kind);
    // Passing fast-check itself as the kinds' ArbitraryApi is what checks that the description fits.
    if (kind.hasAnswer && kind.arbitrary) parts[field.id] = kind.arbitrary(field, fc, env) as fc.Arbitrary<unknown>;
  }
  return fc.record(parts, { requiredKeys: [] });
}

const UNIT = { hsaId: 'SE2321000016-1001', name: 'Vårdcentralen', address: 'Storgatan 1', postalCode: '11122', city: 'Stockholm', phone: '0812345' };
const date = fc.constantFrom('2026-11-02', '2026-11-20', '2026-12-24', '2025-11-19', '', '2026-02-31', undefined);
const person = (flags: Record<string, fc.Arbitrary<unknown>> = {}) => fc.option(fc.record({
  name: fc.constant('Rut Rehab'),
  profession: fc.constantFrom('lakare', 'sjukskoterska', 'medicinsksekreterare', 'kurator', 'rehabkoordinator'),
  ...flags,
}, { requiredKeys: ['name'] }), { nil: undefined });

/** The envelope of each document kind, valid mostly, and sometimes not (an unknown profession, a bad date). */
function envelopeArbitrary(model: CertificateModel): fc.Arbitrary<Record<string, unknown>> {
  switch (model.document) {
    case 'consent': {
      const actors = Object.keys(actorNames(model));
      return fc.record({
        obtainedOn: date, obtainedBy: person(), unit: fc.constant({ hsaId: UNIT.hsaId }),
        withdrawals: fc.option(fc.array(fc.record({ date: fc.constantFrom('2026-11-10', '2026-11-19'), actors: fc.subarray([...actors, 'OKAND']) }, { requiredKeys: ['date'] }), { maxLength: 2 }), { nil: undefined }),
      }, { requiredKeys: ['unit'] });
    }
    case 'registration':
      return fc.record({ contactDate: date, performedBy: person({ rehabCoordinator: fc.boolean() }), unit: fc.constant({ hsaId: UNIT.hsaId }) }, { requiredKeys: ['unit'] });
    case 'case':
      return fc.record({
        receivedAt: fc.constantFrom('2026-11-18T08:42', '2026-11-18T23:30Z', '2026-02-31T10:00', 'igår', undefined),
        status: fc.constantFrom('ny', 'delsvar', 'besvarad', 'avslutad', 'vilande', undefined),
        firstReplyAt: fc.constantFrom('2026-11-19T09:00', '2026-11-17T09:00', undefined),
        handledBy: person(), unit: fc.constant({ hsaId: UNIT.hsaId }),
      }, { requiredKeys: ['unit'] });
    default:
      return fc.constant({ status: 'draft', issuer: { hsaId: 'SE2321000016-1003', name: 'Ajla Doktor', profession: 'lakare' }, unit: UNIT });
  }
}

export function certificateArbitrary(model: CertificateModel, env: KindEnvironment): fc.Arbitrary<Record<string, unknown>> {
  return fc.record({
    answers: answersArbitrary(model, env),
    envelope: envelopeArbitrary(model),
    personId: fc.constantFrom('191212121212', '194011306125', '202611012384', '197001711234', '12345'),
    extra: fc.option(fc.constantFrom('okandFraga', 'constructor', '__proto__'), { nil: undefined }),
  }).map(({ answers, envelope, personId, extra }) => {
    const withExtra = extra ? Object.assign(JSON.parse(`{${JSON.stringify(extra)}: "x"}`), answers) : answers;
    return { type: model.id, version: model.version, ...envelope, patient: { personId }, answers: withExtra };
  });
}

/**
 * What a patient's history may say to a registration's rules: on sick leave or not or unknown, and
 * which actors have a valid consent (or unknown), independent of the payload so every combination comes up.
 */
export const historyArbitrary: fc.Arbitrary<History | undefined> = fc.option(
  fc.record({
    sick: fc.option(fc.boolean(), { nil: undefined }),
    actors: fc.option(fc.subarray(['ARBETSGIVARE', 'ARBETSFORMEDLINGEN', 'SOCIALTJANSTEN', 'FORSAKRINGSKASSAN']), { nil: undefined }),
  }).map(({ sick, actors }): History => ({ onSickLeave: () => sick, consentedActors: () => actors })),
  { nil: undefined },
);
