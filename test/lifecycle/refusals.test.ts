/** The refusals the issue names, each with its code and Swedish reason, and who may do what. */

import { describe, expect, it } from 'vitest';
import { apply, availableActions, type Action, type CertificateRecord, type LifecycleCertificate, type LifecycleContext } from '../../src/lifecycle/index.js';
import { contextFor, inState } from './fixtures.js';

function verdict(action: Action, certificate: LifecycleCertificate, context: LifecycleContext) {
  return availableActions(certificate, context).find((entry) => entry.action === action)!;
}

const deathRecord = (type: string, status: CertificateRecord['status'], careUnit = 'U1', careProvider = 'P1'): CertificateRecord =>
  ({ id: 'OTHER', type, status, careUnit, careProvider });

describe('named refusals', () => {
  it.each([
    ['revoking a draft', 'fk7804', 'draft', 'revoke', 'status-draft', 'Ett utkast kan inte makuleras. Radera utkastet i stället.'],
    ['replacing a replaced certificate', 'fk7804', 'replaced', 'replace', 'status-replaced', 'Intyget har redan ersatts av ett nytt intyg och kan inte ersättas igen.'],
    ['editing a locked draft', 'fk7804', 'locked', 'update', 'status-locked', 'Utkastet är låst och kan inte ändras. Det kan bara raderas, makuleras eller kopieras till ett nytt utkast.'],
    ['signing a locked draft', 'db', 'locked', 'sign', 'status-locked', 'Utkastet är låst och kan inte signeras. Kopiera det till ett nytt utkast och signera det.'],
    ['sending a print-only certificate', 'ag7804', 'signed', 'send', 'print-only', 'Intyget kan inte skickas elektroniskt. Det här intyget behöver du skriva ut och skicka själv.'],
    ['renewing AG1-14', 'ag114', 'signed', 'renew', 'not-renewable', 'Läkarintyg om arbetsförmåga – sjuklöneperioden kan inte förnyas. Skapa ett nytt intyg i stället.'],
  ] as const)('%s', (_name, type, state, action, code, reason) => {
    const { certificate, context } = inState(type, state);
    const entry = verdict(action, certificate, context);
    expect(entry).toMatchObject({ allowed: false, code });
    expect(entry).toMatchObject({ reason });
    expect(apply(action, certificate, context)).toMatchObject({ ok: false, code });
  });

  it('a nurse may write FK7804 but not sign it', () => {
    const { certificate, context } = inState('fk7804', 'draft', 'sjukskoterska');
    expect(verdict('update', certificate, context).allowed).toBe(true);
    expect(verdict('sign', certificate, context)).toMatchObject({
      allowed: false, code: 'not-signer', reason: 'Sjuksköterska får inte signera Läkarintyg för sjukpenning. Det får bara: läkare, tandläkare.',
    });
  });

  it.each([
    ['fk7210', 'sjukskoterska', true], ['fk7210', 'barnmorska', true], ['fk7804', 'tandlakare', true], ['db', 'tandlakare', false],
    ['fk7804', 'vardadministrator', false], ['tstrk1007', 'lakare', true],
  ] as const)('%s signed by %s: %s', (type, profession, allowed) => {
    const { certificate, context } = inState(type, 'draft', profession);
    expect(verdict('sign', certificate, context).allowed).toBe(allowed);
  });

  it('sending without consent, and with it', () => {
    const { certificate, context } = inState('fk7804', 'signed', 'lakare', { consent: false });
    expect(verdict('send', certificate, context)).toMatchObject({ allowed: false, code: 'consent-missing' });
    expect(apply('send', certificate, { ...context, consent: true })).toEqual({
      ok: true,
      certificates: [{ certificate: { ...certificate, sentAt: '2026-11-23' } }],
      // No sick-leave period in this certificate, so the send dialog's general text.
      effects: [{ kind: 'sendToRecipient', recipient: 'FKASSA' }, { kind: 'notice', text: expect.stringMatching(/^Om du går vidare kommer intyget skickas direkt/) }],
    });
  });

  it('Transportstyrelsen needs no consent', () => {
    const { certificate, context } = inState('tstrk1007', 'signed', 'lakare', { consent: false });
    expect(verdict('send', certificate, context).allowed).toBe(true);
  });

  it('sending for a reserve number', () => {
    const { certificate, context } = inState('fk7804', 'signed');
    const reserve = { ...certificate, patient: { personId: '19800101-T123' } };
    expect(verdict('send', reserve, context)).toMatchObject({ allowed: false, code: 'reserve-number' });
  });

  it('a reserve-numbered Dödsbevis is signed but not sent', () => {
    const { certificate, context } = inState('db', 'draft');
    const result = apply('sign', { ...certificate, patient: { personId: '19800101-T123' } }, context);
    expect(result.ok && result.effects.map((effect) => effect.kind)).toEqual(['notice']);
    expect(result.ok && result.certificates[0].certificate.sentAt).toBeUndefined();
  });

  it('a malformed person id blocks creating', () => {
    const { certificate, context } = inState('fk7804', 'draft');
    expect(verdict('create', { ...certificate, patient: { personId: '191212121213' } }, context)).toMatchObject({
      allowed: false, code: 'person-id/checkDigit', reason: 'Kontrollsiffran stämmer inte. Kontrollera personnumret.',
    });
  });
});

describe('uniqueness of Dödsbevis and Dödsorsaksintyg', () => {
  const create = (type: string, existing: CertificateRecord[]) => {
    const context = contextFor('lakare', { existing });
    return verdict('create', { type, patient: { personId: '191212121212' } }, context);
  };

  it('a second Dödsbevis at the same care unit: replace instead', () => {
    expect(create('db', [deathRecord('db', 'signed')])).toMatchObject({
      allowed: false, code: 'unique-certificate',
      reason: 'Det finns ett signerat dödsbevis för detta personnummer. Du kan inte skapa ett nytt dödsbevis men kan däremot välja att ersätta det befintliga dödsbeviset.',
    });
  });

  it('a second Dödsbevis at another care provider: not possible at all', () => {
    expect(create('db', [deathRecord('db', 'sent', 'U9', 'P9')])).toMatchObject({
      allowed: false, code: 'unique-certificate',
      reason: 'Det finns ett signerat dödsbevis för detta personnummer hos annan vårdgivare. Det är inte möjligt att skapa ett nytt dödsbevis.',
    });
  });

  it('a Dödsbevis draft within the care provider blocks a second draft; elsewhere it is a notice', () => {
    expect(create('db', [deathRecord('db', 'draft', 'U2')])).toMatchObject({ allowed: false, code: 'unique-draft' });
    const elsewhere = create('db', [deathRecord('db', 'draft', 'U9', 'P9')]);
    expect(elsewhere.allowed).toBe(true);
    expect(elsewhere.allowed && elsewhere.notices[0]).toMatch(/^Det finns ett utkast på dödsbevis .* hos annan vårdgivare\. Senast skapade dödsbevis är det som gäller\./);
  });

  it('a Dödsorsaksintyg is unique within the care provider; elsewhere the latest applies', () => {
    expect(create('doi', [deathRecord('doi', 'signed', 'U2')])).toMatchObject({ allowed: false, code: 'unique-certificate' });
    const elsewhere = create('doi', [deathRecord('doi', 'signed', 'U9', 'P9')]);
    expect(elsewhere).toMatchObject({ allowed: true });
    expect(elsewhere.allowed && elsewhere.notices[0]).toContain('Senast skapade dödsorsaksintyg är det som gäller.');
  });

  it('a Dödsorsaksintyg without a Dödsbevis in the care provider: allowed, with the national notice', () => {
    const missing = 'Det finns inget dödsbevis i nuläget inom vårdgivaren. Dödsorsaksintyget bör alltid skapas efter dödsbeviset.';
    expect(create('doi', [])).toEqual({ action: 'create', allowed: true, notices: [missing] });
    expect(create('doi', [deathRecord('db', 'sent', 'U2')])).toEqual({ action: 'create', allowed: true, notices: [] });
    expect(create('doi', [deathRecord('db', 'sent', 'U9', 'P9')])).toEqual({ action: 'create', allowed: true, notices: [missing] });
  });

  it('revoked and deleted ones do not count', () => {
    expect(create('db', [deathRecord('db', 'revoked'), deathRecord('db', 'deleted')]).allowed).toBe(true);
  });

  it('signing a Dödsbevis when another care provider has signed one meanwhile', () => {
    const { certificate, context } = inState('db', 'draft', 'lakare', { existing: [deathRecord('db', 'sent', 'U9', 'P9')] });
    expect(verdict('sign', certificate, context)).toMatchObject({
      allowed: false, code: 'unique-certificate',
      reason: 'Det finns ett signerat dödsbevis för detta personnummer hos annan vårdgivare. Det är därför inte möjligt att signera detta dödsbevis.',
    });
  });
});

describe('documents that are not certificates', () => {
  it.each(['samtycke-arbetsgivare', 'vardkontakt-rehab', 'arende-1177'])('%s: no action applies; each refusal says why', (type) => {
    const document = { type, version: '1.0', patient: { personId: '191212121212' }, answers: {} } as unknown as LifecycleCertificate;
    for (const availability of availableActions(document, contextFor())) expect(availability).toMatchObject({ allowed: false, code: 'not-a-certificate', reason: expect.stringContaining('är inget intyg') });
    expect(apply('sign', document, contextFor())).toMatchObject({ ok: false, code: 'not-a-certificate' });
  });
});
