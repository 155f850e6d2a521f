/**
 * What the rules decide for one payload: which sections and fields are shown, required and
 * enabled, and which cross-field rules fire. Both the fast evaluator and the json-rules-engine
 * runner produce this shape, so the parity test can compare them directly.
 */

import type { Severity } from '../model/types.js';

export interface RuleHit {
  code: string;
  field: string;
  severity: Severity;
  message: string;
}

export interface Decisions {
  sectionShown: boolean[];
  shown: boolean[];
  required: boolean[];
  enabled: boolean[];
  hits: RuleHit[];
  /** Each field's answer as read from the payload (own properties only); not compared for parity. */
  values?: unknown[];
}

const hasOwn = Object.prototype.hasOwnProperty;

/** The answer of a field as conditions may see it: own properties only, never the prototype's. */
export function answerOf(answers: Record<string, unknown>, id: string): unknown {
  return hasOwn.call(answers, id) ? answers[id] : undefined;
}

/** The value conditions see for a shown field's answer: the kind's `factValue`, else the answer. */
export function factValueOf(kind: { factValue?(value: unknown): unknown }, value: unknown): unknown {
  return kind.factValue && value !== undefined ? kind.factValue(value) : value;
}
