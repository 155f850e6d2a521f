/**
 * Seed 001: "Samtycke för sekretesslättning gäller 1 år från inhämtandet och patient kan när som
 * helst ta tillbaka samtycket helt eller delvis." consentFor() answers "is there valid consent for
 * actor X on date D?" from the patient's consent documents, with the reason in Swedish.
 */

import { describe, expect, it } from 'vitest';
import { consentFor, consentRecord, consentValidUntil, actorsWithConsent, type ConsentRecord } from '../../src/documents/consent.js';
import { project } from '../helpers/project.js';
import { example } from '../server/helpers.js';

const { runtime } = project();
const employer = runtime.models.get('samtycke-arbetsgivare')!;
const external = runtime.models.get('samtycke-externa-aktorer')!;

function record(overrides: Record<string, unknown> = {}, type: 'ag' | 'ext' = 'ag'): ConsentRecord {
  const base = type === 'ag' ? example('samtycke-arbetsgivare', 'valid-muntligt-vid-besok') : example('samtycke-externa-aktorer', 'valid-arbetsformedlingen-och-socialtjansten');
  return consentRecord({ ...base, ...overrides }, type === 'ag' ? employer : external)!;
}
const ask = (records: ConsentRecord[], actor: string, date: string, information?: string) => consentFor(records, { personId: '19121212-1212', actor, date, ...(information ? { information } : {}) });

describe('valid for 1 year from the day it was obtained', () => {
  it('through the same date a year later (Lag 1930:173), and a 29 February consent through 28 February', () => {
    expect(consentValidUntil('2026-03-10', 1)).toBe('2027-03-10');
    expect(consentValidUntil('2024-02-29', 1)).toBe('2025-02-28');
  });

  it.each([
    ['2026-03-09', false, 'inhämtades först 2026-03-10'],
    ['2026-03-10', true, 'Giltigt samtycke för Arbetsgivaren'],
    ['2027-03-10', true, 'gäller till och med 2027-03-10'],
    ['2027-03-11', false, 'har gått ut'],
  ])('on %s: %s', (date, valid, reason) => {
    const answer = ask([record()], 'ARBETSGIVARE', date);
    expect(answer.valid).toBe(valid);
    expect(answer.reason).toContain(reason);
  });
});

describe('which actor', () => {
  it('the employer form covers the employer only', () => {
    expect(ask([record()], 'ARBETSFORMEDLINGEN', '2026-03-20')).toMatchObject({ valid: false, reason: expect.stringContaining('gäller inte ARBETSFORMEDLINGEN') });
  });

  it('the external actors form covers the actors ticked', () => {
    const consent = record({}, 'ext');
    expect(consent.actors).toEqual(['ARBETSFORMEDLINGEN', 'SOCIALTJANSTEN']);
    expect(ask([consent], 'SOCIALTJANSTEN', '2026-03-20').valid).toBe(true);
    expect(ask([consent], 'FORSAKRINGSKASSAN', '2026-03-20').reason).toBe('Samtycket (inhämtat 2026-02-02, gäller till och med 2027-02-02) gäller inte Försäkringskassan.');
  });

  it('another patient\'s consent does not count', () => {
    expect(consentFor([record()], { personId: '194011306125', actor: 'ARBETSGIVARE', date: '2026-03-20' })).toEqual({ valid: false, reason: 'Det finns inget samtycke för patienten.' });
  });
});

describe('withdrawn wholly or in part', () => {
  it('wholly: from the withdrawal date on, for every actor', () => {
    const consent = record({ withdrawals: [{ date: '2026-03-15' }] });
    expect(ask([consent], 'ARBETSGIVARE', '2026-03-14').valid).toBe(true);
    expect(ask([consent], 'ARBETSGIVARE', '2026-03-15')).toMatchObject({ valid: false, reason: 'Patienten tog tillbaka samtycket helt 2026-03-15.' });
  });

  it('in part, for one actor: the others still hold', () => {
    const consent = record({ withdrawals: [{ date: '2026-03-01', actors: ['SOCIALTJANSTEN'] }] }, 'ext');
    expect(ask([consent], 'SOCIALTJANSTEN', '2026-03-20').reason).toBe('Patienten tog tillbaka samtycket för Socialtjänsten 2026-03-01.');
    expect(ask([consent], 'ARBETSFORMEDLINGEN', '2026-03-20').valid).toBe(true);
    expect(actorsWithConsent([consent], '2026-03-20')).toEqual(['ARBETSFORMEDLINGEN']);
  });

  it('in part, for some information: asked about that information it is withdrawn, about the rest it holds', () => {
    const consent = record({ withdrawals: [{ date: '2026-03-15', information: ['MEDICINSK_HANSYN'] }] });
    expect(ask([consent], 'ARBETSGIVARE', '2026-03-20', 'MEDICINSK_HANSYN')).toMatchObject({ valid: false, reason: 'Patienten tog tillbaka samtycket delvis 2026-03-15.' });
    expect(ask([consent], 'ARBETSGIVARE', '2026-03-20', 'AKTIVITETER').valid).toBe(true);
    expect(ask([consent], 'ARBETSGIVARE', '2026-03-20').valid).toBe(true);
    expect(ask([consent], 'ARBETSGIVARE', '2026-03-20', 'MALSATTNING').reason).toContain('omfattar inte uppgiften');
  });
});

describe('several consents', () => {
  it('a newer consent replaces an expired one, and the answer names it', () => {
    const old = record({ id: 'gammalt', obtainedOn: '2025-01-10' });
    const renewed = record({ id: 'nytt', obtainedOn: '2026-02-01' });
    expect(ask([old, renewed], 'ARBETSGIVARE', '2026-03-20').consent).toMatchObject({ id: 'nytt', validUntil: '2027-02-01' });
    expect(ask([old], 'ARBETSGIVARE', '2026-03-20')).toMatchObject({ valid: false, consent: { id: 'gammalt' } });
  });

  it('without a date obtained, a consent is no record at all', () => {
    expect(consentRecord({ ...example('samtycke-arbetsgivare', 'valid-muntligt-vid-besok'), obtainedOn: undefined }, employer)).toBeUndefined();
    expect(consentRecord(example('fk7804', 'valid-heltid-lumbago'), runtime.models.get('fk7804')!)).toBeUndefined();
  });
});
