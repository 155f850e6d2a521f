/**
 * Issue 12, point 10: what an author needs in the format, on paper. A notification names itself
 * "anmälan" (printout and action texts), fixed texts and the recipient's postal address print,
 * multi-choice answers print in definition order, and an unticked checkbox prints as the national
 * printout prints it. The PDF is printed by Chromium and read back with pdftotext.
 */

import { afterAll, describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';
import { loadCodeSystems } from '../../../src/codesystems/load.js';
import { apply, availableActions } from '../../../src/lifecycle/index.js';
import { DEFINITIONS_DIR, readRecipientAddresses, readRecipientNames, readRecipients } from '../../../src/project.js';
import { createRenderer, readTemplateSources } from '../../../src/render/index.js';
import { createRuntime } from '../../../src/runtime/runtime.js';
import { pdfPages, squash } from '../../render/helpers.js';

const YAML = `
id: anmalan
version: "1.0"
name: Anmälan om provsjukdom
code: PROV-ANM
documentNoun: anmälan
recipient: FKASSA
issuers: [lakare]
delivery: { mode: manual, availableIn1177: false }
unitContact: optional
print:
  recipientAddress: true
  texts:
    - placement: start
      heading: Lagstöd
      text: Anmälan görs enligt 1 § provlagen (2026:1).
    - text: Uppgifterna i anmälan omfattas av sekretess.
sections:
  - id: uppgifter
    title: Uppgifter
    fields:
      - id: grunder
        kind: multiChoice
        label: Anmälan grundar sig på
        options:
          - { id: UNDERSOKNING, label: undersökning }
          - { id: JOURNAL, label: journaluppgifter }
          - { id: ANNAT, label: annat }
      - id: kontakt
        kind: checkbox
        label: Kontakt
        text: Jag önskar att mottagaren kontaktar mig
`;

const compiled = compile({ definitions: [{ file: 'anmalan/definition.yaml', folder: 'anmalan', text: YAML }], recipients: readRecipients(), env: { codeSystems: loadCodeSystems() } });
const runtime = createRuntime(compiled.models, loadCodeSystems());
const renderer = createRenderer(runtime, { recipients: readRecipientNames(), recipientAddresses: readRecipientAddresses(), templates: readTemplateSources(DEFINITIONS_DIR) });
afterAll(() => renderer.close());

const payload = {
  type: 'anmalan', version: '1.0', id: 'A1', status: 'signed', signedAt: '2026-11-20T10:15',
  patient: { personId: '191212121212' }, issuer: { name: 'Ajla Doktor', profession: 'lakare' }, unit: { name: 'Vårdcentralen Linden' },
  answers: { grunder: ['ANNAT', 'UNDERSOKNING'] },
};

describe('point 10: gaps an author met in the format', () => {
  it('compiles', () => expect(compiled.diagnostics).toEqual([]));

  it('a notification is an "anmälan" in the printout', () => {
    const model = renderer.model(payload, { printedAt: '2026-11-20T14:05' });
    expect(model.statusText).toBe('Detta är en utskrift av en elektronisk anmälan. Anmälan har signerats elektroniskt av anmälaren.');
    expect(model.labels).toEqual({ issuer: 'Anmälare:', signedAt: 'Anmälan signerades:', id: 'Anmälnings-ID:' });
    expect(renderer.model({ ...payload, status: 'draft' }, { printedAt: '2026-11-20T14:05' }).statusText)
      .toBe('Detta är en utskrift av ett elektroniskt utkast till anmälan och ska INTE skickas till Försäkringskassan.');
  });

  it('and in action texts', () => {
    const context = { models: runtime.models, runtime, user: { profession: 'lakare' as const, careUnit: 'U1', careProvider: 'P1' }, today: '2026-11-23', consent: true };
    const verdicts = availableActions({ ...payload, status: 'signed' }, context);
    expect(verdicts.find((entry) => entry.action === 'update')).toMatchObject({ allowed: false, reason: 'En signerad anmälan kan inte ändras. Ersätt den i stället.' });
    expect(apply('sign', { ...payload, status: 'signed' }, context)).toMatchObject({ ok: false, reason: 'Anmälan är redan signerad.' });
  });

  it('prints fixed texts, the recipient’s postal address, multi-choice in definition order and an unticked checkbox as nationally', async () => {
    const pdf = await renderer.pdf(payload, { printedAt: '2026-11-20T14:05' });
    const text = squash(pdfPages(pdf).join(''));
    for (const expected of [
      'SkickablankettentillFörsäkringskassansinläsningscentral83988Östersund',
      'LagstödAnmälangörsenligt1§provlagen(2026:1).',
      'Uppgifternaianmälanomfattasavsekretess.',
      'Anmälangrundarsigpåundersökning,annat',
      'KontaktJagönskarattmottagarenkontaktarmigEjangivet',
      'Anmälare:AjlaDoktor',
      'Anmälansignerades:2026-11-20',
    ]) {
      expect(text).toContain(expected);
    }
    // Sent electronically, the national printout leaves the address out (the no-address template).
    expect(renderer.model({ ...payload, sentAt: '2026-11-21T09:00' }, { printedAt: '2026-11-21T10:00' }).recipientAddress).toBeUndefined();
  });

  it('refuses at start-up a type that prints an address its recipient does not have', () => {
    const other = compile({ definitions: [{ file: 'anmalan/definition.yaml', folder: 'anmalan', text: YAML.replace('recipient: FKASSA', 'recipient: TRANSP') }], recipients: readRecipients(), env: { codeSystems: loadCodeSystems() } });
    expect(() => createRenderer(createRuntime(other.models, loadCodeSystems()), { recipients: readRecipientNames(), recipientAddresses: readRecipientAddresses(), templates: readTemplateSources(DEFINITIONS_DIR) }))
      .toThrow(/print\.recipientAddress, men mottagaren TRANSP har ingen postalAddress/);
  });
});
