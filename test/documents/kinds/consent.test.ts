/** The consent envelope: obtained on a day by someone, and the patient's withdrawals. */

import { describe, expect, it } from 'vitest';
import consent from '../../../src/documents/kinds/consent.js';
import type { Issue } from '../../../src/fields/kind.js';
import { printedConsent } from '../../../src/documents/printouts/consent.js';
import { project } from '../../helpers/project.js';
import { example } from '../../server/helpers.js';

const { runtime } = project();
const external = runtime.models.get('samtycke-externa-aktorer')!;
const base = example('samtycke-externa-aktorer', 'valid-arbetsformedlingen-och-socialtjansten');
const check = (document: Record<string, unknown>) => {
  const errors: Issue[] = [];
  consent.checkEnvelope(document, external, '2026-03-20', errors);
  return errors.map((issue) => `${issue.field} ${issue.code}`);
};

describe('envelope', () => {
  it('requires the date obtained (not after today) and who obtained it', () => {
    expect(check(base)).toEqual([]);
    expect(check({ ...base, obtainedOn: undefined, obtainedBy: undefined })).toEqual(['obtainedOn required', 'obtainedBy.profession required']);
    expect(check({ ...base, obtainedOn: '2026-03-21' })).toEqual(['obtainedOn date-max']);
  });

  it('any care profession may obtain it', () => {
    for (const profession of ['lakare', 'sjukskoterska', 'fysioterapeut', 'arbetsterapeut', 'kurator', 'psykolog', 'medicinsksekreterare']) {
      expect(check({ ...base, obtainedBy: { profession } }), profession).toEqual([]);
    }
  });

  it('withdrawals: a real date, after obtaining, for actors and information the form has and the consent covers', () => {
    expect(check({ ...base, withdrawals: [{ date: '2026-03-01', actors: ['SOCIALTJANSTEN'], information: ['AKTIVITETER'], note: 'Per telefon.' }] })).toEqual([]);
    expect(check({ ...base, withdrawals: [{}] })).toEqual(['withdrawals[0].date invalid-type']);
    expect(check({ ...base, withdrawals: [{ date: '2026-01-01' }] })).toEqual(['withdrawals[0].date withdrawn-before-obtained']);
    expect(check({ ...base, withdrawals: [{ date: '2026-03-01', actors: ['GRANNEN', 'FORSAKRINGSKASSAN'] }] })).toEqual(['withdrawals[0].actors[0] unknown-option', 'withdrawals[0].actors withdrawal-not-covered']);
    expect(check({ ...base, withdrawals: [{ date: '2026-03-01', information: ['AKTIVITETER', 'AKTIVITETER'], reason: 'x' }] })).toEqual(['withdrawals[0].reason unknown-field', 'withdrawals[0].information[1] duplicate']);
  });
});

describe('printout', () => {
  it('names the actors, when and by whom it was obtained, how long it holds and what was taken back', () => {
    const printed = printedConsent({ ...base, withdrawals: [{ date: '2026-03-01', actors: ['SOCIALTJANSTEN'] }] }, external);
    expect(printed.watermark).toBeUndefined();
    expect(printed.details).toEqual([
      { label: 'Samtycket gäller', value: 'Arbetsförmedlingen, Socialtjänsten' },
      { label: 'Inhämtat', value: '2026-02-02' },
      { label: 'Inhämtat av', value: 'Kim Kurator, Kurator' },
      { label: 'Gäller till och med', value: '2027-02-02' },
      { label: 'Tillbakataget', value: '2026-03-01: för Socialtjänsten' },
      { label: 'Vårdenhet', value: 'Vårdcentralen Linden' },
    ]);
  });

  it('a consent taken back wholly is marked ÅTERKALLAT', () => {
    expect(printedConsent({ ...base, withdrawals: [{ date: '2026-03-01' }] }, external).watermark).toBe('ÅTERKALLAT');
  });
});
