/**
 * The contract of a condition operator. The same `evaluate` function is registered with
 * json-rules-engine (for the emitted rules.json) and called by the fast evaluator, so the two
 * cannot disagree on what an operator means.
 */

import type { ValueTypeName } from '../fields/kind.js';

/**
 * What the right-hand side must be: `none` (unary; json-rules-engine still needs a value, so the
 * compiler writes `true`), `same` (the fact's own type, an option id for codes), `sameList` (a list
 * of those), `element` (an option id of a code list), or a value type.
 */
export type OperatorValue = 'none' | 'same' | 'sameList' | 'element' | 'any' | 'icd10Range' | ValueTypeName;

/**
 * A condition in Swedish, as the predicate of a subordinate clause ("…när <subject> <predicate>"):
 * `verb` starts with the finite verb ("är ikryssad", "innehåller"), so negation is `inte` before it.
 */
export interface Predicate {
  verb: string;
  /** The right-hand side in words, after the verb: `”Ja”`, `7 dagar före dagens datum`. */
  value?: string;
  negated?: boolean;
  /**
   * Names the part of the answer the predicate is about, replacing the fact's own part: `contains`
   * says `”Studier” är ikryssad i ”Sysselsättning”` rather than `”Sysselsättning” innehåller ”Studier”`.
   */
  part?: string;
}

/** What an operator's wording gets: the fact's kind's own words and the value already in words. */
export interface WordingContext {
  /** The kind's participle for "given" at the fact's path: `ifylld`, `besvarad`, `ikryssad`. */
  answered: string;
  /** The kind's participle for a chosen option of a list: `ikryssad`, `vald`. */
  chosen: string;
  /** How the kind says the answer has a value: `är besvarad med` (choices), `är` (text, numbers, dates). */
  is: string;
  /** The kind's own predicate for `equal <value>`, where it has a better one (a ticked checkbox). */
  equals?: Predicate;
  /** The value in words; a list's items joined with "eller". */
  value: string;
  /** A list value's items in words, one each (`in`, `inIcd10Chapter`). */
  values: string[];
  /** The value as written, for operators that count (`14` → "14 dagar"). */
  raw: unknown;
}

export interface OperatorDefinition {
  id: string;
  description: string;
  /** The condition in Swedish (src/rules/describe/), from the fact's words and the value's. */
  wording(context: WordingContext): Predicate;
  /** Value types the fact may have; `any` accepts every type. */
  factTypes: readonly ValueTypeName[] | 'any';
  value: OperatorValue;
  evaluate(factValue: unknown, value: unknown): boolean;
  /** json-rules-engine's factValueValidator: when it fails, the condition is false. */
  factValueValidator?(factValue: unknown): boolean;
}

export function defineOperator(definition: OperatorDefinition): OperatorDefinition {
  return definition;
}
