/**
 * The fast evaluator. Visibility is decided in dependency order, and a field's answer enters the
 * facts only once the field is known to be shown, so conditions never see hidden answers.
 */

import { CONTEXT_FACTS } from '../model/types.js';
import type { ContextFacts } from '../rules/facts.js';
import { answerOf, factValueOf, type Decisions, type RuleHit } from './decisions.js';
import type { Plan } from './plan.js';

const CONTEXT_SLOTS = CONTEXT_FACTS.length;

export function decide(plan: Plan, answers: Record<string, unknown>, context: ContextFacts): Decisions {
  const fieldCount = plan.fields.length;
  const facts = new Array<unknown>(CONTEXT_SLOTS + fieldCount).fill(undefined);
  for (let slot = 0; slot < CONTEXT_SLOTS; slot += 1) facts[slot] = context[CONTEXT_FACTS[slot]];
  const values = new Array<unknown>(fieldCount);
  const sectionShown = new Array<boolean>(plan.sections.length);
  const shown = new Array<boolean>(fieldCount);
  for (const step of plan.order) {
    if ('section' in step) {
      const show = plan.sections[step.section].show;
      sectionShown[step.section] = show === undefined || show(facts);
      continue;
    }
    const index = step.field;
    const fieldPlan = plan.fields[index];
    const value = fieldPlan.kind.hasAnswer ? answerOf(answers, fieldPlan.field.id) : undefined;
    values[index] = value;
    const visible = sectionShown[fieldPlan.sectionIndex] && (fieldPlan.show === undefined || fieldPlan.show(facts));
    shown[index] = visible;
    if (visible) facts[CONTEXT_SLOTS + index] = factValueOf(fieldPlan.kind, value);
  }
  const required = new Array<boolean>(fieldCount);
  const enabled = new Array<boolean>(fieldCount);
  for (let index = 0; index < fieldCount; index += 1) {
    const { required: rule, disabled } = plan.fields[index];
    required[index] = shown[index] && (rule === true || (typeof rule === 'function' && rule(facts)));
    enabled[index] = disabled === undefined || !disabled(facts);
  }
  const hits: RuleHit[] = [];
  for (const { rule, when, targetIndex } of plan.rules) {
    if (shown[targetIndex] && when(facts)) hits.push({ code: rule.id, field: rule.target, severity: rule.severity, message: rule.message });
  }
  return { sectionShown, shown, required, enabled, hits, values };
}

/**
 * The fact array conditions run on, for code outside the evaluator (printing, the lifecycle):
 * the context facts, then each shown field's fact value, exactly as `decide` builds it.
 */
export function factsFor(plan: Plan, answers: Record<string, unknown>, context: ContextFacts, shown: readonly boolean[]): unknown[] {
  const facts = new Array<unknown>(CONTEXT_SLOTS + plan.fields.length).fill(undefined);
  for (const name of CONTEXT_FACTS) facts[plan.factSlot(name)] = context[name];
  plan.fields.forEach((fieldPlan, index) => {
    if (shown[index] && fieldPlan.kind.hasAnswer) facts[CONTEXT_SLOTS + index] = factValueOf(fieldPlan.kind, answerOf(answers, fieldPlan.field.id));
  });
  return facts;
}
