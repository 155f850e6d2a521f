/**
 * YAML aliases (`*name`) repeat an anchored node (`&name`). Legitimate definitions may use many of
 * them; a document whose aliases nest into aliases ("billion laughs") expands exponentially and
 * would exhaust memory when turned into data, and an alias inside its own anchor never ends. The
 * yaml library's own guard (`maxAliasCount`) throws without a location and also refuses harmless
 * documents, so the expansion is measured here instead: each node counted once per place it ends
 * up, anchored nodes measured once and remembered, so the check itself stays linear.
 */

import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';

/** Far beyond any definition (the largest has a few thousand nodes), far below harm. */
export const MAX_EXPANDED_NODES = 100_000;

export type AliasProblem = { kind: 'bomb' | 'cycle'; alias: Node; name: string };

export function checkAliases(document: Document, limit = MAX_EXPANDED_NODES): AliasProblem | null {
  const sizes = new Map<Node, number>();
  const inProgress = new Set<Node>();
  let problem: AliasProblem | null = null;

  /** Expanded size of a node; saturates just above the limit so the numbers stay small. */
  const size = (node: unknown): number => {
    if (problem || node === null || node === undefined) return 0;
    if (isAlias(node)) {
      const target = node.resolve(document) as Node | undefined;
      if (!target) return 1;
      if (inProgress.has(target)) {
        problem = { kind: 'cycle', alias: node, name: node.source };
        return 0;
      }
      return size(target);
    }
    if (isScalar(node)) return 1;
    const known = sizes.get(node as Node);
    if (known !== undefined) return known;
    inProgress.add(node as Node);
    let total = 1;
    if (isMap(node) || isSeq(node)) {
      for (const item of node.items as unknown[]) {
        total += isPair(item) ? size(item.key) + size(item.value) : size(item);
        if (total > limit) break;
      }
    }
    inProgress.delete(node as Node);
    total = Math.min(total, limit + 1);
    sizes.set(node as Node, total);
    return total;
  };

  // Walk in document order and report the alias at which the expanded document outgrows the limit.
  let expanded = 0;
  const walk = (node: unknown): void => {
    if (problem || node === null || node === undefined) return;
    if (isAlias(node)) {
      expanded += size(node);
      if (!problem && expanded > limit) problem = { kind: 'bomb', alias: node, name: node.source };
      return;
    }
    expanded += 1;
    if (isMap(node) || isSeq(node)) {
      for (const item of node.items as unknown[]) {
        if (isPair(item)) {
          walk(item.key);
          walk(item.value);
        } else walk(item);
      }
    }
  };
  walk(document.contents);
  return problem;
}
