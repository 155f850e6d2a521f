/**
 * Questions between care and the recipient (ärendekommunikation), as rules only: which subjects
 * exist, which care staff may send and which only arrive, the answer deadline, handled or not, and
 * what signing a complement closes. Storing and transporting messages belong to the caller.
 */

import type { Refusal } from './types.js';

export const QUESTION_SUBJECTS = {
  KOMPLETTERING: 'Komplettering',
  PAMINNELSE: 'Påminnelse',
  KONTAKT: 'Kontakt',
  AVSTAMNINGSMOTE: 'Avstämningsmöte',
  OVRIGT: 'Övrigt',
} as const;
export type QuestionSubject = keyof typeof QUESTION_SUBJECTS;

/** Komplettering and Påminnelse come only from the recipient; care asks about the rest. */
export const CARE_SENDABLE_SUBJECTS: readonly QuestionSubject[] = ['KONTAKT', 'AVSTAMNINGSMOTE', 'OVRIGT'];

export interface QuestionRecord {
  id: string;
  subject: QuestionSubject;
  /** incoming: from the recipient; outgoing: sent by care. */
  direction: 'incoming' | 'outgoing';
  sentAt: string;
  /** "Svara senast": the date the recipient wants an answer by. */
  answerBy?: string;
  answered?: boolean;
  handled: boolean;
  /** A Påminnelse refers to the question it reminds about. */
  remindsAbout?: string;
}

/** May care staff start a question with this subject on a certificate in this state? */
export function mayCareSend(subject: QuestionSubject, certificateSent: boolean): Refusal | null {
  if (!CARE_SENDABLE_SUBJECTS.includes(subject)) {
    return { code: 'question/incoming-only', reason: `Ämnet ${QUESTION_SUBJECTS[subject]} kan bara komma från mottagaren. Välj Kontakt, Avstämningsmöte eller Övrigt.` };
  }
  if (!certificateSent) {
    return { code: 'question/not-sent', reason: 'Frågor kan bara ställas om ett intyg som har skickats till mottagaren.' };
  }
  return null;
}

export type DeadlineState = 'none' | 'open' | 'overdue';

/** Past its "svara senast" date and still not answered or handled. */
export function deadlineState(question: QuestionRecord, today: string): DeadlineState {
  if (!question.answerBy || question.handled || question.answered) return 'none';
  return today > question.answerBy ? 'overdue' : 'open';
}

/** The recipient's open requests for komplettering: what a complement answers. */
export function openComplementRequests(questions: readonly QuestionRecord[]): QuestionRecord[] {
  return questions.filter((question) => question.subject === 'KOMPLETTERING' && question.direction === 'incoming' && !question.handled);
}

/**
 * Marking handled by hand. A komplettering is closed by signing the complement (below), so it
 * is not marked by hand; everything else is, once the dialog is done.
 */
export function markHandled(question: QuestionRecord): { ok: true; question: QuestionRecord } | ({ ok: false } & Refusal) {
  if (question.subject === 'KOMPLETTERING' && question.direction === 'incoming') {
    return { ok: false, code: 'question/complement-by-signing', reason: 'En begäran om komplettering hanteras när kompletteringen signeras.' };
  }
  return { ok: true, question: { ...question, handled: true } };
}

/** Signing the complement closes every open komplettering on the original and its reminders. */
export function closeOnComplementSigned(questions: readonly QuestionRecord[]): QuestionRecord[] {
  const closing = new Set(openComplementRequests(questions).map((question) => question.id));
  return questions.map((question) =>
    closing.has(question.id) || (question.subject === 'PAMINNELSE' && question.remindsAbout && closing.has(question.remindsAbout))
      ? { ...question, handled: true }
      : question,
  );
}

/** Rows in "Mitt/Vårt arbete" stay while anything on the certificate is unhandled. */
export function hasUnhandled(questions: readonly QuestionRecord[]): boolean {
  return questions.some((question) => !question.handled);
}
