/**
 * Issue 12, points 5 and 11: the person rules of the national action specifications (deceased
 * patient, protected identity, test persons) and what the national validation does with serial 000.
 */

import { describe, expect, it } from 'vitest';
import { apply, availableActions, type LifecycleCertificate, type LifecycleContext } from '../../../src/lifecycle/index.js';
import { parsePersonId, parsePersonIdentity } from '../../../src/util/personnummer.js';
import { example, runtime } from './helpers.js';

const DECEASED = 'Du kan ej utföra den begärda åtgärden eftersom patienten är avliden.';
const PROTECTED =
  'Du saknar behörighet för den begärda åtgärden. Det krävs särskilda rättigheter eller en specifik befattning för att hantera patienter med skyddade personuppgifter.';

const context = (extra: Partial<LifecycleContext> = {}, profession: LifecycleContext['user']['profession'] = 'lakare'): LifecycleContext => ({
  models: runtime.models,
  user: { profession, careUnit: 'U1', careProvider: 'P1' },
  today: '2026-11-23',
  record: { createdAt: '2026-11-20', careUnit: 'U1', careProvider: 'P1' },
  consent: true,
  ...extra,
  runtime: extra.runtime ?? runtime,
});
const certificate = (type: string, status: LifecycleCertificate['status'] = 'signed'): LifecycleCertificate => ({
  id: 'C1', type, status, signedAt: '2026-11-21', patient: { personId: '191212121212' }, answers: {},
});
const verdict = (action: string, cert: LifecycleCertificate, ctx: LifecycleContext) => availableActions(cert, ctx).find((entry) => entry.action === action)!;

describe('point 5: a deceased patient (certificate-service ActionRulePatientAlive)', () => {
  it('refuses creating, replacing, renewing and complementing an FK7804 with the national reason', () => {
    const ctx = context({ patientDeceased: true, questions: [{ id: 'Q1', subject: 'KOMPLETTERING', direction: 'incoming', sentAt: '2026-11-22', handled: false }] });
    expect(apply('create', certificate('fk7804', 'draft'), ctx)).toEqual({ ok: false, code: 'patient-deceased', reason: DECEASED });
    for (const action of ['replace', 'renew', 'complement'] as const) {
      expect(verdict(action, { ...certificate('fk7804'), sentAt: '2026-11-21' }, ctx), action).toMatchObject({ allowed: false, code: 'patient-deceased', reason: DECEASED });
    }
    // Signing, sending and printing what exists are not person rules.
    expect(verdict('print', certificate('fk7804'), ctx).allowed).toBe(true);
  });

  it('allows the death certificates, which are about the deceased', () => {
    const ctx = context({ patientDeceased: true });
    expect(verdict('create', certificate('db', 'draft'), ctx).allowed).toBe(true);
    expect(verdict('createFromTemplate', certificate('db'), ctx).allowed).toBe(true);
  });
});

describe('point 5: protected identity (sekretessmarkering)', () => {
  it('lets only the roles certificate-service allows handle the patient', () => {
    expect(verdict('create', certificate('fk7804', 'draft'), context({ patientProtected: true }, 'sjukskoterska'))).toMatchObject({ allowed: false, code: 'protected-person', reason: PROTECTED });
    expect(verdict('create', certificate('fk7804', 'draft'), context({ patientProtected: true }, 'lakare')).allowed).toBe(true);
    expect(verdict('create', certificate('fk7804', 'draft'), context({ patientProtected: true }, 'tandlakare')).allowed).toBe(true);
    // Pregnancy certificates: the signing midwife may (FK7210CertificateActionSpecification).
    expect(verdict('create', certificate('fk7210', 'draft'), context({ patientProtected: true }, 'barnmorska')).allowed).toBe(true);
  });

  it('only on the care unit that holds the certificate', () => {
    const elsewhere = context({ patientProtected: true, user: { profession: 'lakare', careUnit: 'U2', careProvider: 'P1' } });
    expect(verdict('sign', certificate('fk7804', 'draft'), elsewhere)).toMatchObject({ allowed: false, code: 'protected-person-unit', reason: PROTECTED });
    // On its own unit a complete draft may be signed (signing validates the draft, so it must be complete).
    const { certificate: complete, today } = example('fk7804', 'valid-heltid-lumbago');
    expect(verdict('sign', { ...complete, status: 'draft' }, context({ patientProtected: true, today })).allowed).toBe(true);
  });

  it('nobody handles death certificates for a protected patient (Webcert HANTERA_SEKRETESSMARKERAD_PATIENT excludes db and doi)', () => {
    expect(verdict('create', certificate('db', 'draft'), context({ patientProtected: true }))).toMatchObject({ allowed: false, reason: PROTECTED });
  });

  it('prints with the national notice, and the printout carries no name or address of the patient', () => {
    const result = apply('print', certificate('fk7804'), context({ patientProtected: true }));
    expect(result.ok && result.effects).toEqual([{ kind: 'print' }, { kind: 'notice', text: 'Patienten har skyddade personuppgifter. Hantera utskriften varsamt.' }]);
    const { certificate: payload } = example('fk7804', 'valid-heltid-lumbago');
    // The envelope has no place for them: a name or address is refused, never printed.
    const withName = { ...payload, patient: { ...payload.patient, name: 'Tolvan Tolvansson', address: 'Hemligvägen 1' } };
    expect(runtime.validate(withName, { today: '2026-11-20' }).errors.map((issue) => issue.field).sort()).toEqual(['patient.address', 'patient.name']);
  });
});

describe('point 5: test persons (ActionRuleBlockTestIndicatedPerson)', () => {
  it('are never sent: "Åtgärden kan inte utföras för testpersoner."', () => {
    expect(verdict('send', certificate('fk7804'), context({ patientTestIndicated: true }))).toMatchObject({ allowed: false, reason: 'Åtgärden kan inte utföras för testpersoner.' });
    const signed = apply('sign', certificate('db', 'draft'), context({ patientTestIndicated: true }));
    expect(signed.ok && signed.effects.some((effect) => effect.kind === 'sendToRecipient')).toBe(false);
  });
});

describe('point 11: personnummer with serial 000, as the national validation does', () => {
  // webcert PersonnummerChecksumValidatorTest: 19800131-0005 and the samordningsnummer
  // 19800191-0002 are valid; only the check digit is checked, not the serial.
  it('accepts serial 000 with the right check digit, in validation and in the lifecycle', () => {
    for (const id of ['19800131-0005', '198001310005', '19800191-0002']) {
      expect(parsePersonId(id), id).not.toBeNull();
      expect(parsePersonIdentity(id, '2026-11-20').ok, id).toBe(true);
    }
    const { certificate: payload } = example('fk7804', 'valid-heltid-lumbago');
    expect(runtime.validate({ ...payload, patient: { personId: '198001310005' } }, { today: '2026-11-20' }).errors).toEqual([]);
  });

  it('rejects what the national test rejects: a wrong check digit', () => {
    for (const id of ['19800131-0001', '19800131-0004', '198001310006']) expect(parsePersonId(id), id).toBeNull();
  });
});
