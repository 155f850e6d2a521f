/**
 * When a field is shown, required and editable, as conditions and in Swedish: what the generated
 * JSON Schema and TypeScript say about a field, and what an explanation of a decision starts from.
 * A field is shown when its section is and its own showIf/hideIf allow it; required always means
 * required when shown.
 */

import type { CertificateModel, Condition, FieldModel, SectionModel } from '../../model/types.js';
import { describeCondition } from './condition.js';

export interface ConditionInWords {
  condition: Condition;
  /** The condition as a subordinate clause: `”Smittbärarpenning” inte är ikryssad`. */
  text: string;
}

export interface FieldConditions {
  /** Absent when the field is always shown. */
  shown?: ConditionInWords;
  required: boolean | ConditionInWords;
  /** Absent when the field is always editable. */
  enabled?: ConditionInWords;
}

/** `show ∧ ¬hide` of each level in turn, or undefined when nothing restricts it. */
export function bothConditions(pairs: ReadonlyArray<{ when?: Condition; unless?: Condition }>): Condition | undefined {
  const parts: Condition[] = [];
  for (const { when, unless } of pairs) {
    if (when) parts.push(when);
    if (unless) parts.push({ not: unless });
  }
  return parts.length === 0 ? undefined : parts.length === 1 ? parts[0] : { all: parts };
}

function inWords(condition: Condition | undefined, model: CertificateModel): ConditionInWords | undefined {
  return condition && { condition, text: describeCondition(condition, model) };
}

export function sectionConditions(model: CertificateModel, section: SectionModel): { shown?: ConditionInWords } {
  return { shown: inWords(bothConditions([{ when: section.showIf, unless: section.hideIf }]), model) };
}

export function fieldConditions(model: CertificateModel, field: FieldModel): FieldConditions {
  const section = model.sections.find((candidate) => candidate.id === field.sectionId);
  const shown = bothConditions([
    { when: section?.showIf, unless: section?.hideIf },
    { when: field.showIf, unless: field.hideIf },
  ]);
  return {
    shown: inWords(shown, model),
    required: typeof field.required === 'object' ? inWords(field.required, model)! : field.required,
    enabled: inWords(bothConditions([{ when: field.enabledIf, unless: field.disabledIf }]), model),
  };
}

/** "Visas när …. Obligatorisk när …. Kan besvaras när …." — the sentences, in that order. */
export function conditionSentences(conditions: FieldConditions): string[] {
  const sentences: string[] = [];
  if (conditions.shown) sentences.push(`Visas när ${conditions.shown.text}.`);
  if (conditions.required === true) sentences.push('Obligatorisk.');
  else if (conditions.required) sentences.push(`Obligatorisk när ${conditions.required.text}.`);
  if (conditions.enabled) sentences.push(`Kan besvaras när ${conditions.enabled.text}.`);
  return sentences;
}
