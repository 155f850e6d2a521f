/** The case envelope: received, status, first reply, who handles it. */

import { describe, expect, it } from 'vitest';
import caseKind from '../../../src/documents/kinds/case.js';
import type { Issue } from '../../../src/fields/kind.js';
import { printedCase } from '../../../src/documents/printouts/case.js';
import { project } from '../../helpers/project.js';
import { example } from '../../server/helpers.js';

const model = project().runtime.models.get('arende-1177')!;
const base = example('arende-1177', 'valid-ny-fornya-recept');
const check = (document: Record<string, unknown>) => {
  const errors: Issue[] = [];
  caseKind.checkEnvelope(document, model, '2026-03-20', errors);
  return errors.map((issue) => `${issue.field} ${issue.code}`);
};

describe('envelope', () => {
  it('a received time as date or date and time, Swedish or with an offset', () => {
    for (const receivedAt of ['2026-03-18', '2026-03-18T08:42', '2026-03-18T08:42:10', '2026-03-18T07:42Z', '2026-03-18T08:42+01:00']) expect(check({ ...base, receivedAt }), receivedAt).toEqual([]);
    expect(check({ ...base, receivedAt: 'igår' })).toEqual(['receivedAt invalid-date']);
    expect(check({ ...base, receivedAt: '2026-02-30T10:00' })).toEqual(['receivedAt invalid-date']);
  });

  it('a first reply goes with a status other than new, and comes after the case', () => {
    expect(check({ ...base, status: 'motfraga' })).toEqual(['firstReplyAt required']);
    expect(check({ ...base, status: 'ny', firstReplyAt: '2026-03-18T09:00' })).toEqual(['status status-conflict']);
    expect(check({ ...base, status: 'delsvar', firstReplyAt: '2026-03-18T08:00' })).toEqual(['firstReplyAt reply-before-received']);
    expect(check({ ...base, status: 'delsvar', firstReplyAt: '2026-03-18T07:45Z' })).toEqual([]);
  });

  it('the handler may be any care profession, or left out', () => {
    expect(check({ ...base, handledBy: undefined })).toEqual([]);
    expect(check({ ...base, handledBy: { profession: 'medicinsksekreterare' } })).toEqual([]);
  });
});

describe('context facts and printout', () => {
  it('the handler is a fact the rules read', () => {
    expect(caseKind.contextFacts(base, model, undefined, '2026-03-20')).toEqual({ handler: { hsaId: 'SE2321000016-3S7N', name: 'Selma Sjuksköterska', profession: 'sjukskoterska' } });
  });

  it('prints received, status, first reply and handler', () => {
    expect(printedCase({ ...base, status: 'delsvar', firstReplyAt: '2026-03-18T13:05Z' }).details.slice(0, 4)).toEqual([
      { label: 'Inkom', value: '2026-03-18 08:42' },
      { label: 'Status', value: 'Delsvar skickat' },
      { label: 'Första återkoppling', value: '2026-03-18 14:05' },
      { label: 'Handläggs av', value: 'Selma Sjuksköterska, Sjuksköterska' },
    ]);
  });
});
