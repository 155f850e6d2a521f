/**
 * A field's visibility may depend on other fields' answers, and a hidden field's answer counts as
 * not given; the dependencies must therefore form no cycle, or no order could decide them.
 */
import type { SemanticCheck } from './check.js';
import { visibilityGraph } from '../visibility-graph.js';

const check: SemanticCheck = {
  id: 'visibility-cycle',
  description: 'showIf/hideIf-villkor beror inte på varandra i en cirkel.',
  codes: ['condition/cycle'],
  run({ model, report }) {
    const { cycle } = visibilityGraph(model);
    if (!cycle) return;
    const names = cycle.map((node) => node.replace(/^field:/, '').replace(/^section:/, 'avsnitt '));
    const first = cycle[0];
    const pointer = first.startsWith('field:')
      ? model.fields.find((field) => `field:${field.id}` === first)!.pointer
      : model.sections.find((section) => `section:${section.id}` === first)!.pointer;
    const key = first.startsWith('field:') ? (model.fields.find((f) => `field:${f.id}` === first)!.showIf ? 'showIf' : 'hideIf') : 'showIf';
    report([...pointer, key], 'condition/cycle', `Villkoren för när fälten visas bildar en cirkel: ${names.join(' → ')} → ${names[0]}. Låt ett av fälten visas utan att bero på de andra.`);
  },
};

export default check;
