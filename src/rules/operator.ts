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

export interface OperatorDefinition {
  id: string;
  description: string;
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
