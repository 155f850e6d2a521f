/** Questions from and to the recipient, as rules. */

import { describe, expect, it } from 'vitest';
import { closeOnComplementSigned, deadlineState, hasUnhandled, markHandled, mayCareSend, QUESTION_SUBJECTS, type QuestionRecord } from '../../src/lifecycle/questions.js';

const question = (over: Partial<QuestionRecord>): QuestionRecord => ({ id: 'Q1', subject: 'KONTAKT', direction: 'incoming', sentAt: '2026-11-01', handled: false, ...over });

describe('questions', () => {
  it('has the five national subjects', () => {
    expect(Object.values(QUESTION_SUBJECTS)).toEqual(['Komplettering', 'Påminnelse', 'Kontakt', 'Avstämningsmöte', 'Övrigt']);
  });

  it.each([
    ['KONTAKT', null], ['AVSTAMNINGSMOTE', null], ['OVRIGT', null], ['KOMPLETTERING', 'question/incoming-only'], ['PAMINNELSE', 'question/incoming-only'],
  ] as const)('care may send %s: %s', (subject, code) => {
    expect(mayCareSend(subject, true)?.code ?? null).toBe(code);
  });

  it('only about a sent certificate', () => {
    expect(mayCareSend('KONTAKT', false)).toMatchObject({ code: 'question/not-sent' });
  });

  it.each([
    [{}, 'none'],
    [{ answerBy: '2026-11-23' }, 'open'],
    [{ answerBy: '2026-11-22' }, 'overdue'],
    [{ answerBy: '2026-11-22', handled: true }, 'none'],
    [{ answerBy: '2026-11-22', answered: true }, 'none'],
  ] as const)('svara senast %j → %s', (over, state) => {
    expect(deadlineState(question(over), '2026-11-23')).toBe(state);
  });

  it('a komplettering is closed by signing the complement, with its reminders', () => {
    const list = [
      question({ id: 'K', subject: 'KOMPLETTERING' }),
      question({ id: 'P', subject: 'PAMINNELSE', remindsAbout: 'K' }),
      question({ id: 'O', subject: 'OVRIGT' }),
    ];
    expect(markHandled(list[0])).toMatchObject({ ok: false, code: 'question/complement-by-signing' });
    const after = closeOnComplementSigned(list);
    expect(after.map((q) => q.handled)).toEqual([true, true, false]);
    expect(hasUnhandled(after)).toBe(true);
    const result = markHandled(after[2]);
    expect(result.ok && hasUnhandled([...after.slice(0, 2), result.question])).toBe(false);
  });
});
