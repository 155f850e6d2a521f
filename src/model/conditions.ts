/** Every condition in a model, with where it sits in the YAML and what owns it. */

import type { CertificateModel, Condition, Pointer } from './types.js';

export interface ConditionSite {
  condition: Condition;
  pointer: Pointer;
  /** `field:<id>`, `section:<id>` or `rule:<id>`. */
  owner: string;
  key: 'showIf' | 'hideIf' | 'required' | 'enabledIf' | 'disabledIf' | 'when' | 'unavailableIf';
}

export function conditionSites(model: CertificateModel): ConditionSite[] {
  const sites: ConditionSite[] = [];
  for (const section of model.sections) {
    for (const key of ['showIf', 'hideIf'] as const) {
      const condition = section[key];
      if (condition) sites.push({ condition, pointer: [...section.pointer, key], owner: `section:${section.id}`, key });
    }
  }
  for (const field of model.fields) {
    for (const key of ['showIf', 'hideIf', 'enabledIf', 'disabledIf'] as const) {
      const condition = field[key];
      if (condition) sites.push({ condition, pointer: [...field.pointer, key], owner: `field:${field.id}`, key });
    }
    if (typeof field.required === 'object') {
      sites.push({ condition: field.required, pointer: [...field.pointer, 'required'], owner: `field:${field.id}`, key: 'required' });
    }
  }
  for (const rule of model.rules) sites.push({ condition: rule.when, pointer: [...rule.pointer, 'when'], owner: `rule:${rule.id}`, key: 'when' });
  for (const entry of model.print.hideable) {
    if (entry.unavailableIf) sites.push({ condition: entry.unavailableIf, pointer: [...entry.pointer, 'unavailableIf'], owner: `print:${entry.id}`, key: 'unavailableIf' });
  }
  model.lifecycle?.sendNotices.forEach((notice, index) => {
    if (notice.when) sites.push({ condition: notice.when, pointer: [...notice.pointer, 'when'], owner: `lifecycle:sendNotices[${index}]`, key: 'when' });
  });
  return sites;
}

/** Visits every node, composite or leaf, with its pointer. */
export function forEachNode(condition: Condition, pointer: Pointer, visit: (node: Condition, pointer: Pointer) => void): void {
  visit(condition, pointer);
  if ('all' in condition && Array.isArray(condition.all)) condition.all.forEach((part, i) => forEachNode(part, [...pointer, 'all', i], visit));
  else if ('any' in condition && Array.isArray(condition.any)) condition.any.forEach((part, i) => forEachNode(part, [...pointer, 'any', i], visit));
  else if ('not' in condition && condition.not) forEachNode(condition.not, [...pointer, 'not'], visit);
}

/** Visits every leaf with its pointer. */
export function forEachLeaf(
  condition: Condition,
  pointer: Pointer,
  visit: (leaf: Extract<Condition, { fact: string }>, pointer: Pointer) => void,
): void {
  if ('all' in condition && Array.isArray(condition.all)) condition.all.forEach((part, i) => forEachLeaf(part, [...pointer, 'all', i], visit));
  else if ('any' in condition && Array.isArray(condition.any)) condition.any.forEach((part, i) => forEachLeaf(part, [...pointer, 'any', i], visit));
  else if ('not' in condition && condition.not) forEachLeaf(condition.not, [...pointer, 'not'], visit);
  else visit(condition as Extract<Condition, { fact: string }>, pointer);
}
