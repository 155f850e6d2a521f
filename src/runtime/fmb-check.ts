/**
 * The FMB length warning of FK7804 (Webcert's validateSickLeavePeriod): when the sick leave —
 * this certificate's periods plus the patient's earlier certificates at the unit that form one
 * case with it (gap 5, as FmbSjukfallServiceImpl's MAX_GLAPP) — is longer than the longest FMB
 * recommendation for the certificate's diagnoses, the doctor is pointed to question 37.
 * Runs only when the caller passes both the FMB data and the earlier periods; it never makes a
 * certificate invalid, because a longer sick leave is allowed once motivated.
 */

import { coveredDays, parseDay } from '../decision/days.js';
import { maxRecommendedDays, type FmbLookup } from '../decision/fmb.js';
import type { Issue } from '../fields/kind.js';
import { isPlainObject } from '../fields/kind.js';
import type { Decisions } from './decisions.js';
import type { PreparedPayload } from './validate.js';

/** Webcert's MAX_GLAPP for this computation: not the unit's Rehabstöd setting. */
const GAP_DAYS = 5;
const QUESTION_FIELD = 'forlangningFmb';

export interface SickLeavePeriod {
  from: string;
  to: string;
}

function periodsOf(value: unknown): Array<[number, number]> {
  const periods: Array<[number, number]> = [];
  const list = Array.isArray(value) ? value : isPlainObject(value) ? Object.values(value) : [];
  for (const period of list) {
    const from = parseDay(period?.from), to = parseDay(period?.to);
    if (from <= to) periods.push([from, to]);
  }
  return periods;
}

/** Covered days of the chain of periods that holds this certificate's periods. */
export function caseDays(own: Array<[number, number]>, earlier: Array<[number, number]>): number {
  const all = [...own, ...earlier].sort((a, b) => a[0] - b[0]);
  let chain: Array<[number, number]> = [], chainEnd = -Infinity, holdsOwn = false;
  for (const period of all) {
    if (period[0] > chainEnd + GAP_DAYS + 1) {
      if (holdsOwn) break;
      chain = [];
    }
    chain.push(period);
    chainEnd = Math.max(chainEnd, period[1]);
    if (own.includes(period)) holdsOwn = true;
  }
  return coveredDays(chain);
}

/** The warning, or undefined when within the recommendation, unanswerable or without FMB support. */
export function checkFmbLength(answers: Record<string, unknown>, earlierPeriods: readonly SickLeavePeriod[], fmb: FmbLookup): Issue | undefined {
  const own = periodsOf(answers.sjukskrivning);
  if (own.length === 0) return undefined;
  const codes = (Array.isArray(answers.diagnoser) ? answers.diagnoser : [])
    .map((d) => (isPlainObject(d) && typeof d.code === 'string' ? d.code : ''))
    .filter(Boolean);
  const max = maxRecommendedDays(fmb, codes);
  if (!max) return undefined;
  const proposed = coveredDays([...own]);
  const total = caseDays(own, periodsOf([...earlierPeriods]));
  const motivate = 'Ange en motivering i fråga 37 till varför arbetsförmågan bedöms nedsatt längre tid än FMB anger.';
  if (proposed > max.days) {
    return { field: QUESTION_FIELD, code: 'fmb-length-exceeded', message: `Den föreslagna sjukskrivningsperioden är längre än FMB:s rekommendation på ${max.days} dagar för diagnosen ${max.code}. ${motivate}` };
  }
  if (total > max.days) {
    return {
      field: QUESTION_FIELD,
      code: 'fmb-length-exceeded',
      message: `Den totala sjukskrivningsperioden är ${total} dagar och därmed längre än FMB:s rekommendation på ${max.days} dagar för diagnosen ${max.code}, baserad på patientens sammanhängande intyg på denna vårdenhet. ${motivate}`,
    };
  }
  return undefined;
}

/**
 * For the runtime: the warning for a validated payload, only for types that ask question 37 and
 * only while it is shown (smittbärarpenning hides it, and then FMB's lengths do not apply).
 */
export function fmbWarning(prepared: PreparedPayload, decisions: Decisions, earlierPeriods: readonly SickLeavePeriod[], fmb: FmbLookup): Issue | undefined {
  const { fieldIndex } = prepared.plan;
  const question = fieldIndex.get(QUESTION_FIELD);
  if (question === undefined || !fieldIndex.has('sjukskrivning') || !fieldIndex.has('diagnoser') || !decisions.shown[question]) return undefined;
  return checkFmbLength(prepared.answers, earlierPeriods, fmb);
}
