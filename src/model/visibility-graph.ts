/**
 * The order in which visibility is decided: a section before its fields, a fact's field before
 * every field whose showIf/hideIf reads it. Shared by the cycle check and the runtime.
 */

import { factsOf } from '../rules/condition.js';
import type { CertificateModel } from './types.js';

export type VisibilityNode = `field:${string}` | `section:${string}`;

export interface VisibilityGraph {
  /** Nodes in an order where every node comes after what it depends on (when acyclic). */
  order: VisibilityNode[];
  dependencies: Map<VisibilityNode, VisibilityNode[]>;
  cycle: VisibilityNode[] | null;
}

export function visibilityGraph(model: CertificateModel): VisibilityGraph {
  const fieldIds = new Set(model.fields.map((field) => field.id));
  const dependencies = new Map<VisibilityNode, VisibilityNode[]>();
  const factNodes = (conditions: unknown[]) => {
    const facts = new Set<string>();
    for (const condition of conditions) if (condition) factsOf(condition as never, facts);
    return [...facts].filter((fact) => fieldIds.has(fact)).map((fact) => `field:${fact}` as VisibilityNode);
  };
  for (const section of model.sections) {
    dependencies.set(`section:${section.id}`, factNodes([section.showIf, section.hideIf]));
  }
  for (const field of model.fields) {
    dependencies.set(`field:${field.id}`, [`section:${field.sectionId}`, ...factNodes([field.showIf, field.hideIf])]);
  }
  const order: VisibilityNode[] = [];
  const state = new Map<VisibilityNode, 'visiting' | 'done'>();
  const stack: VisibilityNode[] = [];
  let cycle: VisibilityNode[] | null = null;
  const visit = (node: VisibilityNode): void => {
    if (cycle || state.get(node) === 'done') return;
    if (state.get(node) === 'visiting') {
      cycle = stack.slice(stack.indexOf(node));
      return;
    }
    state.set(node, 'visiting');
    stack.push(node);
    for (const dependency of dependencies.get(node) ?? []) visit(dependency);
    stack.pop();
    state.set(node, 'done');
    order.push(node);
  };
  for (const node of dependencies.keys()) visit(node);
  return { order, dependencies, cycle };
}
