/**
 * Seed 003: "Ett ärende i 1177 e-tjänster ska återkopplas till invånare inom 2 arbetsdagar" and
 * "Ärenden som inte hanteras i tid flaggas i systemet". The due date is the second working day
 * after the day the case came in; a first reply on or before it is in time.
 */

import { describe, expect, it } from 'vitest';
import { caseDeadline, caseOverview } from '../../src/documents/cases.js';
import { project } from '../helpers/project.js';
import { example } from '../server/helpers.js';

const { runtime } = project();
const model = runtime.models.get('arende-1177')!;
const base = example('arende-1177', 'valid-ny-fornya-recept');
const at = (receivedAt: string, extra: Record<string, unknown> = {}) => ({ ...base, receivedAt, ...extra });

describe('the first reply is due within 2 working days', () => {
  it.each([
    ['2026-03-18T08:42', '2026-03-20'],
    ['2026-03-20T16:55', '2026-03-24'],
    ['2026-04-01T10:00', '2026-04-07'],
    ['2026-04-02T10:00', '2026-04-08'],
    ['2026-06-18T09:00', '2026-06-23'],
    ['2026-12-23T09:00', '2026-12-29'],
    // An instant late on the 19th UTC is the 20th in Sweden (CET): due the 24th, not the 23rd.
    ['2026-03-19T23:30Z', '2026-03-24'],
  ])('received %s → reply by %s', (receivedAt, due) => {
    expect(caseDeadline(at(receivedAt), model, '2026-03-01')!.dueDate).toBe(due);
  });
});

describe('late', () => {
  it('waiting: open up to and including the due date, late the day after', () => {
    expect(caseDeadline(at('2026-03-18T08:42'), model, '2026-03-20')).toMatchObject({ state: 'open', late: false, workingDaysLeft: 0 });
    expect(caseDeadline(at('2026-03-18T08:42'), model, '2026-03-19')).toMatchObject({ state: 'open', workingDaysLeft: 1 });
    expect(caseDeadline(at('2026-03-18T08:42'), model, '2026-03-23')).toMatchObject({ state: 'late', late: true, workingDaysLeft: -1 });
  });

  it('answered: in time on the due date, late after it; a partial reply counts as the first reply', () => {
    expect(caseDeadline(at('2026-03-18T08:42', { status: 'delsvar', firstReplyAt: '2026-03-20T16:59' }), model, '2026-03-31')).toMatchObject({ state: 'answered', late: false });
    expect(caseDeadline(at('2026-03-18T08:42', { status: 'besvarad', firstReplyAt: '2026-03-23T08:00' }), model, '2026-03-31')).toMatchObject({ state: 'answered-late', late: true });
  });

  it('as of a date before the reply, the case was still waiting', () => {
    expect(caseDeadline(at('2026-03-18T08:42', { status: 'besvarad', firstReplyAt: '2026-03-25T08:00' }), model, '2026-03-23')).toMatchObject({ state: 'late' });
  });
});

describe('the overview lists the cases due and late', () => {
  it('sorted by due date, with counts of the answered, and cases received later left out', () => {
    const cases = [
      at('2026-03-19T10:00', { id: 'b' }),
      at('2026-03-16T10:00', { id: 'sen' }),
      at('2026-03-20T10:00', { id: 'c' }),
      at('2026-03-16T10:00', { id: 'svar', status: 'besvarad', firstReplyAt: '2026-03-17T10:00' }),
      at('2026-03-16T10:00', { id: 'svar-sent', status: 'besvarad', firstReplyAt: '2026-03-19T10:00' }),
      at('2026-03-25T10:00', { id: 'framtid' }),
      { type: 'fk7804', id: 'intyg' },
    ];
    const overview = caseOverview(cases, runtime.models, '2026-03-20');
    expect(overview.due.map((found) => [found.id, found.dueDate, found.caseType])).toEqual([['b', '2026-03-23', 'Förnya recept'], ['c', '2026-03-24', 'Förnya recept']]);
    expect(overview.late.map((found) => found.id)).toEqual(['sen']);
    expect(overview).toMatchObject({ cases: 5, answered: 1, answeredLate: 1, skipped: 1 });
  });
});
