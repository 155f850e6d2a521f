/**
 * The lifecycle across versions, on FK7804 1.2 (retired after 2025-08-04) and 2.0: a retired
 * version takes no new drafts and signs nothing, while its signed certificates validate, print
 * with their own questions and can be revoked; renewing or copying one writes a 2.0 draft
 * through the migration and reports what could not be carried over.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { apply, availableActions, type LifecycleCertificate } from '../../src/lifecycle/index.js';
import { PACKAGE_ROOT } from '../../src/project.js';
import { project } from '../helpers/project.js';
import { pdfPagesAsync, squash, testRenderer } from '../render/helpers.js';
import { contextFor } from './fixtures.js';

const read = (file: string) => JSON.parse(readFileSync(join(PACKAGE_ROOT, 'definitions/fk7804/versions/1.2/examples', file), 'utf8')) as LifecycleCertificate;
const AFTER = '2026-11-23';
const BEFORE = '2024-03-12';
const draft = read('valid-deltid-atgarder-och-kontakt.json');
const signed = read('valid-signerat-efter-avveckling.json');
const { runtime } = project();
const context = (today: string, extra = {}) => ({ ...contextFor('lakare', extra), models: runtime.models, today });

describe('a retired version', () => {
  it('takes no new drafts after its last day, in the national wording', () => {
    expect(apply('create', { type: 'fk7804', version: '1.2', patient: draft.patient }, context(AFTER))).toEqual({
      ok: false, code: 'version-retired',
      reason: 'Du kan ej skapa ett utkast av Läkarintyg för sjukpenning version 1.2 eftersom versionen inte används sedan 2025-08-05. Skapa utkastet i version 2.0.',
    });
    expect(apply('create', { type: 'fk7804', version: '1.2', patient: draft.patient }, context('2025-08-04')).ok).toBe(true);
    expect(apply('create', { type: 'fk7804', patient: draft.patient }, context(AFTER))).toMatchObject({ ok: true, certificates: [{ certificate: { version: '2.0' } }] });
  });

  it('signs no draft after its last day, and says how to go on', () => {
    expect(apply('sign', draft, context(AFTER))).toEqual({
      ok: false, code: 'version-retired',
      reason: 'Du kan ej signera utkastet eftersom Läkarintyg för sjukpenning version 1.2 inte används sedan 2025-08-05. Migrera utkastet till version 2.0, eller skapa ett nytt utkast.',
    });
    expect(apply('sign', draft, context(BEFORE))).toMatchObject({ ok: true, certificates: [{ certificate: { version: '1.2', status: 'signed' } }] });
  });

  it('still validates, prints and revokes its signed certificates', () => {
    expect(runtime.validate(signed, { today: AFTER }).valid).toBe(true);
    const actions = Object.fromEntries(availableActions(signed, context(AFTER)).map((entry) => [entry.action, entry.allowed]));
    expect(actions).toMatchObject({ print: true, revoke: true, send: false, sign: false, renew: true });
    expect(apply('revoke', signed, context(AFTER, { revocation: { reason: 'FEL_PATIENT' } }))).toMatchObject({ ok: true, certificates: [{ certificate: { version: '1.2', status: 'revoked' } }] });
  });

  it('refuses a version the type does not have', () => {
    expect(apply('print', { ...signed, version: '3.0' }, context(AFTER))).toEqual({
      ok: false, code: 'unknown-version', reason: 'Läkarintyg för sjukpenning finns i version 1.2 och 2.0, inte "3.0".',
    });
  });
});

describe('renewing and copying a 1.2 certificate', () => {
  it('renews it as a 2.0 draft, leaving out what Förnya never carries and reporting the rest', () => {
    const result = apply('renew', signed, context(AFTER));
    if (!result.ok) throw new Error(result.reason);
    const [renewed] = result.certificates;
    expect(renewed.relation).toEqual({ kind: 'renews', certificateId: signed.id });
    expect(renewed.certificate).toMatchObject({ type: 'fk7804', version: '2.0', status: 'draft', patient: signed.patient });
    // Neither version's Förnya carries the sick leave, the basis or the prognosis.
    for (const id of ['sjukskrivning', 'baseratPa', 'prognos']) expect(renewed.certificate.answers).not.toHaveProperty(id);
    expect(renewed.certificate.answers).toMatchObject({ diagnoser: [{ code: 'M545' }], sysselsattning: ['NUVARANDE_ARBETE'] });
    expect(renewed.migration).toMatchObject({ from: '1.2', to: '2.0' });
    expect(renewed.migration!.changes.map((entry) => `${entry.kind} ${entry.field}`)).toEqual([
      'dropped arbetslivsinriktadeAtgarder', 'required baseratPa', 'required sjukskrivning', 'required prognos',
    ]);
    expect(renewed.migration!.changes[0].message).toContain('följer inte med till version 2.0');
  });

  it('gives the same answers and report as `intyg migrate`, apart from what Förnya leaves out', () => {
    const locked = { ...draft, status: 'draft' as const };
    const result = apply('copy', locked, context(AFTER, { record: { createdAt: '2024-03-12', careUnit: 'U1', careProvider: 'P1' } }));
    if (!result.ok) throw new Error(result.reason);
    const [copy] = result.certificates;
    const migrated = runtime.migrate(draft, { today: AFTER });
    if (!('report' in migrated)) throw new Error('not migrated');
    expect(copy.certificate.answers).toEqual((migrated.certificate as { answers: unknown }).answers);
    expect(copy.migration!.changes).toEqual(migrated.report.changes.filter((entry) => entry.kind !== 'invalid'));
    expect(copy.certificate.version).toBe('2.0');
  });

  it('replaces a 1.2 certificate with a 2.0 draft', () => {
    const result = apply('replace', { ...signed, signedAt: '2024-03-12' }, context(BEFORE));
    expect(result).toMatchObject({ ok: true, certificates: [{ certificate: { version: '2.0' }, relation: { kind: 'replaces' }, migration: { from: '1.2', to: '2.0' } }] });
  });
});

describe('printing a signed 1.2 certificate', () => {
  const renderer = testRenderer(1);
  afterAll(() => renderer.close());

  it('prints version 1.2’s questions and answers, not 2.0’s', async () => {
    const model = renderer.model(signed, { today: AFTER, printedAt: '2026-11-23T10:00' });
    const labels = model.sections.flatMap((section) => section.questions.map((question) => question.label));
    expect(labels).toContain('Här kan du ange åtgärder som du tror skulle göra det lättare för patienten att återgå i arbete');
    expect(labels).not.toContain('Beskriv de medicinska skälen till att möjligheterna till återgång i arbete försämras');
    const text = squash((await pdfPagesAsync(await renderer.pdf(signed, { today: AFTER, printedAt: '2026-11-23T10:00' }))).join('\n'));
    expect(text).toContain(squash('Sjukdomens konsekvenser'));
    expect(text).toContain(squash('min undersökning av patienten'));
    expect(text).toContain(squash('Patienten förväntas kunna återgå helt i nuvarande sysselsättning efter denna sjukskrivning.'));
    expect(text).toContain(squash('Inte aktuellt'));
    expect(text).not.toContain(squash('min undersökning vid fysiskt vårdmöte'));
  });
});
