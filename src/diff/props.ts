/**
 * A field's own keys (its kind's `props`) compared between versions. Limits are compared by
 * direction: a lower maximum or a higher minimum is narrower (breaking), the other way wider
 * (compatible); a limit that appears is narrower, one that goes wider. Texts only people read are
 * wording; a key this module does not know is reported as breaking, since nothing shows it is not.
 */

import { dateLimitAnchor, resolveDateLimit } from '../util/dates.js';
import type { FieldModel, Pointer } from '../model/types.js';
import type { ChangeList } from './locate.js';

import type { ChangeClass, DiffSide } from './types.js';

/** Keys whose value is a ceiling: more is wider. */
const UPPER = new Set(['maxLength', 'rows', 'maxRows', 'descriptionMaxLength', 'maxPositions', 'yearsBack']);
/** Keys whose value is a floor: more is narrower. */
const LOWER = new Set(['minPositions', 'psychiatricMinPositions']);
/** Texts people read and nothing checks. */
const WORDING = new Set(['text', 'trueLabel', 'falseLabel', 'fromLabel', 'toLabel', 'modalLabel', 'collectionsLabel', 'placeholder', 'unit', 'rowLabels']);
/** How the form shows the question, not what it accepts. */
const PRESENTATION = new Set(['display', 'level']);
/** Compared elsewhere: options and columns have changes of their own. */
const STRUCTURE = new Set(['options', 'columns']);

const DATE_KINDS = new Set(['date', 'dateChoices', 'dateRange', 'sickLeavePeriods']);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const shown = (value: unknown) => (value === undefined ? 'ingen' : typeof value === 'string' ? value : JSON.stringify(value));

/**
 * Which way a limit moved: 'narrower', 'wider' or undefined when the two cannot be ordered (a
 * date limit against another anchor, a year limit against a number).
 */
function direction(key: 'min' | 'max', kind: string, before: unknown, after: unknown): 'narrower' | 'wider' | undefined {
  if (before === undefined) return 'narrower';
  if (after === undefined) return 'wider';
  let a: number | string | undefined;
  let b: number | string | undefined;
  if (typeof before === 'number' && typeof after === 'number') [a, b] = [before, after];
  else if (DATE_KINDS.has(kind) && typeof before === 'string' && typeof after === 'string' && dateLimitAnchor(before) === dateLimitAnchor(after)) {
    // Limits with the same anchor move together, so one day decides it for every day.
    [a, b] = [resolveDateLimit(before, '2000-01-01') ?? undefined, resolveDateLimit(after, '2000-01-01') ?? undefined];
  } else {
    const year = (limit: string) => /^(birthYear|signingYear)(?:([+-])(\d+))?$/.exec(limit);
    const [x, y] = [typeof before === 'string' ? year(before) : null, typeof after === 'string' ? year(after) : null];
    if (x && y && x[1] === y[1]) [a, b] = [Number(`${x[2] ?? '+'}${x[3] ?? 0}`), Number(`${y[2] ?? '+'}${y[3] ?? 0}`)];
  }
  if (a === undefined || b === undefined) return undefined;
  if (a === b) return undefined;
  return (key === 'max') === (b < a) ? 'narrower' : 'wider';
}

export function compareProps(list: ChangeList, name: string, from: { field: FieldModel; side: DiffSide }, to: { field: FieldModel; side: DiffSide; pointer: Pointer }): void {
  const keys = [...new Set([...Object.keys(from.field.props), ...Object.keys(to.field.props)])].sort();
  for (const key of keys) {
    const before = from.field.props[key];
    const after = to.field.props[key];
    if (same(before, after) || STRUCTURE.has(key)) continue;
    const at = [...to.pointer, key];
    const what = `${key} för ${name}: ${shown(before)} → ${shown(after)}`;
    let changeClass: ChangeClass;
    let code: string;
    if (UPPER.has(key) || LOWER.has(key)) {
      const narrower = before === undefined ? true : after === undefined ? false : LOWER.has(key) ? Number(after) > Number(before) : Number(after) < Number(before);
      [changeClass, code] = narrower ? ['breaking', 'limit-narrowed'] : ['compatible', 'limit-widened'];
    } else if (key === 'min' || key === 'max') {
      const moved = direction(key, to.field.kind, before, after);
      [changeClass, code] = moved === 'wider' ? ['compatible', 'limit-widened'] : moved === 'narrower' ? ['breaking', 'limit-narrowed'] : ['breaking', 'limit-changed'];
    } else if (key === 'codeSystems') {
      const lost = ((before ?? []) as string[]).filter((system) => !((after ?? []) as string[]).includes(system));
      [changeClass, code] = lost.length || after === undefined ? ['breaking', 'limit-narrowed'] : ['compatible', 'limit-widened'];
    } else if (WORDING.has(key)) {
      [changeClass, code] = ['wording', 'text-changed'];
    } else if (PRESENTATION.has(key)) {
      [changeClass, code] = ['compatible', 'presentation-changed'];
    } else {
      [changeClass, code] = ['breaking', 'setting-changed'];
    }
    const words = { 'limit-narrowed': 'Snävare gräns', 'limit-widened': 'Vidare gräns', 'limit-changed': 'Ändrad gräns som inte kan jämföras', 'text-changed': 'Ändrad text', 'presentation-changed': 'Ändrad visning', 'setting-changed': 'Ändrad inställning' }[code];
    if (after === undefined) list.add(changeClass, code, `${words}: ${what}.`, from.side, [...from.field.pointer, key], true);
    else list.add(changeClass, code, `${words}: ${what}.`, to.side, at, true);
  }
}
