/**
 * A parsed YAML file kept together with its line counter, so any later stage can turn a
 * pointer (`['sections', 2, 'fields', 0, 'maxLength']`) back into `file:line:col` — also when
 * the node came from a shared block that the definition includes.
 */

import { isMap, isScalar, isSeq, LineCounter, type Document, type Node } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { PathSegment } from '../util/path.js';

export interface SourceFile {
  /** Repository-relative, `/`-separated. */
  file: string;
  text: string;
  document: Document;
  lineCounter: LineCounter;
  /**
   * Where parts of the merged definition really live: a pointer starting with `from` is found at
   * `to` in `source`. Set when shared blocks are included; sections after an include move too.
   */
  redirects?: Redirect[];
}

export interface Redirect {
  from: PathSegment[];
  source: SourceFile;
  to: PathSegment[];
}

export interface Position {
  line: number;
  col: number;
}

function startsWith(pointer: readonly PathSegment[], prefix: readonly PathSegment[]): boolean {
  return prefix.length <= pointer.length && prefix.every((segment, index) => pointer[index] === segment);
}

/** The file and pointer a merged-definition pointer really refers to. */
export function resolvePointer(source: SourceFile, pointer: readonly PathSegment[]): { source: SourceFile; pointer: readonly PathSegment[] } {
  const redirect = source.redirects?.find((candidate) => startsWith(pointer, candidate.from));
  return redirect ? { source: redirect.source, pointer: [...redirect.to, ...pointer.slice(redirect.from.length)] } : { source, pointer };
}

/**
 * The YAML node at `pointer` (and its key node, for a map entry), or the deepest node that exists
 * when the pointer goes past the document (a missing key).
 */
export function nodeAt(merged: SourceFile, mergedPointer: readonly PathSegment[]): { source: SourceFile; node: Node | null; keyNode: Node | null; complete: boolean } {
  const { source, pointer } = resolvePointer(merged, mergedPointer);
  let node: Node | null = source.document.contents as Node | null;
  let keyNode: Node | null = null;
  let depth = 0;
  for (const segment of pointer) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
      if (!pair) break;
      keyNode = pair.key as Node;
      node = (pair.value as Node | null) ?? keyNode;
    } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
      node = node.items[segment] as Node;
      keyNode = null;
    } else break;
    depth += 1;
  }
  return { source, node, keyNode, complete: depth === pointer.length };
}

/**
 * Position of the value at `pointer`; with `key: true`, of its key. A pointer that goes past
 * the document (a missing key) falls back to the deepest node that exists.
 */
export function locate(merged: SourceFile, mergedPointer: readonly PathSegment[], options: { key?: boolean } = {}): Position {
  const { source, node, keyNode } = nodeAt(merged, mergedPointer);
  const target = options.key && keyNode ? keyNode : node;
  const offset = target?.range?.[0] ?? 0;
  return source.lineCounter.linePos(offset);
}

export function diagnosticAt(
  source: SourceFile,
  pointer: readonly PathSegment[],
  code: string,
  message: string,
  options: { key?: boolean; severity?: 'error' | 'warning' } = {},
): Diagnostic {
  const { line, col } = locate(source, pointer, options);
  const file = resolvePointer(source, pointer).source.file;
  return { code, severity: options.severity ?? 'error', message, file, line, col };
}
