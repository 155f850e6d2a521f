/**
 * `diffVersions(from, to)`: every change between two versions of a type (or two states of one
 * definition), classified and located in the YAML; see `types.ts` for the classes. Pure: both
 * sides come compiled, with their sources.
 */

import { ChangeList } from './locate.js';
import { compareFields } from './fields.js';
import { compareModel } from './model.js';
import { compareRules } from './rules.js';
import { CLASS_ORDER, type Change, type DiffSide } from './types.js';

export type { Change, ChangeClass, DiffSide } from './types.js';
export { CLASS_ORDER } from './types.js';

export function diffVersions(from: DiffSide, to: DiffSide): Change[] {
  const list = new ChangeList();
  compareModel(list, from, to);
  compareFields(list, from, to);
  compareRules(list, from, to);
  const rank = (change: Change) => CLASS_ORDER.indexOf(change.class);
  return list.changes.sort((a, b) => rank(a) - rank(b)
    || a.location.file.localeCompare(b.location.file)
    || a.location.line - b.location.line
    || a.location.col - b.location.col
    || a.code.localeCompare(b.code));
}

/** Is any change breaking? */
export const hasBreaking = (changes: readonly Change[]) => changes.some((change) => change.class === 'breaking');
