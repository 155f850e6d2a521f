/**
 * A rule is evaluated only while its target is shown. A rule whose condition includes exactly the
 * condition that hides its target (the target's or its section's `hideIf`, or the opposite of a
 * `showIf`) can therefore never fire: whenever it would, its target is hidden. Found by comparing
 * conditions as written (key order aside), so it never reports a rule that can fire.
 */
import type { SemanticCheck } from './check.js';
import type { CertificateModel, Condition, RuleModel } from '../types.js';

/** A condition as text with sorted keys, and with `not: { not: x }` read as `x`. */
function canonical(condition: unknown): string {
  let node = condition as Record<string, unknown>;
  while (node && typeof node === 'object' && Object.keys(node).length === 1 && node.not && typeof node.not === 'object' && Object.keys(node.not).length === 1 && (node.not as Record<string, unknown>).not) {
    node = (node.not as Record<string, unknown>).not as Record<string, unknown>;
  }
  if (Array.isArray(node)) return `[${node.map(canonical).join(',')}]`;
  if (node === null || typeof node !== 'object') return JSON.stringify(node);
  return `{${Object.keys(node).sort().map((key) => `${JSON.stringify(key)}:${canonical(node[key])}`).join(',')}}`;
}

/** The parts all of which must hold: the items of a (nested) `all`, else the condition itself. */
function conjuncts(condition: Condition): Condition[] {
  return 'all' in condition && Array.isArray(condition.all) ? condition.all.flatMap(conjuncts) : [condition];
}

/** Conditions under which the rule's target is hidden, each with where it is written. */
function hiddenWhen(model: CertificateModel, rule: RuleModel): Array<{ condition: Condition; where: string }> {
  const fieldId = /^[A-Za-z0-9]+/.exec(rule.target)?.[0];
  const field = model.fields.find((candidate) => candidate.id === fieldId);
  const section = field && model.sections.find((candidate) => candidate.id === field.sectionId);
  if (!field || !section) return [];
  const list: Array<{ condition: Condition; where: string }> = [];
  const add = (owner: { showIf?: Condition; hideIf?: Condition }, name: string) => {
    if (owner.hideIf) list.push({ condition: owner.hideIf, where: `${name} döljs (hideIf)` });
    if (owner.showIf) list.push({ condition: { not: owner.showIf }, where: `${name} inte visas (showIf)` });
  };
  add(section, `avsnittet "${section.id}"`);
  add(field, `fältet "${field.id}"`);
  return list;
}

const check: SemanticCheck = {
  id: 'rule-reachable',
  description: 'Ingen regel kräver just det villkor som döljer dess target.',
  codes: ['rule/never-fires'],
  run({ model, report }) {
    for (const rule of model.rules) {
      const parts = new Set(conjuncts(rule.when).map(canonical));
      const blocking = hiddenWhen(model, rule).find(({ condition }) => parts.has(canonical(condition)));
      if (blocking) {
        report([...rule.pointer, 'when'], 'rule/never-fires', `Regeln "${rule.id}" kan aldrig slå till: när villkoret gäller ${blocking.where}, och en regel prövas bara när dess target ("${rule.target}") visas. Rätta villkoret eller flytta target.`);
      }
    }
  },
};

export default check;
