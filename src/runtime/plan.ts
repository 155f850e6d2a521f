/**
 * A model compiled for the runtime: conditions as closures, validators built once, fields and
 * sections in the order their visibility must be decided. Built once per type, used for every
 * payload of that type.
 */

import type { AnswerValidator, FieldKind, KindEnvironment } from '../fields/kind.js';
import { getKind } from '../fields/registry.js';
import type { CertificateModel, Condition, FieldModel, RuleModel } from '../model/types.js';
import { visibilityGraph } from '../model/visibility-graph.js';
import { compileCondition, type CompiledCondition, type ConditionObserver, type FactNumbering } from '../rules/condition.js';
import { CONTEXT_FACTS } from '../model/types.js';
import { disabledCondition, visibilityCondition } from '../compiler/rules-json.js';

export interface FieldPlan {
  field: FieldModel;
  kind: FieldKind;
  sectionIndex: number;
  show?: CompiledCondition;
  required: boolean | CompiledCondition;
  disabled?: CompiledCondition;
  validate: AnswerValidator;
  requiredMessage: string;
}

export interface RulePlan {
  rule: RuleModel;
  when: CompiledCondition;
  targetIndex: number;
}

export type PlanStep = { section: number } | { field: number };

export interface Plan {
  model: CertificateModel;
  /** Slot of each fact in the fact array: the context facts first, then one per field. */
  factSlot: FactNumbering;
  fields: FieldPlan[];
  sections: Array<{ id: string; show?: CompiledCondition }>;
  order: PlanStep[];
  rules: RulePlan[];
  fieldIndex: ReadonlyMap<string, number>;
}

/**
 * Where a compiled condition decides: `section:<id>` and `field:<id>` (shown), `field:<id>.required`,
 * `field:<id>.disabled`, `rule:<id>`. An explaining plan observes each under its site.
 */
export type SiteObserver = (site: string) => ConditionObserver;

const NO_VALIDATORS: AnswerValidator = () => {
  throw new Error('This plan decides visibility only; build it with a KindEnvironment to validate');
};

/**
 * Without `env` the plan decides visibility, required and rules but cannot validate answers: what
 * the lifecycle needs to clean a new draft without reading code systems.
 */
export function buildPlan(model: CertificateModel, env?: KindEnvironment, observe?: SiteObserver): Plan {
  const sectionIndex = new Map(model.sections.map((section, index) => [section.id, index]));
  const fieldIndex = new Map(model.fields.map((field, index) => [field.id, index]));
  const slots = new Map<string, number>([...CONTEXT_FACTS.map((fact, index) => [fact, index] as const), ...model.fields.map((field, index) => [field.id, CONTEXT_FACTS.length + index] as const)]);
  const factSlot: FactNumbering = (fact) => {
    const slot = slots.get(fact);
    if (slot === undefined) throw new Error(`Unknown fact "${fact}"; the checker should have refused it`);
    return slot;
  };
  const compileAt = (site: string, condition: Condition) => compileCondition(condition, factSlot, observe?.(site));
  const compileOptional = (site: string, condition: Condition | undefined) => (condition ? compileAt(site, condition) : undefined);
  const fields = model.fields.map((field): FieldPlan => {
    const kind = getKind(field.kind);
    return {
      field,
      kind,
      sectionIndex: sectionIndex.get(field.sectionId)!,
      show: compileOptional(`field:${field.id}`, visibilityCondition(field.showIf, field.hideIf)),
      required: typeof field.required === 'object' ? compileAt(`field:${field.id}.required`, field.required) : field.required,
      disabled: compileOptional(`field:${field.id}.disabled`, disabledCondition(field.enabledIf, field.disabledIf)),
      validate: env ? kind.createValidator(field, env) : NO_VALIDATORS,
      requiredMessage: field.messages.required ?? kind.requiredMessage,
    };
  });
  const sections = model.sections.map((section) => ({ id: section.id, show: compileOptional(`section:${section.id}`, visibilityCondition(section.showIf, section.hideIf)) }));
  const order = visibilityGraph(model).order.map((node): PlanStep =>
    node.startsWith('section:') ? { section: sectionIndex.get(node.slice(8))! } : { field: fieldIndex.get(node.slice(6))! },
  );
  const rules = model.rules.map((rule) => ({
    rule,
    when: compileAt(`rule:${rule.id}`, rule.when),
    targetIndex: fieldIndex.get(/^[A-Za-z0-9]+/.exec(rule.target)![0])!,
  }));
  return { model, factSlot, fields, sections, order, rules, fieldIndex };
}
