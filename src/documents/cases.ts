/**
 * 1177 e-tjänst cases against their reply deadline (seed 003): "Ett ärende i 1177 e-tjänster ska
 * återkopplas till invånare inom 2 arbetsdagar", and "Ärenden som inte hanteras i tid flaggas".
 * The first reply of any kind (partial reply, counter-question, answer, closing) is due by the end
 * of the definition's `replyWithinWorkingDays`th Swedish working day after the day the case came
 * in; a case without one after that day, or whose first reply came later, is late. Pure but for
 * the holiday calendar, which `working-days.ts` reads once per year.
 */

import { isPlainObject } from '../fields/kind.js';
import type { CertificateModel } from '../model/types.js';
import { isIsoDate } from '../util/dates.js';
import { CASE_STATUSES, CASE_STATUS_NAMES, type CaseStatus } from './kinds/case.js';
import { personIdOf } from './patient.js';
import { swedishDate, swedishWallTime } from './time.js';
import { addWorkingDays, workingDaysBetween } from './working-days.js';

export type DeadlineState = 'open' | 'late' | 'answered' | 'answered-late';

export interface CaseDeadline {
  id?: string;
  type: string;
  personId?: string;
  unit?: string;
  /** The case's type in words (the definition's `case.type` answer's label). */
  caseType?: string;
  status: CaseStatus;
  statusText: string;
  handler?: string;
  /** `2026-03-18 08:42`, Swedish time. */
  receivedAt: string;
  /** The last day the first reply is in time. */
  dueDate: string;
  firstReplyAt?: string;
  /** open: waiting, still in time; late: waiting past the due date; answered(-late): replied (after the due date). */
  state: DeadlineState;
  late: boolean;
  /** Working days left to the due date (0 on the due date itself); negative when past it. Open cases only. */
  workingDaysLeft?: number;
}

/** A region's cases come in on a few hundred distinct days; each due date is worked out once. */
const dueDates = new Map<string, string>();
function dueDateOf(received: string, workingDays: number): string {
  const key = `${received}+${workingDays}`;
  let due = dueDates.get(key);
  if (due === undefined) dueDates.set(key, (due = addWorkingDays(received, workingDays)));
  return due;
}

const replyTime = (document: Record<string, unknown>) => (typeof document.firstReplyAt === 'string' ? document.firstReplyAt : undefined);

const LABELS = new WeakMap<CertificateModel, Map<string, string>>();
function typeLabels(model: CertificateModel): Map<string, string> {
  let labels = LABELS.get(model);
  if (!labels) {
    const field = model.fields.find((candidate) => candidate.id === model.case?.typeField);
    labels = new Map(((field?.props.options as Array<{ id: string; label: string }> | undefined) ?? []).map((option) => [option.id, option.label]));
    LABELS.set(model, labels);
  }
  return labels;
}

/** One case as of `date`, or undefined when it cannot be placed (not a case, or no usable received time). */
export function caseDeadline(document: unknown, model: CertificateModel, date: string): CaseDeadline | undefined {
  if (!isPlainObject(document) || model.document !== 'case' || !model.case || typeof document.receivedAt !== 'string') return undefined;
  const received = swedishDate(document.receivedAt);
  if (!isIsoDate(received)) return undefined;
  const dueDate = dueDateOf(received, model.case.replyWithinWorkingDays);
  const status: CaseStatus = (CASE_STATUSES as readonly unknown[]).includes(document.status) ? (document.status as CaseStatus) : 'ny';
  // A reply after the date had not been sent as of the date.
  const reply = replyTime(document);
  const repliedOn = reply && swedishDate(reply) <= date ? swedishDate(reply) : undefined;
  const state: DeadlineState = repliedOn !== undefined ? (repliedOn > dueDate ? 'answered-late' : 'answered') : date > dueDate ? 'late' : 'open';
  const answers = isPlainObject(document.answers) ? document.answers : {};
  const typeAnswer = answers[model.case.typeField];
  const caseType = typeof typeAnswer === 'string' ? typeLabels(model).get(typeAnswer) ?? typeAnswer : undefined;
  const handledBy = isPlainObject(document.handledBy) ? document.handledBy : undefined;
  const unit = isPlainObject(document.unit) && typeof document.unit.hsaId === 'string' ? document.unit.hsaId : undefined;
  const personId = personIdOf(document);
  // Built key by key: a region's year is 100,000 of these, and spread-built objects cost twice the time.
  const deadline: CaseDeadline = { type: model.id, status, statusText: CASE_STATUS_NAMES[status], receivedAt: swedishWallTime(document.receivedAt), dueDate, state, late: state === 'late' || state === 'answered-late' };
  if (typeof document.id === 'string') deadline.id = document.id;
  if (personId) deadline.personId = personId;
  if (unit) deadline.unit = unit;
  if (caseType) deadline.caseType = caseType;
  if (typeof handledBy?.name === 'string') deadline.handler = handledBy.name;
  if (reply && repliedOn) deadline.firstReplyAt = swedishWallTime(reply);
  if (state === 'open' || state === 'late') deadline.workingDaysLeft = date <= dueDate ? workingDaysBetween(date, dueDate) : -workingDaysBetween(dueDate, date);
  return deadline;
}

export interface CaseOverview {
  date: string;
  cases: number;
  /** Waiting for a first reply, in time, by due date. */
  due: CaseDeadline[];
  /** Waiting past the due date, oldest first. */
  late: CaseDeadline[];
  answered: number;
  answeredLate: number;
  /** Lines that are not cases of a known case type, or have no usable received time. */
  skipped: number;
}

/** Every case as of `date`: the ones due and the ones late, and counts of the answered. */
export function caseOverview(documents: readonly unknown[], models: ReadonlyMap<string, CertificateModel>, date: string): CaseOverview {
  const overview: CaseOverview = { date, cases: 0, due: [], late: [], answered: 0, answeredLate: 0, skipped: 0 };
  for (const document of documents) {
    const model = isPlainObject(document) && typeof document.type === 'string' ? models.get(document.type) : undefined;
    const deadline = model && caseDeadline(document, model, date);
    if (!deadline) {
      overview.skipped += 1;
      continue;
    }
    // A case that came in after the date did not exist yet.
    if (swedishDate(String((document as Record<string, unknown>).receivedAt)) > date) continue;
    overview.cases += 1;
    if (deadline.state === 'open') overview.due.push(deadline);
    else if (deadline.state === 'late') overview.late.push(deadline);
    else if (deadline.state === 'answered') overview.answered += 1;
    else overview.answeredLate += 1;
  }
  const byDue = (a: CaseDeadline, b: CaseDeadline) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : 0);
  overview.due.sort(byDue);
  overview.late.sort(byDue);
  return overview;
}
