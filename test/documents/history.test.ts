/**
 * The patient history a registration is checked against: "on sick leave" is the existing
 * sjukfall()'s answer on the contact date, valid consents are consentFor()'s, and a consent that
 * does not validate grants nothing.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sjukfall, type SickLeaveCertificate } from '../../src/decision/sjukfall.js';
import { createHistory } from '../../src/documents/history.js';
import { project } from '../helpers/project.js';
import { example } from '../server/helpers.js';

const { runtime } = project();
const PATIENT = '191212121212';
const certificate = (from: string, to: string, extra: Record<string, unknown> = {}) => ({
  type: 'fk7804', id: `${from}`, status: 'signed', patient: { personId: PATIENT }, unit: { hsaId: 'SE1' }, answers: { sjukskrivning: { HALFTEN: { from, to } } }, ...extra,
});

describe('on sick leave', () => {
  it('is unknown without certificates, no for a patient with none, yes inside a period', () => {
    expect(createHistory(runtime, {}).onSickLeave(PATIENT, '2026-03-16')).toBeUndefined();
    const history = createHistory(runtime, { certificates: [certificate('2026-03-01', '2026-03-31')] });
    expect(history.onSickLeave('194011306125', '2026-03-16')).toBe(false);
    expect(history.onSickLeave(PATIENT, '2026-03-16')).toBe(true);
    expect(history.onSickLeave('19121212-1212', '2026-03-31')).toBe(true);
    expect(history.onSickLeave(PATIENT, '2026-04-01')).toBe(false);
  });

  it('drafts and revoked certificates do not make a patient sick-listed, as in sjukfall()', () => {
    const history = createHistory(runtime, { certificates: [certificate('2026-03-01', '2026-03-31', { status: 'draft' }), certificate('2026-03-01', '2026-03-31', { status: 'revoked' })] });
    expect(history.onSickLeave(PATIENT, '2026-03-16')).toBe(false);
  });

  it('agrees with sjukfall() on generated certificates and dates (the shortcut only skips patients with no period around the date)', () => {
    const day = fc.integer({ min: 0, max: 60 }).map((offset) => new Date(Date.UTC(2026, 2, 1 + offset)).toISOString().slice(0, 10));
    const certificates = fc.array(fc.record({ from: day, to: day, status: fc.constantFrom('signed', 'draft', 'revoked', undefined) }), { maxLength: 5 })
      .map((list) => list.map(({ from, to, status }, index) => certificate(from, to, { id: String(index), status })));
    fc.assert(fc.property(certificates, day, (list, date) => {
      const expected = sjukfall(list as SickLeaveCertificate[], { activeDate: date }).some((found) => !found.recentlyEnded);
      expect(createHistory(runtime, { certificates: list }).onSickLeave(PATIENT, date)).toBe(expected);
    }), { numRuns: 300 });
  });
});

describe('consents', () => {
  const consent = example('samtycke-arbetsgivare', 'valid-muntligt-vid-besok');

  it('are unknown without any, and give the actors with a valid consent on the date', () => {
    expect(createHistory(runtime, {}).consentedActors(PATIENT, '2026-03-20')).toBeUndefined();
    const history = createHistory(runtime, { consents: [consent] }, { today: '2026-03-20' });
    expect(history.consentedActors(PATIENT, '2026-03-20')).toEqual(['ARBETSGIVARE']);
    expect(history.consentedActors(PATIENT, '2026-03-01')).toEqual([]);
    expect(history.consentedActors('194011306125', '2026-03-20')).toEqual([]);
  });

  it('a consent that does not validate grants nothing, and says why', () => {
    const incomplete = { ...consent, id: 'ofullstandigt', answers: { ...consent.answers, patientenInformerad: undefined } };
    const history = createHistory(runtime, { consents: [incomplete, example('fk7804', 'valid-heltid-lumbago')] }, { today: '2026-03-20' });
    expect(history.consentedActors(PATIENT, '2026-03-20')).toEqual([]);
    expect(history.rejectedConsents).toEqual([
      { index: 0, id: 'ofullstandigt', reason: 'patientenInformerad: Välj ett alternativ.' },
      { index: 1, id: expect.any(String), reason: 'Inget samtycke (okänd typ eller en annan dokumenttyp).' },
    ]);
  });
});
