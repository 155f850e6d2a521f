/**
 * explain(): why each section and field is shown or hidden, required or not, enabled or locked,
 * and why each rule's message does or does not appear. It runs the same `decide()` over a plan
 * whose compiled conditions report every node they decide (`ConditionObserver`), so the account
 * comes from the code that decides, never from a second evaluation; `test/runtime/explain.test.ts`
 * checks that it agrees with `evaluate()`. Words come from the condition describer, positions from
 * the compiled model's `locations`.
 */

import type { CodeSystems } from '../codesystems/types.js';
import type { KindEnvironment } from '../fields/kind.js';
import type { CertificateModel, Condition, LeafCondition, SourceLocation } from '../model/types.js';
import { contextFacts } from '../rules/facts.js';
import type { History } from '../documents/history-types.js';
import { describeCondition } from '../rules/describe/index.js';
import { isFactReference, type ConditionObservation } from '../rules/condition.js';
import { decide } from './decide.js';
import { buildPlan, type Plan } from './plan.js';
import type { PreparedPayload } from './validate.js';

export type ConditionKey = 'showIf' | 'hideIf' | 'required' | 'enabledIf' | 'disabledIf' | 'when';

/** A value a condition read: a field's answer or a context fact, at a path. */
export interface FactReading {
  fact: string;
  path?: string;
  /** The question's label (with its number), or what the context fact is: "dagens datum". */
  label: string;
  value: unknown;
}

/** One node of a condition as it was decided; `holds` is undefined when it was never reached. */
export interface TraceNode {
  text: string;
  operator: string;
  holds?: boolean;
  reading?: FactReading;
  /** The right-hand side as compared (a fact reference resolved). */
  value?: unknown;
  children?: TraceNode[];
}

export interface Reason {
  kind: 'always' | 'condition' | 'section' | 'hidden';
  /** A Swedish sentence: "Döljs när ”Smittbärarpenning” är ikryssad; det gäller nu." */
  text: string;
  key?: ConditionKey;
  /** The condition in words, from the describer. */
  condition?: string;
  location?: SourceLocation;
  /** Whether the condition held; undefined when it was never reached. */
  holds?: boolean;
  facts?: FactReading[];
  trace?: TraceNode;
  /** For `kind: 'section'`: the section whose visibility decided. */
  section?: string;
}

export interface FieldExplanation {
  shown: boolean;
  required: boolean;
  enabled: boolean;
  because: { shown: Reason[]; required: Reason[]; enabled: Reason[] };
}

export interface RuleExplanation {
  id: string;
  target: string;
  severity: 'error' | 'warning' | 'info';
  fired: boolean;
  because: Reason[];
}

export interface ExplainResult {
  type?: string;
  errors: Array<{ field: string; code: string; message: string }>;
  sections: Record<string, { shown: boolean; because: Reason[] }>;
  fields: Record<string, FieldExplanation>;
  rules: RuleExplanation[];
}

const CONTEXT_LABELS: Record<string, string> = {
  today: 'dagens datum', patient: 'patienten', issuer: 'intygsutfärdaren', unit: 'vårdenheten',
};

/** A plan whose conditions report to a buffer that each explain call empties first. */
interface ExplainingPlan {
  plan: Plan;
  observed: Map<string, Map<Condition, ConditionObservation>>;
}

const explainingPlans = new WeakMap<CertificateModel, ExplainingPlan>();

function explainingPlan(model: CertificateModel, env: KindEnvironment): ExplainingPlan {
  let entry = explainingPlans.get(model);
  if (!entry) {
    const observed = new Map<string, Map<Condition, ConditionObservation>>();
    const plan = buildPlan(model, env, (site) => (observation) => {
      let nodes = observed.get(site);
      if (!nodes) observed.set(site, (nodes = new Map()));
      nodes.set(observation.node, observation);
    });
    entry = { plan, observed };
    explainingPlans.set(model, entry);
  }
  return entry;
}

class Explainer {
  constructor(
    private readonly model: CertificateModel,
    private readonly observed: ReadonlyMap<string, ReadonlyMap<Condition, ConditionObservation>>,
  ) {}

  private label(fact: string): string {
    const context = CONTEXT_LABELS[fact];
    if (context) return context;
    const field = this.model.fields.find((candidate) => candidate.id === fact);
    if (!field) return fact;
    const name = field.kind === 'checkbox' && typeof field.props.text === 'string' && field.props.text ? field.props.text : field.label;
    return field.ref ? `${field.ref} ${name}` : name;
  }

  /** A fact's name, with the shift a condition gave it: "dagens datum − 7 dagar". */
  private shifted(fact: string, days: number | undefined): string {
    return days ? `${this.label(fact)} ${days < 0 ? '−' : '+'} ${Math.abs(days)} ${Math.abs(days) === 1 ? 'dag' : 'dagar'}` : this.label(fact);
  }

  private reading(leaf: LeafCondition, observation?: ConditionObservation): FactReading {
    return { fact: leaf.fact, ...(leaf.path ? { path: leaf.path } : {}), label: this.shifted(leaf.fact, leaf.params?.days), value: observation?.fact };
  }

  private trace(site: string, condition: Condition): TraceNode {
    const observation = this.observed.get(site)?.get(condition);
    const base = { text: describeCondition(condition, this.model), ...(observation ? { holds: observation.holds } : {}) };
    if ('all' in condition) return { ...base, operator: 'all', children: condition.all.map((part) => this.trace(site, part)) };
    if ('any' in condition) return { ...base, operator: 'any', children: condition.any.map((part) => this.trace(site, part)) };
    if ('not' in condition) return { ...base, operator: 'not', children: [this.trace(site, condition.not)] };
    return { ...base, operator: condition.operator, reading: this.reading(condition, observation), ...(observation && 'value' in observation ? { value: observation.value } : {}) };
  }

  /** Every value the decided leaves read, on either side, once each. */
  private readings(site: string, condition: Condition): FactReading[] {
    const readings: FactReading[] = [];
    const seen = new Set<string>();
    const add = (reading: FactReading) => {
      const key = `${reading.fact}${reading.path ?? ''}`;
      if (!seen.has(key)) readings.push(reading), seen.add(key);
    };
    const visit = (node: Condition) => {
      if ('all' in node) node.all.forEach(visit);
      else if ('any' in node) node.any.forEach(visit);
      else if ('not' in node) visit(node.not);
      else {
        const observation = this.observed.get(site)?.get(node);
        add(this.reading(node, observation));
        if (isFactReference(node.value)) {
          add({ fact: node.value.fact, ...(node.value.path ? { path: node.value.path } : {}), label: this.shifted(node.value.fact, node.value.params?.days), value: observation?.value });
        }
      }
    };
    visit(condition);
    return readings;
  }

  /**
   * A condition at a site as a reason. `verb` says what the condition does when it holds ("Visas",
   * "Döljs", "Obligatorisk", "Låst", "Går att fylla i", "Meddelandet visas").
   */
  condition(site: string, owner: string, key: ConditionKey, condition: Condition, verb: string): Reason {
    const holds = this.observed.get(site)?.get(condition)?.holds;
    const words = describeCondition(condition, this.model);
    const state = holds === undefined ? 'prövas inte nu' : holds ? 'det gäller nu' : 'det gäller inte nu';
    const location = this.model.locations?.[`${owner}.${key}`];
    return {
      kind: 'condition', key, text: `${verb} när ${words}; ${state}.`, condition: `${verb.toLowerCase()} när ${words}`,
      ...(location ? { location } : {}), ...(holds !== undefined ? { holds } : {}),
      facts: this.readings(site, condition), trace: this.trace(site, condition),
    };
  }

  visibility(site: string, owner: string, item: { showIf?: Condition; hideIf?: Condition }, noun: string): Reason[] {
    const reasons: Reason[] = [];
    if (item.showIf) reasons.push(this.condition(site, owner, 'showIf', item.showIf, 'Visas'));
    if (item.hideIf) reasons.push(this.condition(site, owner, 'hideIf', item.hideIf, 'Döljs'));
    return reasons.length ? reasons : [{ kind: 'always', text: `${noun} visas alltid.` }];
  }
}

export function explainPrepared(prepared: PreparedPayload, today: string, codeSystems: CodeSystems, history?: History): ExplainResult {
  const { model } = prepared.plan;
  const { plan, observed } = explainingPlan(model, { codeSystems });
  observed.clear();
  const decisions = decide(plan, prepared.answers, contextFacts(prepared.certificate, today, prepared.plan.model, history));
  const explainer = new Explainer(model, observed);

  const sections: ExplainResult['sections'] = {};
  model.sections.forEach((section, index) => {
    sections[section.id] = { shown: decisions.sectionShown[index], because: explainer.visibility(`section:${section.id}`, `section:${section.id}`, section, 'Avsnittet') };
  });

  const fields: ExplainResult['fields'] = {};
  model.fields.forEach((field, index) => {
    const owner = `field:${field.id}`;
    const section = model.sections.find((candidate) => candidate.id === field.sectionId)!;
    const sectionShown = sections[section.id].shown;
    // The section's own deciding reason: the condition that hid it, with its position and values.
    const hiding = sections[section.id].because.find((reason) => reason.holds === (reason.key === 'hideIf')) ?? sections[section.id].because[0];
    const shown: Reason[] = sectionShown ? [] : [{
      ...hiding, kind: 'section', section: section.id,
      text: `Döljs eftersom avsnittet ”${section.title}” inte visas: ${hiding.text.charAt(0).toLowerCase()}${hiding.text.slice(1)}`,
    }];
    if (field.showIf || field.hideIf || sectionShown) shown.push(...explainer.visibility(owner, owner, field, 'Frågan'));
    const isShown = decisions.shown[index];
    let required: Reason[];
    if (field.required === false) required = [{ kind: 'always', text: 'Frågan är frivillig.' }];
    else if (!isShown) required = [{ kind: 'hidden', text: 'Inte obligatorisk nu, eftersom frågan inte visas.' }];
    else if (field.required === true) required = [{ kind: 'always', text: 'Obligatorisk när frågan visas.' }];
    else required = [explainer.condition(`${owner}.required`, owner, 'required', field.required, 'Obligatorisk')];
    const enabled: Reason[] = [];
    if (field.disabledIf) enabled.push(explainer.condition(`${owner}.disabled`, owner, 'disabledIf', field.disabledIf, 'Låst'));
    if (field.enabledIf) enabled.push(explainer.condition(`${owner}.disabled`, owner, 'enabledIf', field.enabledIf, 'Går att fylla i'));
    if (!enabled.length) enabled.push({ kind: 'always', text: 'Går alltid att fylla i.' });
    fields[field.id] = { shown: isShown, required: decisions.required[index], enabled: decisions.enabled[index], because: { shown, required, enabled } };
  });

  const hits = new Set(decisions.hits.map((hit) => hit.code));
  const rules = plan.rules.map(({ rule, targetIndex }): RuleExplanation => {
    const target = model.fields[targetIndex];
    const because = decisions.shown[targetIndex]
      ? [explainer.condition(`rule:${rule.id}`, `rule:${rule.id}`, 'when', rule.when, 'Meddelandet visas')]
      : [{ kind: 'hidden' as const, text: `Prövas inte, eftersom frågan ”${target.label}” inte visas.` }];
    return { id: rule.id, target: rule.target, severity: rule.severity, fired: hits.has(rule.id), because };
  });

  return { type: model.id, errors: [], sections, fields, rules };
}
