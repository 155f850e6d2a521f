/**
 * Issue 12, points 7 and 9: FK7804's under-15-days text belongs to sending, with the full dialog;
 * `clean` drops answers to hidden questions (library, CLI, HTTP, and on prefill, copy, renew and
 * create-from-template) and says what it dropped.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apply, type LifecycleContext } from '../../../src/lifecycle/index.js';
import { buildServer, type IntygServer } from '../../../src/server/app.js';
import { runCli, tempDir, writeTemp } from '../../cli/run-cli.js';
import { example, runtime, withAnswers } from './helpers.js';

const context = (extra: Partial<LifecycleContext> = {}): LifecycleContext => ({
  models: runtime.models,
  user: { profession: 'lakare', careUnit: 'U1', careProvider: 'P1' },
  today: '2026-11-23',
  record: { createdAt: '2026-11-20', careUnit: 'U1', careProvider: 'P1' },
  consent: true,
  ...extra,
  runtime: extra.runtime ?? runtime,
});

describe('point 7: the under-15-days notice is part of sending FK7804', () => {
  const { certificate } = example('fk7804', 'valid-kort-sjukskrivning-tva-perioder');
  const signed = { ...certificate, status: 'signed' as const, signedAt: '2026-11-21' };

  it('is no longer validation info', () => {
    const { today } = example('fk7804', 'valid-kort-sjukskrivning-tva-perioder');
    expect(runtime.validate(certificate, { today }).info.map((issue) => issue.code)).not.toContain('kortare-an-15-dagar');
  });

  it('comes with send, in the full text of FK7804CertificateSendContentProvider', () => {
    const result = apply('send', signed, context());
    expect(result.ok).toBe(true);
    const notice = result.ok ? result.effects.find((effect) => effect.kind === 'notice') : undefined;
    expect(notice).toBeDefined();
    const text = (notice as { text: string }).text;
    expect(text).toMatch(/^Om sjukperioden är kortare än 15 dagar ska intyget inte skickas till Försäkringskassan utom i vissa undantagsfall\./);
    expect(text).toContain('Intyget ska skickas till Försäkringskassan från dag 8 i sjukperioden om patienten är:');
    for (const group of ['Egenföretagare', 'Arbetssökande', 'Anställd men arbetsgivaren betalar inte ut sjuklön', 'Studerande och arbetar med rätt till sjukpenning (tjänar mer än 10 700 per år)', 'Ledig med föräldrapenning', 'Ledig med graviditetspenning']) {
      expect(text).toContain(`- ${group}`);
    }
    expect(text).toContain('Upplys patienten om att även göra en ansökan om sjukpenning hos Försäkringskassan.');
  });

  it('a longer sick leave gets the dialog’s other text', () => {
    const long = example('fk7804', 'valid-heltid-lumbago').certificate;
    const result = apply('send', { ...long, status: 'signed', signedAt: '2026-11-21' }, context());
    const texts = result.ok ? result.effects.filter((effect) => effect.kind === 'notice').map((effect) => (effect as { text: string }).text) : [];
    expect(texts).toEqual(['Om du går vidare kommer intyget skickas direkt till Försäkringskassans system vilket ska göras i samråd med patienten.\n\nUpplys patienten om att även göra en ansökan om sjukpenning hos Försäkringskassan.']);
  });
});

describe('point 9: clean drops answers to hidden questions and says which', () => {
  const { certificate, today } = example('ag7804', 'valid-heltid-lumbago');
  // certificate-service's AG7804 prefill: 39 STOR_SANNOLIKHET with answers to 39.2 and 39.4.
  const prefilled = withAnswers(certificate, { prognos: 'STOR_SANNOLIKHET', prognosManader: 12, prognosBeskrivning: 'Grund för bedömning text' });

  it('validation stays strict: not-applicable', () => {
    expect(runtime.validate(prefilled, { today }).errors.map((issue) => `${issue.field} ${issue.code}`)).toEqual(['prognosManader not-applicable', 'prognosBeskrivning not-applicable']);
  });

  it('the library drops them, reports them, and the result validates', () => {
    const outcome = runtime.clean({ ...prefilled, answers: { ...prefilled.answers, gammal: 'x' } }, { today });
    expect(outcome.errors).toEqual([]);
    expect(outcome.dropped.map((entry) => `${entry.field} ${entry.reason}`)).toEqual(['prognosManader hidden', 'prognosBeskrivning hidden', 'gammal unknown-field']);
    expect(outcome.dropped[0].message).toBe('Frågan "Ange antal månader" visas inte; svaret togs bort.');
    expect(runtime.validate(outcome.certificate, { today }).valid).toBe(true);
    expect(prefilled.answers.prognosManader).toBe(12);
  });

  it('intyg clean on the command line', () => {
    const { dir, cleanup } = tempDir('clean');
    try {
      const run = runCli(['clean', writeTemp(dir, 'ag7804.json', JSON.stringify(prefilled)), '--today', today]);
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout).answers.prognosManader).toBeUndefined();
      expect(run.stderr).toContain('tog bort prognosManader: Frågan "Ange antal månader" visas inte; svaret togs bort.');
      expect(runCli(['clean', '-'], { input: '{"type":"okand"}' }).status).toBe(1);
    } finally {
      cleanup();
    }
  });

  describe('POST /clean', () => {
    let server: IntygServer;
    beforeAll(() => {
      server = buildServer({ runtime, lazyBrowser: true, logLevel: 'silent' });
    });
    afterAll(() => server.close());

    it('answers the cleaned certificate and what was dropped', async () => {
      const response = await server.app.inject({ method: 'POST', url: `/clean?today=${today}`, payload: prefilled });
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.dropped.map((entry: { field: string }) => entry.field)).toEqual(['prognosManader', 'prognosBeskrivning']);
      expect(body.certificate.answers.prognosBeskrivning).toBeUndefined();
      expect((await server.app.inject({ method: 'POST', url: '/clean', payload: { type: 'okand' } })).statusCode).toBe(422);
    });
  });

  it('is applied when a draft is prefilled, copied, renewed or created from a template', () => {
    const created = apply('create', { type: 'ag7804', patient: { personId: '191212121212' } }, context({ prefill: prefilled.answers }));
    expect(created.ok && created.certificates[0].dropped?.map((entry) => entry.field)).toEqual(['prognosManader', 'prognosBeskrivning']);
    expect(created.ok && created.certificates[0].certificate.answers?.prognosManader).toBeUndefined();

    const renewed = apply('renew', { ...example('fk7804', 'valid-heltid-lumbago').certificate, status: 'signed', signedAt: '2026-11-21', answers: { ...example('fk7804', 'valid-heltid-lumbago').certificate.answers, transportArbetsplats: true, smittbararpenning: true } }, context());
    expect(renewed.ok && renewed.certificates[0].dropped?.map((entry) => entry.field)).toContain('transportArbetsplats');

    const locked = apply('copy', { ...prefilled, status: 'draft' }, context({ record: { createdAt: '2024-08-01', careUnit: 'U1', careProvider: 'P1' } }));
    expect(locked.ok && locked.certificates[0].dropped?.map((entry) => entry.field)).toEqual(['prognosManader', 'prognosBeskrivning']);

    // A Dödsbevis with a stale uncertain date behind a certain one: the Dödsorsaksintyg gets only what it shows.
    const db = example('db', 'valid-sakert-dodsdatum').certificate;
    const fromTemplate = apply('createFromTemplate', { ...withAnswers(db, { dodsdatumOsakert: '2026-11-00' }), status: 'signed', signedAt: '2026-11-21' }, context());
    expect(fromTemplate.ok && fromTemplate.certificates[0].dropped).toEqual([
      expect.objectContaining({ field: 'dodsdatumOsakert', reason: 'hidden' }),
    ]);
  });
});
