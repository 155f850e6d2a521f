/** `file:line:col` of a pointer into one side's YAML, for a change found there. */

import { locate, resolvePointer } from '../definition/source.js';
import type { Pointer, SourceLocation } from '../model/types.js';
import type { Change, ChangeClass, DiffSide } from './types.js';

export function locationOf(side: DiffSide, pointer: Pointer, key = false): SourceLocation {
  const { line, col } = locate(side.source, pointer, { key });
  return { file: resolvePointer(side.source, pointer).source.file, line, col };
}

/** Collects changes; each is located on the side it names. */
export class ChangeList {
  readonly changes: Change[] = [];

  add(changeClass: ChangeClass, code: string, message: string, side: DiffSide, pointer: Pointer, key = false): void {
    this.changes.push({ class: changeClass, code, message, location: locationOf(side, pointer, key) });
  }
}
