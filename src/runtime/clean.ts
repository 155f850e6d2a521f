/**
 * clean(): the step Webcert's form performs before a prefilled, copied or renewed draft is shown
 * — answers to questions the rules hide are dropped, and so are answers to questions the type
 * does not have — with a report of what went. Validation stays strict (`not-applicable`); this is
 * the explicit operation a caller runs when the data comes from somewhere else.
 *
 * One pass is enough: conditions never see a hidden answer, so dropping the hidden answers cannot
 * change what is shown.
 */

import { isPlainObject, type Issue } from '../fields/kind.js';
import { contextFacts } from '../rules/facts.js';
import { answerOf } from './decisions.js';
import { decide } from './decide.js';
import type { Plan } from './plan.js';

export interface DroppedAnswer {
  /** The answer's key in `answers`. */
  field: string;
  /** `hidden`: the rules do not show the question; `unknown-field`: the type has no such question. */
  reason: 'hidden' | 'unknown-field';
  /** The question as the form words it, for telling the user; absent for unknown keys. */
  label?: string;
  message: string;
}

export interface CleanResult {
  /** A copy with the dropped answers removed; the input itself is never changed. */
  certificate: Record<string, unknown>;
  dropped: DroppedAnswer[];
}

/** Drops what the answers of `certificate` (of `plan`'s type) should not hold. */
export function cleanWithPlan(plan: Plan, certificate: Record<string, unknown>, today: string): CleanResult {
  const answers = isPlainObject(certificate.answers) ? certificate.answers : {};
  const decisions = decide(plan, answers, contextFacts(certificate, today));
  const kept: Record<string, unknown> = {};
  const dropped: DroppedAnswer[] = [];
  for (const key of Object.keys(answers)) {
    const index = plan.fieldIndex.get(key);
    const fieldPlan = index === undefined ? undefined : plan.fields[index];
    if (!fieldPlan || !fieldPlan.kind.hasAnswer) {
      dropped.push({ field: key, reason: 'unknown-field', message: `Intyget har ingen fråga "${key}"; svaret togs bort.` });
    } else if (!decisions.shown[index!]) {
      const { label } = fieldPlan.field;
      dropped.push({ field: key, reason: 'hidden', label, message: `Frågan "${label}" visas inte; svaret togs bort.` });
    } else {
      kept[key] = answerOf(answers, key);
    }
  }
  return { certificate: { ...certificate, answers: kept }, dropped };
}

/** The cleaned certificate, or why it could not be cleaned (not an object, unknown type or version). */
export type CleanOutcome = (CleanResult & { errors: [] }) | { certificate: unknown; dropped: []; errors: Issue[] };
