/**
 * The fast evaluator. Visibility is decided in dependency order, and a field's answer enters the
 * facts only once the field is known to be shown, so conditions never see hidden answers.
 */

import type { Facts } from '../rules/facts.js';
import { answerOf, type Decisions, type RuleHit } from './decisions.js';
import type { Plan } from './plan.js';

export function decide(plan: Plan, answers: Record<string, unknown>, context: Facts): Decisions {
  const facts: Facts = { ...context };
  const sectionShown = new Array<boolean>(plan.sections.length);
  const shown = new Array<boolean>(plan.fields.length);
  for (const step of plan.order) {
    if ('section' in step) {
      const show = plan.sections[step.section].show;
      sectionShown[step.section] = show === undefined || show(facts);
      continue;
    }
    const fieldPlan = plan.fields[step.field];
    const visible = sectionShown[fieldPlan.sectionIndex] && (fieldPlan.show === undefined || fieldPlan.show(facts));
    shown[step.field] = visible;
    if (visible && fieldPlan.kind.hasAnswer) {
      const value = answerOf(answers, fieldPlan.field.id);
      if (value !== undefined) facts[fieldPlan.field.id] = value;
    }
  }
  const required = plan.fields.map((fieldPlan, index) =>
    shown[index] && (fieldPlan.required === true || (typeof fieldPlan.required === 'function' && fieldPlan.required(facts))),
  );
  const enabled = plan.fields.map((fieldPlan) => fieldPlan.disabled === undefined || !fieldPlan.disabled(facts));
  const hits: RuleHit[] = [];
  for (const { rule, when, targetIndex } of plan.rules) {
    if (shown[targetIndex] && when(facts)) hits.push({ code: rule.id, field: rule.target, severity: rule.severity, message: rule.message });
  }
  return { sectionShown, shown, required, enabled, hits };
}
