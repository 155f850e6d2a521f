/**
 * A field's visibility may depend on other fields' answers, and a hidden field's answer counts as
 * not given; the dependencies must therefore form no cycle, or no order could decide them.
 */
import type { SemanticCheck } from './check.js';
import { visibilityGraph, type VisibilityNode } from '../visibility-graph.js';
import { factsOf } from '../../rules/condition.js';
import type { CertificateModel, Condition, Pointer } from '../types.js';

/**
 * Where the cycle is written: the showIf or hideIf of its first node that names the next node's
 * field. A node depends on its section implicitly (no condition names it); then the section's own
 * condition on the way round is the place.
 */
function conditionInCycle(model: CertificateModel, cycle: readonly VisibilityNode[]): { pointer: Pointer } {
  for (let index = 0; index < cycle.length; index += 1) {
    const node = cycle[index];
    const next = cycle[(index + 1) % cycle.length];
    if (!next.startsWith('field:')) continue;
    const owner = node.startsWith('field:')
      ? model.fields.find((field) => `field:${field.id}` === node)
      : model.sections.find((section) => `section:${section.id}` === node);
    if (!owner) continue;
    for (const key of ['showIf', 'hideIf'] as const) {
      const condition = owner[key] as Condition | undefined;
      if (condition && factsOf(condition as never, new Set()).has(next.slice('field:'.length))) return { pointer: [...owner.pointer, key] };
    }
  }
  const first = model.fields.find((field) => `field:${field.id}` === cycle[0]) ?? model.sections.find((section) => `section:${section.id}` === cycle[0])!;
  return { pointer: first.pointer };
}

const check: SemanticCheck = {
  id: 'visibility-cycle',
  description: 'showIf/hideIf-villkor beror inte på varandra i en cirkel.',
  codes: ['condition/cycle'],
  run({ model, report }) {
    const { cycle } = visibilityGraph(model);
    if (!cycle) return;
    const names = cycle.map((node) => node.replace(/^field:/, '').replace(/^section:/, 'avsnitt '));
    report(conditionInCycle(model, cycle).pointer, 'condition/cycle', `Villkoren för när fälten visas bildar en cirkel: ${names.join(' → ')} → ${names[0]}. Låt ett av fälten visas utan att bero på de andra.`);
  },
};

export default check;
