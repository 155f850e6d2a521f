/**
 * Sick-leave periods (CheckboxDateRangeList): at most one period per degree (25/50/75/100 %).
 * Checked in the national order: each period on its own, then overlap, then "required".
 */

import type { FieldKind } from '../kind.js';
import {
  createLimitResolver, dateLimitProblems, optionIds, optionLabel, optionMap, optionsDoc, optionsOf, type DateLimits,
} from '../shared.js';
import { checkRange, endLabel, rangeArbitrary, rangeSchema } from './date-range.js';
import { quote } from '../../rules/describe/words.js';
import { withNoise } from '../arbitrary.js';
import type { FieldModel } from '../../model/types.js';

const dateText = (value: unknown): string => (typeof value === 'string' ? value : '');

/** "100 procent"; a label that does not state its degree gets it added, so no period prints without one. */
function degreeLabel(field: FieldModel, id: string): string {
  const label = optionLabel(field, id);
  const percent = optionsOf(field).find((option) => option.id === id)?.percent;
  return typeof percent === 'number' && !label.includes(String(percent)) ? `${label} (${percent} procent)` : label;
}

/** Inclusive: two periods that share a single day overlap. */
export function periodsOverlap(a: { from: string; to: string }, b: { from: string; to: string }): boolean {
  return (a.to < b.to ? a.to : b.to) >= (a.from > b.from ? a.from : b.from);
}

const sickLeavePeriods: FieldKind = {
  kind: 'sickLeavePeriods',
  description: 'Sjukskrivningsperioder, en period per nedsättningsgrad (CheckboxDateRangeList).',
  hasAnswer: true,
  definitionProperties: optionMap.properties,
  requiredProperties: ['options'],
  answerSchema: (field) => optionMap.schema(field, rangeSchema()),
  tsType: (field) => optionMap.tsType(field, 'DateRange'),
  describe(field, path) {
    if (path.length === 0) return { type: 'periods', options: optionIds(field) };
    if (!optionMap.option(field, path)) return undefined;
    if (path.length === 1) return { type: 'dateRange' };
    if (path.length === 2 && (path[1] === 'from' || path[1] === 'to')) return { type: 'date' };
    return undefined;
  },
  isAnswered: optionMap.isAnswered,
  requiredMessage: optionMap.requiredMessage,
  createValidator(field) {
    const ids = new Set(optionIds(field));
    const limitsFor = createLimitResolver(field.props as DateLimits);
    return (value, path, run) => {
      const before = run.errors.length;
      const complete: Array<{ id: string; from: string; to: string }> = [];
      const isObject = optionMap.entries(field, ids, value, path, run, (id, period, periodPath) => {
        const range = checkRange(field, period, periodPath, run, limitsFor(run));
        if (range) complete.push({ id, ...range });
      });
      if (!isObject) return;
      if (run.errors.length > before) return;
      complete.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
      for (let i = 1; i < complete.length; i += 1) {
        if (complete.slice(0, i).some((earlier) => periodsOverlap(earlier, complete[i]))) {
          run.errors.push({
            field: `${path}.${complete[i].id}`,
            code: 'overlap',
            message: field.messages.overlap ?? 'Ange perioder som inte överlappar varandra.',
          });
        }
      }
    };
  },
  // In date order, each with its degree. A draft may hold half a period; it prints what is there.
  printable: (field, value) =>
    Object.entries(value as Record<string, { from?: unknown; to?: unknown }>)
      .map(([id, range]) => ({ id, from: dateText(range?.from), to: dateText(range?.to) }))
      .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
      .map(({ id, from, to }) => `${degreeLabel(field, id)}: ${from && to ? `${from} – ${to}` : from ? `fr.o.m. ${from}` : `t.o.m. ${to}`}`)
      .join('\n'),
  wording(field, path) {
    if (!optionMap.option(field, path)) return {};
    const period = quote(optionLabel(field, String(path[0])));
    return { part: path.length === 1 ? period : `${quote(endLabel(field, path[1]))} för ${period}` };
  },
  tsDoc: optionsDoc,
  check(field) {
    // Each degree's period is keyed by its option; two options with one percent would make the
    // printed degree ambiguous and the national degree codes collide.
    const seen = new Map<number, string>();
    const duplicates = optionsOf(field).flatMap((option, index) => {
      const { percent } = option;
      if (typeof percent !== 'number') return [];
      const first = seen.get(percent);
      if (first === undefined) {
        seen.set(percent, option.id);
        return [];
      }
      return [{ code: 'definition/duplicate-percent', message: `"${option.id}" har samma procent (${percent}) som "${first}". Varje nedsättningsgrad ska ha en egen procentsats.`, at: ['options', index, 'percent'] }];
    });
    return [...dateLimitProblems(field), ...duplicates];
  },
  arbitrary: (field, fc) =>
    withNoise(fc, fc.dictionary(fc.constantFrom(...optionIds(field)), rangeArbitrary(fc), { maxKeys: 3 })),
};

export default sickLeavePeriods;
