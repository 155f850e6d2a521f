/**
 * migrate() over small definitions written for it: each part of `migrate:` (rename, values with a
 * null, lists and keyed answers, drop, defaults), what is dropped without being named (a removed
 * question, an answer of another kind, an answer the new rules hide), what becomes required or
 * stops fitting a narrower limit, a chain of three versions, and what is refused.
 */

import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import { loadCodeSystems } from '../../src/codesystems/load.js';
import { createRuntime } from '../../src/runtime/runtime.js';

const head = (version: string, extra = '') => `id: exempel
version: "${version}"
name: Exempelintyg
code: EX1
recipient: FKASSA
issuers: [lakare]
delivery: { mode: manual, availableIn1177: false }
unitContact: optional
${extra}
sections:
  - id: s
    title: Frågor
    fields:
`;

const V1 = `${head('1.0')}      - { id: grund, kind: dateChoices, label: Baserat på, options: [{ id: UNDERSOKNING, label: min undersökning }, { id: ANNAT, label: annat }], max: today }
      - { id: syssla, kind: multiChoice, label: Sysselsättning, options: [{ id: ARBETE, label: Arbete }, { id: FORALDRALEDIG, label: Föräldraledig }, { id: STUDIER, label: Studier }] }
      - { id: dagar, kind: choice, label: Återgång inom, options: [{ id: TRETTIO, label: 1 månad }, { id: SEXTIO, label: 2 månader }] }
      - { id: planerad, kind: textarea, label: Planerad behandling }
      - { id: borttagen, kind: text, label: Fråga som försvinner }
      - { id: kontakt, kind: checkbox, label: Kontakt önskas }
      - { id: kommentar, kind: text, label: Kommentar }
      - { id: beskrivning, kind: textarea, label: Beskrivning }
      - { id: antal, kind: text, label: Antal som text }
`;

const V2 = `${head('2.0', `migrate:
  from: "1.0"
  rename: { dagar: manader, kontakt: kontaktFk }
  values:
    grund: { UNDERSOKNING: FYSISK }
    syssla: { FORALDRALEDIG: null }
    dagar: { TRETTIO: 1, SEXTIO: 2 }
  drop:
    planerad: planerad behandling ingår i fråga 19.
  defaults:
    arbetstid: HELTID
`)}      - { id: grund, kind: dateChoices, label: Baserat på, options: [{ id: FYSISK, label: fysiskt vårdmöte }, { id: ANNAT, label: annat }], max: today }
      - { id: syssla, kind: multiChoice, label: Sysselsättning, options: [{ id: ARBETE, label: Arbete }, { id: STUDIER, label: Studier }] }
      - { id: manader, kind: integer, label: Antal månader, min: 1, max: 99 }
      - { id: kontaktFk, kind: checkbox, label: Kontakt med Försäkringskassan }
      - id: kommentar
        kind: text
        label: Kommentar
        showIf: { fact: kontaktFk, operator: equal, value: true }
      - { id: beskrivning, kind: textarea, label: Beskrivning, maxLength: 10 }
      - { id: arbetstid, kind: choice, label: Arbetstid, options: [{ id: HELTID, label: Heltid }, { id: DELTID, label: Deltid }] }
      - { id: motivering, kind: textarea, label: Motivering, required: true }
      - { id: antal, kind: integer, label: Antal }
`;

const V3 = `${head('3.0', `migrate:
  from: "2.0"
  rename: { manader: prognosManader }
`)}      - { id: grund, kind: dateChoices, label: Baserat på, options: [{ id: FYSISK, label: fysiskt vårdmöte }, { id: ANNAT, label: annat }], max: today }
      - { id: prognosManader, kind: integer, label: Prognos i månader, min: 1, max: 99 }
      - { id: kontaktFk, kind: checkbox, label: Kontakt med Försäkringskassan }
`;

function runtimeOf(...texts: string[]) {
  const result = compile({
    definitions: texts.map((text, index) => ({ file: `definitions/exempel/${index ? `versions/${index}.0/` : ''}definition.yaml`, folder: 'exempel', text })),
    recipients: new Set(['FKASSA']),
    env: { codeSystems: loadCodeSystems() },
  });
  expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  return createRuntime(result.models, loadCodeSystems());
}

const TODAY = '2026-11-20';
const draft = (version: string, answers: Record<string, unknown>, extra: object = {}) =>
  ({ type: 'exempel', version, status: 'draft', patient: { personId: '191212121212' }, answers, ...extra });

describe('migrate: one step', () => {
  const runtime = runtimeOf(V2, V1);
  const outcome = runtime.migrate(draft('1.0', {
    grund: { UNDERSOKNING: '2026-11-19', ANNAT: '2026-11-18' },
    syssla: ['ARBETE', 'FORALDRALEDIG'],
    dagar: 'SEXTIO',
    planerad: 'Operation i januari.',
    borttagen: 'x',
    kontakt: true,
    kommentar: 'ring efter tre',
    beskrivning: 'en alldeles för lång text',
    antal: 'tre',
  }), { today: TODAY });
  if (outcome.errors.length) throw new Error(JSON.stringify(outcome.errors));
  const { certificate, report } = outcome as Extract<typeof outcome, { report: unknown }>;
  const change = (field: string, kind?: string) => report.changes.filter((entry) => entry.field === field && (!kind || entry.kind === kind));

  it('gives a draft of the new version and never changes the input', () => {
    expect(certificate).toMatchObject({ type: 'exempel', version: '2.0', status: 'draft' });
    expect(report).toMatchObject({ type: 'exempel', from: '1.0', to: '2.0' });
  });

  it('maps option ids in keys and in lists, and drops a value mapped to null', () => {
    expect(certificate.answers).toMatchObject({ grund: { FYSISK: '2026-11-19', ANNAT: '2026-11-18' }, syssla: ['ARBETE'] });
    expect(change('grund', 'changed')[0]).toMatchObject({ before: { UNDERSOKNING: '2026-11-19', ANNAT: '2026-11-18' }, after: { FYSISK: '2026-11-19', ANNAT: '2026-11-18' } });
    expect(change('grund')[0].message).toBe('Svaret på "Baserat på" ändrades från ”min undersökning”, ”annat” till ”fysiskt vårdmöte”, ”annat”.');
    expect(change('syssla', 'changed')[0]).toMatchObject({ before: ['ARBETE', 'FORALDRALEDIG'], after: ['ARBETE'] });
  });

  it('moves renamed answers, translating values on the way, and says so', () => {
    expect(certificate.answers).toMatchObject({ manader: 2, kontaktFk: true });
    expect(change('manader')).toEqual([{
      kind: 'moved', field: 'manader', from: 'dagar', label: 'Antal månader', before: 'SEXTIO', after: 2,
      message: 'Svaret på "Återgång inom" (dagar) flyttades till "Antal månader" (manader) och ändrades från ”2 månader” till 2.',
    }]);
    expect(change('kontaktFk')).toEqual([{ kind: 'moved', field: 'kontaktFk', from: 'kontakt', label: 'Kontakt med Försäkringskassan', message: 'Svaret på "Kontakt önskas" (kontakt) flyttades till "Kontakt med Försäkringskassan" (kontaktFk).' }]);
  });

  it('drops what the author drops, with the author’s reason, and what the new version lacks', () => {
    expect(change('planerad')).toEqual([{ kind: 'dropped', field: 'planerad', reason: 'declared', label: 'Planerad behandling', message: 'Svaret på "Planerad behandling" följer inte med till version 2.0: planerad behandling ingår i fråga 19.' }]);
    expect(change('borttagen')).toEqual([{ kind: 'dropped', field: 'borttagen', reason: 'removed', label: 'Fråga som försvinner', message: 'Frågan "Fråga som försvinner" finns inte i version 2.0; svaret togs bort.' }]);
    expect(certificate.answers).not.toHaveProperty('planerad');
    expect(certificate.answers).not.toHaveProperty('borttagen');
  });

  it('drops an answer of another kind that nothing translates', () => {
    expect(change('antal')).toEqual([expect.objectContaining({ kind: 'dropped', reason: 'incompatible', message: 'Svaret på "Antal som text" passar inte frågan "Antal" i version 2.0 (text → integer) och togs bort.' })]);
  });

  it('keeps an answer the new rules show, and drops one they hide', () => {
    expect(certificate.answers).toHaveProperty('kommentar', 'ring efter tre');
    expect(report.kept).toContain('kommentar');
  });

  it('fills in defaults, reports new required questions and answers over a narrower limit', () => {
    expect(certificate.answers).toHaveProperty('arbetstid', 'HELTID');
    expect(change('arbetstid')).toEqual([{ kind: 'defaulted', field: 'arbetstid', label: 'Arbetstid', after: 'HELTID', message: 'Frågan "Arbetstid" fick svaret ”Heltid”, som version 2.0 anger när inget svar följer med.' }]);
    expect(change('motivering')).toEqual([{ kind: 'required', field: 'motivering', label: 'Motivering', message: 'Frågan "Motivering" är obligatorisk i version 2.0 men har inget svar.' }]);
    expect(change('beskrivning')).toEqual([{ kind: 'invalid', field: 'beskrivning', label: 'Beskrivning', message: 'Svaret på "Beskrivning" följde med men stämmer inte i version 2.0: Ange en text som inte är längre än 10.' }]);
    expect(certificate.answers).toHaveProperty('beskrivning', 'en alldeles för lång text');
  });

  it('leaves validation with errors only on the questions the report names', () => {
    const named = new Set(report.changes.map((entry) => entry.field));
    const errors = runtime.validate(certificate, { today: TODAY }).errors;
    expect(errors.length).toBeGreaterThan(0);
    for (const issue of errors) expect(named, issue.field).toContain(/^[A-Za-z0-9]+/.exec(issue.field)![0]);
  });

  it('drops an answer the rules of the new version hide', () => {
    const hidden = runtime.migrate(draft('1.0', { kommentar: 'ring', motivering: 'x' }), { today: TODAY });
    expect(hidden.errors).toEqual([]);
    expect('report' in hidden && hidden.report.changes.find((entry) => entry.field === 'kommentar')).toEqual({
      kind: 'dropped', field: 'kommentar', reason: 'hidden', label: 'Kommentar',
      message: 'Frågan "Kommentar" visas inte i version 2.0 med de svar som följde med; svaret togs bort.',
    });
  });

  it('drops a value that maps to nothing and an answer the type never had', () => {
    const outcomeOf = runtime.migrate(draft('1.0', { syssla: ['FORALDRALEDIG'], okand: 1 }), { today: TODAY });
    const changes = 'report' in outcomeOf ? outcomeOf.report.changes : [];
    expect(changes).toContainEqual(expect.objectContaining({ kind: 'dropped', field: 'syssla', reason: 'value', message: 'Svaret på "Sysselsättning" (”Föräldraledig”) har ingen motsvarighet i version 2.0 och togs bort.' }));
    expect(changes).toContainEqual(expect.objectContaining({ kind: 'dropped', field: 'okand', reason: 'unknown-field' }));
  });
});

describe('migrate: several steps and refusals', () => {
  const runtime = runtimeOf(V3, V1, V2);

  it('takes a draft through every version in between, to the current one by default', () => {
    const outcome = runtime.migrate(draft('1.0', { dagar: 'TRETTIO', grund: { UNDERSOKNING: '2026-11-19' } }), { today: TODAY });
    expect(outcome.errors).toEqual([]);
    if (!('report' in outcome)) return;
    expect(outcome.certificate).toMatchObject({ version: '3.0', answers: { prognosManader: 1, grund: { FYSISK: '2026-11-19' } } });
    expect(outcome.report).toMatchObject({ from: '1.0', to: '3.0' });
    expect(outcome.report.changes.filter((entry) => entry.kind === 'moved').map((entry) => `${entry.from}→${entry.field}`)).toEqual(['dagar→manader', 'manader→prognosManader']);
    expect(runtime.validate(outcome.certificate, { today: TODAY }).valid).toBe(true);
  });

  it('stops at the version asked for', () => {
    const outcome = runtime.migrate(draft('1.0', { dagar: 'TRETTIO' }), { to: '2.0', today: TODAY });
    expect('certificate' in outcome && (outcome.certificate as { version: string }).version).toBe('2.0');
  });

  it('migrates only drafts: a signed certificate never changes', () => {
    for (const [status, text] of [['signed', 'Ett signerat intyg ändras aldrig'], ['locked', 'Ett låst utkast kan inte migreras'], ['revoked', 'Ett makulerat intyg']] as const) {
      const outcome = runtime.migrate(draft('1.0', {}, { status }), { today: TODAY });
      expect(outcome.errors).toEqual([expect.objectContaining({ field: 'status', code: 'not-a-draft', message: expect.stringContaining(text) })]);
    }
  });

  it('refuses an earlier or unknown target and an unknown version, and leaves a draft already there as it is', () => {
    expect(runtime.migrate(draft('2.0', {}), { to: '1.0' }).errors).toEqual([expect.objectContaining({ code: 'migration-backwards' })]);
    expect(runtime.migrate(draft('1.0', {}), { to: '9.0' }).errors).toEqual([expect.objectContaining({ code: 'unknown-version', message: 'EX1 finns inte i version "9.0". Versioner: 1.0, 2.0, 3.0.' })]);
    expect(runtime.migrate(draft('0.1', {})).errors).toEqual([expect.objectContaining({ code: 'unknown-version', message: 'EX1 finns i version 1.0, 2.0 och 3.0, inte "0.1".' })]);
    const same = runtime.migrate(draft('3.0', { kontaktFk: true }));
    expect(same).toMatchObject({ errors: [], report: { from: '3.0', to: '3.0', changes: [], kept: ['kontaktFk'] } });
  });
});
