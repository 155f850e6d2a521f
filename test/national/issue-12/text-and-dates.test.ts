/**
 * Issue 12, points 3, 4 and 8: blank-only text per model, years and dates bounded by the
 * patient's birth and the signing date, and a malformed certain date that must not feed the rules.
 */

import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';
import { loadCodeSystems } from '../../../src/codesystems/load.js';
import { createRuntime } from '../../../src/runtime/runtime.js';
import { at, example, runtime, withAnswers } from './helpers.js';

const BLANK = 'Fältet får inte fyllas i med endast blanksteg.';

describe('point 3: blank-only free text follows each model', () => {
  it.each([
    ['fk7800', 'valid-ms-minimalt'],
    ['fk7801', 'valid-autism-ny-bedomning'],
    ['fk7802', 'valid-adhd-forlangt-gymnasium'],
  ])('%s (legacy module) rejects spaces in an optional field as the national validator does', (type, name) => {
    const { certificate, today } = example(type, name);
    const result = runtime.validate(withAnswers(certificate, { ovrigt: '   ' }), { today });
    expect(result.errors).toEqual([{ field: 'ovrigt', code: 'blank-text', message: BLANK }]);
  });

  it('a required field of only spaces is unanswered there: "Ange ett svar."', () => {
    const { certificate, today } = example('fk7800', 'valid-ms-minimalt');
    const result = runtime.validate(withAnswers(certificate, { sjukdomsforlopp: '  ' }), { today });
    expect(result.errors).toEqual([{ field: 'sjukdomsforlopp', code: 'required', message: 'Ange ett svar.' }]);
  });

  it.each([['fk7804', 'valid-heltid-lumbago'], ['ag7804', 'valid-heltid-lumbago'], ['ag114', 'valid-med-diagnos']])(
    '%s (v2.0 model) treats spaces as no answer',
    (type, name) => {
      const { certificate, today } = example(type, name);
      expect(runtime.validate(withAnswers(certificate, { ovrigt: '   ' }), { today }).errors).toEqual([]);
    },
  );
});

describe('point 4: years and dates bounded by the patient’s birth and the signing date', () => {
  const R2 = 'Ange ett årtal mellan patientens födelsedatum och dagens datum.';
  const { certificate, today } = example('tstrk1031', 'valid-typ1-insulin-lastbil');
  const year = (value: number, extra: Record<string, unknown> = {}) =>
    at(runtime.validate({ ...withAnswers(certificate, { diabetesDiagnosAr: value }), ...extra }, { today }).errors, 'diabetesDiagnosAr');

  it('TSTRK1031 R2: a year before the birth year or after this year', () => {
    // The example's patient is born 1985 (198506113946).
    expect(year(1984)).toEqual([{ field: 'diabetesDiagnosAr', code: 'year-range', message: R2 }]);
    expect(year(Number(today.slice(0, 4)) + 1)).toEqual([{ field: 'diabetesDiagnosAr', code: 'year-range', message: R2 }]);
    expect(year(1985)).toEqual([]);
    expect(year(Number(today.slice(0, 4)))).toEqual([]);
  });

  it('a signed certificate is bounded by its signing date, not by the day it is checked', () => {
    const signedYear = Number(today.slice(0, 4)) - 1;
    expect(year(signedYear, { status: 'signed', signedAt: `${signedYear}-05-02T10:15` })).toEqual([]);
    expect(year(signedYear + 1, { status: 'signed', signedAt: `${signedYear}-05-02T10:15` })).toEqual([{ field: 'diabetesDiagnosAr', code: 'year-range', message: R2 }]);
  });

  it('an author can bound a date and a year by birth and signing, as min/max and as facts in conditions', () => {
    const yaml = `
id: prov
version: "1.0"
name: Provintyg
code: PROV
recipient: FKASSA
issuers: [lakare]
delivery: { mode: manual, availableIn1177: false }
unitContact: optional
sections:
  - id: avsnitt
    title: Avsnitt
    fields:
      - id: debut
        kind: date
        label: Debut
        min: birthDate
        max: signingDate
        messages: { date-min: Ange ett datum efter patientens födelsedatum. }
      - id: ar
        kind: integer
        label: Årtal
        min: birthYear+18
        max: signingYear
rules:
  - id: ar-samma-som-signering
    severity: info
    target: ar
    when: { fact: ar, operator: equal, value: { fact: signing, path: $.year } }
    message: Samma år som intyget signeras.
  - id: ar-fodelsear
    severity: warning
    target: ar
    when: { fact: ar, operator: lessThan, value: { fact: patient, path: $.birthYear } }
    message: Före födelseåret.
`;
    const compiled = compile({ definitions: [{ file: 'prov/definition.yaml', folder: 'prov', text: yaml }], recipients: new Set(['FKASSA']), env: { codeSystems: loadCodeSystems() } });
    expect(compiled.diagnostics).toEqual([]);
    const prov = createRuntime(compiled.models, loadCodeSystems());
    const base = { type: 'prov', version: '1.0', status: 'draft', patient: { personId: '200001012384' } };
    const run = (answers: Record<string, unknown>, extra = {}) => prov.validate({ ...base, ...extra, answers }, { today: '2026-11-20' });
    expect(run({ debut: '1999-12-31' }).errors).toEqual([{ field: 'debut', code: 'date-min', message: 'Ange ett datum efter patientens födelsedatum.' }]);
    expect(run({ debut: '2026-11-21' }).errors.map((issue) => issue.code)).toEqual(['date-max']);
    expect(run({ debut: '2026-11-21' }, { status: 'signed', signedAt: '2026-12-01' }).errors).toEqual([]);
    expect(run({ ar: 2017 }).errors).toEqual([{ field: 'ar', code: 'year-range', message: 'Ange ett årtal mellan 2018-2026.' }]);
    expect(run({ ar: 2026 }).info.map((issue) => issue.code)).toEqual(['ar-samma-som-signering']);
  });
});

describe('point 8: a malformed certain date gets its one format error and feeds no rule', () => {
  it('Dödsbevis R1: 2026-01-00 as a certain death date', () => {
    const { certificate, today } = example('db', 'valid-sakert-dodsdatum');
    const malformed = withAnswers(certificate, {
      dodsdatum: '2026-01-00', barn: true, undersokningYttre: 'UNDERSOKNING_GJORT_KORT_FORE_DODEN', undersokningDatum: '2026-01-03',
    });
    expect(runtime.validate(malformed, { today })).toMatchObject({
      valid: false,
      errors: [{ field: 'dodsdatum', code: 'invalid-date', message: 'Ange datum i formatet ÅÅÅÅ-MM-DD.' }],
    });
  });

  it('Dödsorsaksintyg R1: the same in the shared block', () => {
    const entry = example('doi', 'valid-flera-dodsorsaker');
    const result = runtime.validate(withAnswers(entry.certificate, { dodsdatum: '2026-01-00' }), { today: entry.today });
    expect(result.errors).toEqual([{ field: 'dodsdatum', code: 'invalid-date', message: 'Ange datum i formatet ÅÅÅÅ-MM-DD.' }]);
  });
});
