/** The registration envelope: a contact date and who was responsible, no signature, no recipient. */

import { describe, expect, it } from 'vitest';
import registration from '../../../src/documents/kinds/registration.js';
import type { History } from '../../../src/documents/history-types.js';
import type { Issue } from '../../../src/fields/kind.js';
import { printedRegistration } from '../../../src/documents/printouts/registration.js';
import { project } from '../../helpers/project.js';
import { example } from '../../server/helpers.js';

const model = project().runtime.models.get('vardkontakt-rehab')!;
const base = example('vardkontakt-rehab', 'valid-plan-vid-sjukskrivning');
const check = (document: Record<string, unknown>) => {
  const errors: Issue[] = [];
  registration.checkEnvelope(document, model, '2026-03-20', errors);
  return errors.map((issue) => `${issue.field} ${issue.code}`);
};

describe('envelope', () => {
  it('accepts the example and refuses a certificate\'s keys', () => {
    expect(check(base)).toEqual([]);
    expect(check({ ...base, signedAt: '2026-03-16', issuer: {}, status: 'signed' })).toEqual(['signedAt unknown-field', 'issuer unknown-field', 'status unknown-field']);
  });

  it('requires the contact date (not after today), the performer\'s profession and the unit', () => {
    expect(check({ ...base, contactDate: undefined, performedBy: { name: 'X' }, unit: undefined })).toEqual(['contactDate required', 'performedBy.profession required', 'unit.hsaId required']);
    expect(check({ ...base, contactDate: '2026-03-21' })).toEqual(['contactDate date-max']);
    expect(check({ ...base, contactDate: '2026-02-30' })).toEqual(['contactDate invalid-date']);
  });

  it('rehabCoordinator is a yes/no, and professions are the care professions', () => {
    expect(check({ ...base, performedBy: { profession: 'kurator', rehabCoordinator: 'ja' } })).toEqual(['performedBy.rehabCoordinator invalid-type']);
    expect(check({ ...base, performedBy: { profession: 'rehabkoordinator' } })).toEqual(['performedBy.profession invalid-type']);
  });
});

describe('context facts', () => {
  const history = (sick: boolean | undefined, actors: string[] | undefined): History => ({ onSickLeave: () => sick, consentedActors: () => actors });

  it('without a history both sick leave and consents are unknown', () => {
    expect(registration.contextFacts(base, model, undefined, '2026-03-20')).toMatchObject({ contact: { date: '2026-03-16' }, sickLeave: { known: false, ongoing: false }, consent: { known: false, actors: [] } });
  });

  it('asks the history about this patient on the contact date', () => {
    const asked: string[] = [];
    const spy: History = { onSickLeave: (p, d) => (asked.push(`${p} ${d}`), true), consentedActors: () => ['ARBETSGIVARE'] };
    expect(registration.contextFacts(base, model, spy, '2026-03-20')).toMatchObject({ sickLeave: { known: true, ongoing: true }, consent: { known: true, actors: ['ARBETSGIVARE'] } });
    expect(asked).toEqual(['191212121212 2026-03-16']);
    expect(registration.contextFacts(base, model, history(false, []), '2026-03-20')).toMatchObject({ sickLeave: { known: true, ongoing: false }, consent: { known: true, actors: [] } });
  });

  it('performer: only the known keys', () => {
    expect(registration.contextFacts({ ...base, performedBy: { profession: 'kurator', rehabCoordinator: true, password: 'x' } }, model, undefined, '2026-03-20').performer).toEqual({ profession: 'kurator', rehabCoordinator: true });
  });
});

describe('printout', () => {
  it('says what it is, and closes with the contact, who was responsible and the unit', () => {
    const printed = printedRegistration({ ...base, performedBy: { name: 'Rut Rehab', profession: 'arbetsterapeut', rehabCoordinator: true } });
    expect(printed.statusText).toContain('registrering av en vårdkontakt');
    expect(printed.details).toEqual([
      { label: 'Vårdkontakt', value: '2026-03-16' },
      { label: 'Ansvarig för vårdkontakten', value: 'Rut Rehab, Arbetsterapeut (rehabkoordinator)' },
      { label: 'Vårdenhet', value: 'Vårdcentralen Linden' },
    ]);
  });
});
