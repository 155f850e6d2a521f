/** What apply returns: the new certificates and the effects a service must carry out. */

import { describe, expect, it } from 'vitest';
import { apply, draftLocks, statusOf, type QuestionRecord } from '../../src/lifecycle/index.js';
import { contextFor, inState, models, TODAY } from './fixtures.js';

describe('sign', () => {
  it('a Dödsbevis is sent to Skatteverket on signing, with the sign notice', () => {
    const { certificate, context } = inState('db', 'draft');
    expect(apply('sign', certificate, context)).toEqual({
      ok: true,
      certificates: [{ certificate: { ...certificate, status: 'signed', signedAt: TODAY, sentAt: TODAY } }],
      effects: [{ kind: 'sendToRecipient', recipient: 'SKV' }, { kind: 'notice', text: 'Intyget skickas direkt till Skatteverket.' }],
    });
  });

  it('a Dödsorsaksintyg goes to Socialstyrelsen', () => {
    const { certificate, context } = inState('doi', 'draft');
    const result = apply('sign', certificate, context);
    expect(result.ok && result.effects[0]).toEqual({ kind: 'sendToRecipient', recipient: 'SOS' });
  });

  it('FK7804 is signed and shown in 1177; sending is a separate action', () => {
    const { certificate, context } = inState('fk7804', 'draft');
    const result = apply('sign', certificate, context);
    expect(result.ok && result.effects).toEqual([{ kind: 'publishTo1177' }]);
    expect(result.ok && result.certificates[0].certificate).toMatchObject({ status: 'signed', signedAt: TODAY });
  });

  it('signing a replacement marks the original replaced', () => {
    const { certificate, context } = inState('fk7804', 'draft', 'lakare', { relations: { replaces: 'C0' } });
    const result = apply('sign', certificate, context);
    expect(result.ok && result.effects).toEqual([{ kind: 'publishTo1177' }, { kind: 'markReplaced', certificateId: 'C0' }]);
  });

  it('signing a complement closes the original komplettering questions', () => {
    const questions: QuestionRecord[] = [
      { id: 'Q1', subject: 'KOMPLETTERING', direction: 'incoming', sentAt: '2026-11-22', handled: false },
      { id: 'Q2', subject: 'KONTAKT', direction: 'incoming', sentAt: '2026-11-22', handled: false },
    ];
    const { certificate, context } = inState('fk7804', 'draft', 'lakare', { relations: { complements: 'C0' }, questions });
    const result = apply('sign', certificate, context);
    expect(result.ok && result.effects).toEqual([{ kind: 'publishTo1177' }, { kind: 'closeComplementQuestions', certificateId: 'C0', questionIds: ['Q1'] }]);
  });

  it('a reserve number is never shown in 1177', () => {
    const { certificate, context } = inState('fk7804', 'draft');
    const result = apply('sign', { ...certificate, patient: { personId: '19800101-T123' } }, context);
    expect(result.ok && result.effects).toEqual([]);
  });
});

describe('revoke', () => {
  it('needs a reason for FK7804, and a text for another serious error', () => {
    const { certificate, context } = inState('fk7804', 'sent');
    expect(apply('revoke', certificate, context)).toMatchObject({ ok: false, code: 'revocation-reason-missing' });
    expect(apply('revoke', certificate, { ...context, revocation: { reason: 'ANNAT_ALLVARLIGT_FEL' } })).toMatchObject({ ok: false, code: 'revocation-message-missing' });
    expect(apply('revoke', certificate, { ...context, revocation: { reason: 'FEL_PATIENT' } })).toEqual({
      ok: true,
      certificates: [{ certificate: { ...certificate, status: 'revoked' } }],
      effects: [{ kind: 'notifyRevocation', recipient: 'FKASSA' }],
    });
  });

  it('a signed but unsent certificate notifies nobody', () => {
    const { certificate, context } = inState('fk7804', 'signed', 'lakare', { revocation: { reason: 'FEL_PATIENT' } });
    const result = apply('revoke', certificate, context);
    expect(result.ok && result.effects).toEqual([]);
  });

  it.each([
    ['db', 'Skatteverket på telefon 010-574 94 89'],
    ['doi', 'Socialstyrelsen (Dödsorsaksproduktionen) på telefon 075-247 39 00'],
  ])('%s: no reason needed, the recipient is phoned instead of notified', (type, phone) => {
    const { certificate, context } = inState(type, 'sent');
    const result = apply('revoke', certificate, context);
    expect(result.ok).toBe(true);
    expect(result.ok && result.effects).toHaveLength(1);
    expect(result.ok && result.effects[0]).toMatchObject({ kind: 'notice' });
    expect(result.ok && result.effects[0].kind === 'notice' && result.effects[0].text).toContain(phone);
  });

  it('a locked draft can be revoked', () => {
    const { certificate, context } = inState('fk7804', 'locked', 'lakare', { revocation: { reason: 'FEL_PATIENT' } });
    expect(apply('revoke', certificate, context)).toMatchObject({ ok: true, certificates: [{ certificate: { status: 'revoked' } }] });
  });
});

describe('new drafts from a certificate', () => {
  const answers = { baseratPa: [{ type: 'UNDERSOKNING', date: '2026-11-20' }], sjukskrivning: [], diagnoser: [{ code: 'F32' }], ovrigt: 'x' };

  it('renew leaves out what the policy says', () => {
    const { certificate, context } = inState('fk7804', 'sent');
    const result = apply('renew', { ...certificate, answers }, context);
    expect(result).toMatchObject({ ok: true, certificates: [{ relation: { kind: 'renews', certificateId: 'C1' } }] });
    expect(result.ok && result.certificates[0].certificate).toEqual({
      type: 'fk7804', version: models.get('fk7804')!.version, status: 'draft', patient: certificate.patient, answers: { diagnoser: [{ code: 'F32' }], ovrigt: 'x' },
    });
  });

  it('renew needs a living patient and no signed complement', () => {
    const { certificate, context } = inState('fk7804', 'sent');
    expect(apply('renew', certificate, { ...context, patientDeceased: true })).toMatchObject({ ok: false, code: 'patient-deceased' });
    expect(apply('renew', certificate, { ...context, relations: { complementedBy: { id: 'C2', status: 'signed' } } })).toMatchObject({ ok: false, code: 'complemented' });
    expect(apply('renew', certificate, { ...context, relations: { complementedBy: { id: 'C2', status: 'draft' } } })).toMatchObject({ ok: true });
  });

  it('replace and copy keep every answer', () => {
    for (const [action, state, kind] of [['replace', 'sent', 'replaces'], ['copy', 'locked', 'copies']] as const) {
      const { certificate, context } = inState('fk7804', state);
      const result = apply(action, { ...certificate, answers }, context);
      expect(result.ok && result.certificates[0]).toMatchObject({ certificate: { status: 'draft', answers }, relation: { kind } });
    }
  });

  it('a Dödsorsaksintyg from a signed Dödsbevis gets the shared answers only', () => {
    const { certificate, context } = inState('db', 'sent');
    const db = { ...certificate, answers: { identitetStyrkt: 'körkort', dodsdatumSakert: true, dodsdatum: '2026-11-19', polisanmalan: false } };
    const result = apply('createFromTemplate', db, context);
    expect(result.ok && result.certificates[0]).toMatchObject({
      certificate: { type: 'doi', status: 'draft', answers: { identitetStyrkt: 'körkort', dodsdatumSakert: true, dodsdatum: '2026-11-19' } },
      relation: { kind: 'prefilledFrom', certificateId: 'C1' },
    });
    expect(result.ok && result.certificates[0].certificate.answers).not.toHaveProperty('polisanmalan');
  });

  it('only on the same care unit within the same care provider', () => {
    const { certificate, context } = inState('db', 'sent', 'lakare', { record: { careUnit: 'U2', careProvider: 'P1' } });
    expect(apply('createFromTemplate', certificate, context)).toMatchObject({ ok: false, code: 'other-care-unit' });
  });

  it('complement needs an open komplettering', () => {
    const questions: QuestionRecord[] = [{ id: 'Q1', subject: 'KOMPLETTERING', direction: 'incoming', sentAt: '2026-11-22', handled: false }];
    const { certificate, context } = inState('fk7804', 'sent', 'lakare', { questions });
    expect(apply('complement', certificate, context)).toMatchObject({ ok: true, certificates: [{ relation: { kind: 'complements' } }] });
    const done = { ...context, questions: [{ ...questions[0], handled: true }] };
    expect(apply('complement', certificate, done)).toMatchObject({ ok: false, code: 'no-complement-request' });
  });

  it('print marks drafts, locked drafts and revoked certificates', () => {
    const marks = (['draft', 'locked', 'signed', 'revoked'] as const).map((state) => {
      const { certificate, context } = inState('fk7804', state);
      const result = apply('print', certificate, context);
      return result.ok && result.effects[0];
    });
    expect(marks).toEqual([{ kind: 'print', watermark: 'UTKAST' }, { kind: 'print', watermark: 'LÅST UTKAST' }, { kind: 'print' }, { kind: 'print', watermark: 'MAKULERAT' }]);
  });
});

describe('locking', () => {
  const config = { lockAfterDays: 14, lockCutoff: '2024-09-05' };

  it.each([
    ['2024-08-01', '2024-08-14', false],
    ['2024-08-01', '2024-08-15', true],
    ['2024-09-04', '2026-01-01', true],
    ['2024-09-05', '2026-01-01', false],
    ['2025-01-01', '2026-01-01', false],
  ])('created %s, today %s: locked %s', (createdAt, today, locked) => {
    expect(draftLocks(createdAt, today, config)).toBe(locked);
  });

  it('takes the days and the cut-off from configuration', () => {
    const { certificate, context } = inState('fk7804', 'draft', 'lakare', {
      record: { createdAt: '2026-11-10' }, config: { lockAfterDays: 5, lockCutoff: '2030-01-01' },
    });
    expect(statusOf(certificate, context)).toBe('locked');
    expect(statusOf(certificate, { ...context, config: { lockAfterDays: 30 } })).toBe('draft');
  });

  it('a draft without a known creation date never locks', () => {
    expect(statusOf({ type: 'fk7804', status: 'draft' }, contextFor())).toBe('draft');
  });
});
