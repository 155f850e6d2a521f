/**
 * Stage 3c: CertificateModel → a json-rules-engine rule set. Visibility, required-when,
 * enabled-when and the cross-field rules each become one engine rule whose event says what holds;
 * the runtime's fast evaluator reads the same conditions.
 */

import type { CertificateModel, Condition, LeafCondition } from '../model/types.js';
import { findOperator } from '../rules/operators/index.js';
import { banner } from './banner.js';

export interface EngineRule {
  name: string;
  conditions: Condition;
  event: { type: string; params: Record<string, string> };
}

export interface RuleSet {
  $comment: string;
  type: string;
  version: string;
  rules: EngineRule[];
}

/** json-rules-engine requires a `value` even for unary operators and an all/any/not at the top. */
export function toEngineCondition(condition: Condition): Condition {
  if ('all' in condition) return { all: condition.all.map(toEngineCondition) };
  if ('any' in condition) return { any: condition.any.map(toEngineCondition) };
  if ('not' in condition) return { not: toEngineCondition(condition.not) };
  const leaf: LeafCondition = { ...condition };
  if (leaf.value === undefined && findOperator(leaf.operator)?.value === 'none') leaf.value = true;
  return leaf;
}

function topLevel(condition: Condition): Condition {
  const engine = toEngineCondition(condition);
  return 'all' in engine || 'any' in engine || 'not' in engine ? engine : { all: [engine] };
}

/** A field or section is shown when its showIf holds and its hideIf does not. */
export function visibilityCondition(showIf?: Condition, hideIf?: Condition): Condition | undefined {
  if (showIf && hideIf) return { all: [showIf, { not: hideIf }] };
  if (hideIf) return { not: hideIf };
  return showIf;
}

export function disabledCondition(enabledIf?: Condition, disabledIf?: Condition): Condition | undefined {
  if (enabledIf && disabledIf) return { any: [disabledIf, { not: enabledIf }] };
  if (enabledIf) return { not: enabledIf };
  return disabledIf;
}

export function generateRuleSet(model: CertificateModel): RuleSet {
  const rules: EngineRule[] = [];
  for (const section of model.sections) {
    const shown = visibilityCondition(section.showIf, section.hideIf);
    if (shown) rules.push({ name: `section:${section.id}:shown`, conditions: topLevel(shown), event: { type: 'shown', params: { section: section.id } } });
  }
  for (const field of model.fields) {
    const shown = visibilityCondition(field.showIf, field.hideIf);
    if (shown) rules.push({ name: `${field.id}:shown`, conditions: topLevel(shown), event: { type: 'shown', params: { field: field.id } } });
    if (typeof field.required === 'object') {
      rules.push({ name: `${field.id}:required`, conditions: topLevel(field.required), event: { type: 'required', params: { field: field.id } } });
    }
    const disabled = disabledCondition(field.enabledIf, field.disabledIf);
    if (disabled) rules.push({ name: `${field.id}:disabled`, conditions: topLevel(disabled), event: { type: 'disabled', params: { field: field.id } } });
  }
  for (const rule of model.rules) {
    rules.push({
      name: rule.id,
      conditions: topLevel(rule.when),
      event: { type: `validation-${rule.severity}`, params: { code: rule.id, field: rule.target, message: rule.message } },
    });
  }
  return { $comment: banner(model.file), type: model.id, version: model.version, rules };
}
