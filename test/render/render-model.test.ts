/**
 * What a printout says, before any HTML or browser: the national status wording and watermark
 * per status, the issuer block only on signed certificates, the patient's choice to hide the
 * diagnosis, and the errors for what cannot be printed.
 */

import { describe, expect, it } from 'vitest';
import { RenderError } from '../../src/render/index.js';
import { personIdWithDash } from '../../src/render/render-model.js';
import { PRINTED_AT, testRenderer } from './helpers.js';

const renderer = testRenderer(1);

/** AG1-14, the employer certificate whose definition lets the patient hide the diagnosis. */
const ag114 = (extra: Record<string, unknown> = {}, answers: Record<string, unknown> = {}) => ({
  type: 'ag114',
  version: '2.0',
  id: '378bf436-245c-544e-b7e8-c86a60535fac',
  status: 'draft',
  patient: { personId: '191212121212' },
  issuer: { hsaId: 'SE2321000016-9W4S', name: 'Ajla Doktor', profession: 'lakare' },
  unit: { hsaId: 'SE2321000016-1004', name: 'Vårdcentralen Linden', address: 'Lindvägen 12', postalCode: '21110', city: 'Malmö', phone: '040-123 45 67' },
  answers: {
    baseratPa: { FYSISKUNDERSOKNING: '2026-11-18' },
    yrkeOchArbetsuppgifter: 'Lagerarbetare.',
    formedlaDiagnos: true,
    diagnoser: [{ code: 'M545', description: 'Lumbago' }],
    nedsattArbetsformaga: 'Kan inte lyfta.',
    finnsArbetsformaga: false,
    nedsattningProcent: 100,
    arbetsformagaPeriod: { from: '2026-11-18', to: '2026-11-27' },
    ...answers,
  },
  ...extra,
});

const model = (certificate: unknown, hide?: string[]) => renderer.model(certificate, { printedAt: PRINTED_AT, hide });
const questions = (certificate: unknown, hide?: string[]) => model(certificate, hide).sections.flatMap((section) => section.questions);

describe('status box and watermark', () => {
  it('a draft: must not be given on, UTKAST, no issuer, no signing date, no id', () => {
    const printed = model(ag114());
    expect(printed.statusText).toBe('Detta är en utskrift av ett elektroniskt intygsutkast och ska INTE skickas till arbetsgivaren.');
    expect(printed.watermark).toBe('UTKAST');
    expect(printed.certificateId).toBeUndefined();
    expect(printed.issuer).toEqual({ unitName: 'Vårdcentralen Linden', unitLines: ['Lindvägen 12', '21110 Malmö', '040-123 45 67'] });
  });

  it('a draft of a type sent electronically names the recipient', () => {
    const fk = { ...ag114(), type: 'fk7804', version: '2.0', answers: {} };
    expect(model(fk).statusText).toBe('Detta är en utskrift av ett elektroniskt intygsutkast och ska INTE skickas till Försäkringskassan.');
  });

  it('a locked draft: LÅST UTKAST, still the draft wording', () => {
    const printed = model(ag114({ status: 'locked' }));
    expect(printed.watermark).toBe('LÅST UTKAST');
    expect(printed.statusText).toContain('intygsutkast och ska INTE skickas');
  });

  it('signed: signed wording, no watermark, id, issuer and signing date in Swedish time', () => {
    const printed = model(ag114({ status: 'signed', signedAt: '2026-11-20T09:15:00Z' }));
    expect(printed.statusText).toBe('Detta är en utskrift av ett elektroniskt intyg. Intyget har signerats elektroniskt av intygsutfärdaren.');
    expect(printed.watermark).toBeUndefined();
    expect(printed.certificateId).toBe('378bf436-245c-544e-b7e8-c86a60535fac');
    expect(printed.issuer).toMatchObject({ name: 'Ajla Doktor', signedAt: '2026-11-20 10:15' });
  });

  it('sent: adds that it has been sent to the recipient', () => {
    const fk = { ...ag114({ status: 'signed', signedAt: '2026-11-20', sentAt: '2026-11-20T10:16' }), type: 'fk7804', answers: {} };
    const printed = model(fk);
    expect(printed.status).toBe('sent');
    expect(printed.statusText).toBe(
      'Detta är en utskrift av ett elektroniskt intyg. Intyget har signerats elektroniskt av intygsutfärdaren. Notera att intyget redan har skickats till Försäkringskassan.',
    );
    expect(printed.issuer.signedAt).toBe('2026-11-20');
  });

  it('revoked: MAKULERAT over the signed wording', () => {
    const printed = model(ag114({ status: 'revoked', signedAt: '2026-11-20' }));
    expect(printed.watermark).toBe('MAKULERAT');
    expect(printed.statusText).toContain('Intyget har signerats elektroniskt');
    expect(printed.certificateId).toBeDefined();
  });

  it('an unknown status prints as a draft, never as signed', () => {
    expect(model(ag114({ status: 'hittepå' })).watermark).toBe('UTKAST');
  });
});

describe('content', () => {
  it('keeps definition order and prints only what the rules show', () => {
    const ids = questions(ag114()).map((question) => question.id);
    expect(ids.indexOf('baseratPa')).toBeLessThan(ids.indexOf('diagnoser'));
    expect(ids).not.toContain('annatBeskrivning');
    expect(ids).not.toContain('arbetsformagaBeskrivning');
    expect(ids).not.toContain('langreAn14Dagar');
  });

  it('prints shown questions without an answer as Ej angivet', () => {
    expect(questions(ag114()).find((question) => question.id === 'ovrigt')).toMatchObject({ answer: 'Ej angivet', unanswered: true });
  });

  it('prints an answer of the wrong shape as a notice, not garbled', () => {
    const printed = questions(ag114({}, { arbetsformagaPeriod: 'nästa vecka' })).find((question) => question.id === 'arbetsformagaPeriod');
    expect(printed?.answer).toBe('Svaret har fel format och kan inte skrivas ut.');
  });

  it('prints a draft with no answers at all', () => {
    const { answers: _answers, ...empty } = ag114();
    expect(questions(empty).every((question) => question.unanswered)).toBe(true);
  });

  it('writes the personnummer with a dash, whatever form it came in', () => {
    expect(personIdWithDash('191212121212')).toBe('19121212-1212');
    expect(personIdWithDash('19121212-1212')).toBe('19121212-1212');
    expect(personIdWithDash(191212121212)).toBeUndefined();
  });
});

describe('hiding the diagnosis (AG1-14)', () => {
  it('replaces the diagnoses with the definition text and says the printout is customised', () => {
    const printed = model(ag114({ status: 'signed', signedAt: '2026-11-20' }), ['diagnos']);
    const diagnosis = printed.sections.flatMap((section) => section.questions).find((question) => question.id === 'diagnoser');
    expect(diagnosis).toMatchObject({ answer: 'På patientens begäran uppges inte diagnos', replaced: true });
    expect(JSON.stringify(printed)).not.toContain('M545');
    expect(printed.customised).toBe(true);
    expect(printed.statusText).toBe(
      'Detta är en anpassad utskrift av ett elektroniskt intyg. Viss information i intyget har valts bort. Intyget har signerats elektroniskt av intygsutfärdaren.',
    );
  });

  it('refuses when the certificate has no diagnosis to hide', () => {
    expect(() => model(ag114({}, { formedlaDiagnos: false, diagnoser: undefined }), ['diagnos'])).toThrow(/ingen diagnos att dölja/);
  });

  it('refuses a choice the type does not offer, as a usage error', () => {
    const attempt = () => model(ag114(), ['namn']);
    expect(attempt).toThrow(RenderError);
    expect(attempt).toThrow('AG1-14 kan inte dölja "namn" vid utskrift. Möjliga val: diagnos.');
    try {
      attempt();
    } catch (error) {
      expect((error as RenderError).usage).toBe(true);
    }
  });

  it('is not offered where the definition has nothing hideable (FK7804, smittbärarpenning included)', () => {
    const fk = { ...ag114(), type: 'fk7804', version: '2.0', answers: {} };
    expect(() => model(fk, ['diagnos'])).toThrow('FK7804 har inget som patienten kan dölja vid utskrift.');
  });
});

describe('what cannot be printed', () => {
  it.each([
    ['not an object', 'hej', /JSON-objekt/],
    ['an unknown type', { ...ag114(), type: 'ag999' }, /Okänd intygstyp "ag999"/],
    ['an unknown version', { ...ag114(), version: '9.9' }, /AG1-14 finns i version 2.0, inte "9.9"/],
  ])('%s gives a clear RenderError', (_case, certificate, message) => {
    expect(() => model(certificate)).toThrow(RenderError);
    expect(() => model(certificate)).toThrow(message);
  });

  it('rejects a print time that is no time', () => {
    expect(() => renderer.model(ag114(), { printedAt: 'i morgon' })).toThrow(/printedAt/);
  });
});
