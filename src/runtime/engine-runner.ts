/**
 * Runs an emitted rules.json in json-rules-engine itself and turns its events into Decisions.
 * Hidden answers are masked the same way as in the fast evaluator: run, mask the answers of
 * hidden fields, run again until visibility no longer changes (at most one round per level of
 * showIf dependencies, since the dependencies form no cycle).
 */

import { Engine, Fact, Operator } from 'json-rules-engine';
import type { RuleSet } from '../compiler/rules-json.js';
import { CUSTOM_OPERATORS } from '../rules/operators/index.js';
import { shiftDates, type Facts } from '../rules/facts.js';
import { answerOf, factValueOf, type Decisions, type RuleHit } from './decisions.js';
import type { Plan } from './plan.js';
import type { Severity } from '../model/types.js';

export function createEngine(ruleSet: RuleSet): Engine {
  const engine = new Engine(ruleSet.rules as never[], { allowUndefinedFacts: true });
  for (const operator of CUSTOM_OPERATORS) {
    engine.addOperator(new Operator(operator.id, operator.evaluate, operator.factValueValidator));
  }
  return engine;
}

function dynamicFact(id: string, value: unknown): Fact {
  return new Fact(id, (params: { days?: number }) => shiftDates(value, params?.days));
}

export async function runEngine(engine: Engine, plan: Plan, answers: Record<string, unknown>, context: Facts): Promise<Decisions> {
  const ids = plan.fields.map((fieldPlan) => fieldPlan.field.id);
  const conditionalSections = new Set(plan.sections.flatMap((section, index) => (section.show ? [index] : [])));
  const conditionalFields = new Set(plan.fields.flatMap((fieldPlan, index) => (fieldPlan.show ? [index] : [])));
  let shown: boolean[] | null = null;
  for (let round = 0; round <= plan.fields.length + plan.sections.length + 1; round += 1) {
    const facts: Fact[] = Object.entries(context).map(([id, value]) => dynamicFact(id, value));
    ids.forEach((id, index) => {
      const visible = shown === null || shown[index];
      const { kind } = plan.fields[index];
      facts.push(dynamicFact(id, visible && kind.hasAnswer ? factValueOf(kind, answerOf(answers, id)) : undefined));
    });
    const { events } = await engine.run(facts as never);
    const shownSections = new Set<string>();
    const shownFields = new Set<string>();
    const requiredFields = new Set<string>();
    const disabledFields = new Set<string>();
    const hits: RuleHit[] = [];
    for (const event of events) {
      const params = event.params as Record<string, string>;
      if (event.type === 'shown' && params.section) shownSections.add(params.section);
      else if (event.type === 'shown') shownFields.add(params.field);
      else if (event.type === 'required') requiredFields.add(params.field);
      else if (event.type === 'disabled') disabledFields.add(params.field);
      else if (event.type.startsWith('validation-')) {
        hits.push({ code: params.code, field: params.field, severity: event.type.slice(11) as Severity, message: params.message });
      }
    }
    const sectionShown = plan.sections.map((section, index) => !conditionalSections.has(index) || shownSections.has(section.id));
    const nextShown = plan.fields.map(
      (fieldPlan, index) => sectionShown[fieldPlan.sectionIndex] && (!conditionalFields.has(index) || shownFields.has(ids[index])),
    );
    if (shown !== null && nextShown.every((value, index) => value === shown![index])) {
      const ruleOrder = new Map(plan.rules.map((rule, index) => [rule.rule.id, index]));
      return {
        sectionShown,
        shown,
        required: plan.fields.map((fieldPlan, index) => shown![index] && (fieldPlan.required === true || requiredFields.has(ids[index]))),
        enabled: ids.map((id) => !disabledFields.has(id)),
        hits: hits
          .filter((hit) => shown![plan.rules[ruleOrder.get(hit.code)!].targetIndex])
          .sort((a, b) => ruleOrder.get(a.code)! - ruleOrder.get(b.code)!),
      };
    }
    shown = nextShown;
  }
  throw new Error('Visibility did not settle; the definition has a showIf cycle the checker missed');
}
