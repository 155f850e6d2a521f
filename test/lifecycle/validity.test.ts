/**
 * Nothing invalid is signed or sent: for every type, signing validates the draft on the day it is
 * signed and sending validates the signed certificate as of its signing day; a refusal carries
 * the validation errors. The payloads are the types' own examples.
 */

import { isIssued } from '../../src/model/types.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apply, availableActions, type LifecycleCertificate } from '../../src/lifecycle/index.js';
import { DEFINITIONS_DIR } from '../../src/project.js';
import { contextFor, models, runtime, TODAY, TOLVAN, validDraft } from './fixtures.js';

/** Certificates: consents, registrations and cases are never signed (see refusals.test.ts). */
const TYPES = [...models.values()].filter(isIssued).map((model) => model.id).sort();

/** The type's invalid examples that fail with errors (not only warnings), as drafts of Tolvan's. */
function invalidDrafts(type: string): Array<{ name: string; certificate: LifecycleCertificate }> {
  const dir = join(DEFINITIONS_DIR, type, 'examples');
  return readdirSync(dir)
    .filter((file) => file.startsWith('invalid-') && !file.endsWith('.expect.json'))
    .sort()
    .map((name) => ({ name, certificate: { ...JSON.parse(readFileSync(join(dir, name), 'utf8')), id: 'C1', status: 'draft' } as LifecycleCertificate }))
    .filter(({ certificate }) => !runtime.validate(certificate, { today: TODAY }).valid);
}

describe('signing validates the certificate, for every type', () => {
  it('covers all 18 types', () => {
    expect(TYPES).toHaveLength(18);
  });

  it.each(TYPES)('%s: a valid draft is signed', (type) => {
    const result = apply('sign', validDraft(type), contextFor());
    expect(result).toMatchObject({ ok: true, certificates: [{ certificate: { status: 'signed', signedAt: TODAY } }] });
  });

  it.each(TYPES)('%s: every invalid example is refused with its validation errors', (type) => {
    const drafts = invalidDrafts(type);
    expect(drafts.length).toBeGreaterThan(0);
    for (const { name, certificate } of drafts) {
      const { errors } = runtime.validate(certificate, { today: TODAY });
      const result = apply('sign', certificate, contextFor());
      expect(result, name).toMatchObject({ ok: false, code: 'invalid-certificate', errors });
      expect(!result.ok && result.reason, name).toMatch(/^Intyget kan inte signeras eftersom det har (ett fel|\d+ fel) som måste rättas först\./);
      const sign = availableActions(certificate, contextFor()).find((entry) => entry.action === 'sign');
      expect(sign, name).toMatchObject({ allowed: false, code: 'invalid-certificate', errors });
    }
  });

  it('the Dödsbevis of the report is refused, and nothing is sent to Skatteverket', () => {
    const certificate = { ...validDraft('db'), answers: { identitetStyrkt: 12345, dodsdatum: 'inte ett datum', bogus: true } };
    const result = apply('sign', certificate as unknown as LifecycleCertificate, contextFor());
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ code: 'invalid-certificate' });
    const fields = !result.ok ? result.errors!.map((issue) => `${issue.field} ${issue.code}`) : [];
    expect(fields).toEqual(expect.arrayContaining(['identitetStyrkt invalid-type', 'bogus unknown-field']));
    expect(result).not.toHaveProperty('effects');
  });

  it('validates on the context’s day: an answer that becomes too old on signing day is refused', () => {
    // FK7210's expected birth date may not lie before the day the certificate is signed.
    const draft = validDraft('fk7210');
    const dated = { ...draft, answers: { ...draft.answers, beraknatFodelsedatum: TODAY } };
    expect(apply('sign', dated, contextFor())).toMatchObject({ ok: true });
    expect(apply('sign', dated, contextFor('lakare', { today: '2026-11-24' }))).toMatchObject({
      ok: false, code: 'invalid-certificate', errors: [{ field: 'beraknatFodelsedatum', code: 'date-min' }],
    });
  });

  it('an unknown version cannot be signed', () => {
    // The version the certificate names decides its model, so an unknown one is refused before validation.
    expect(apply('sign', { ...validDraft('fk7804'), version: '0.9' }, contextFor())).toEqual({
      ok: false, code: 'unknown-version', reason: 'Läkarintyg för sjukpenning finns i version 1.2 och 2.0, inte "0.9".',
    });
  });

  it('a reserve-number patient can still be signed (no 1177, no electronic sending)', () => {
    const result = apply('sign', { ...validDraft('fk7804'), patient: { personId: '19800101-T123' } }, contextFor());
    expect(result).toMatchObject({ ok: true, effects: [] });
  });
});

describe('sending validates the signed certificate as of its signing day', () => {
  const signed = (type: string, extra: Partial<LifecycleCertificate> = {}): LifecycleCertificate => ({
    ...validDraft(type), status: 'signed', signedAt: TODAY, ...extra,
  });
  const manual = TYPES.filter((type) => models.get(type)!.lifecycle?.sendMode === 'manual' && models.get(type)!.lifecycle?.electronic);

  it.each(manual)('%s: a valid signed certificate is sent; one tampered with after signing is not', (type) => {
    expect(apply('send', signed(type), contextFor())).toMatchObject({ ok: true, effects: expect.arrayContaining([expect.objectContaining({ kind: 'sendToRecipient' })]) });
    const tampered = signed(type);
    tampered.answers = { ...tampered.answers, tillagdEfterSignering: 'x' };
    expect(apply('send', tampered, contextFor())).toMatchObject({
      ok: false, code: 'invalid-certificate', errors: [{ field: 'tillagdEfterSignering', code: 'unknown-field' }],
    });
    expect(!apply('send', tampered, contextFor()).ok && (apply('send', tampered, contextFor()) as { reason: string }).reason).toMatch(/^Intyget kan inte skickas/);
  });

  it('a limit met on the signing day still holds when the certificate is sent later', () => {
    const draft = validDraft('fk7210');
    const certificate = signed('fk7210', { answers: { ...draft.answers, beraknatFodelsedatum: TODAY } });
    expect(apply('send', certificate, contextFor('lakare', { today: '2026-12-01' }))).toMatchObject({ ok: true });
  });

  it('the signing day is the Swedish one', () => {
    // Examined on the 23rd (max today) and signed at 00:30 Swedish time, still the 22nd in UTC.
    const draft = validDraft('fk7804');
    const certificate = signed('fk7804', { signedAt: '2026-11-22T23:30:00Z', answers: { ...draft.answers, baseratPa: { FYSISKUNDERSOKNING: TODAY } } });
    expect(apply('send', certificate, contextFor('lakare', { today: '2026-12-01' }))).toMatchObject({ ok: true });
    const dayBefore = { ...certificate, signedAt: '2026-11-22T22:30:00Z' };
    expect(apply('send', dayBefore, contextFor('lakare', { today: '2026-12-01' }))).toMatchObject({
      ok: false, errors: [{ field: 'baseratPa.FYSISKUNDERSOKNING', code: 'date-max' }],
    });
  });

  it('an impossible signing time is itself an error', () => {
    expect(apply('send', signed('fk7804', { signedAt: '2026-02-30T25:61' }), contextFor())).toMatchObject({
      ok: false, code: 'invalid-certificate', errors: [{ field: 'signedAt', code: 'invalid-date' }],
    });
  });

  it('Tolvan is the patient throughout', () => {
    expect(validDraft('db').patient).toEqual({ personId: TOLVAN });
  });
});
