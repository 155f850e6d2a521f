/**
 * Sick-leave periods (CheckboxDateRangeList): at most one period per degree (25/50/75/100 %).
 * Checked in the national order: each period on its own, then overlap, then "required".
 */

import { isPlainObject, typeIssue, type FieldKind } from '../kind.js';
import {
  createLimitResolver, dateLimitProblems, optionIds, optionLabel, optionMap, unknownOption, type DateLimits,
} from '../shared.js';
import { RANGE_SCHEMA, checkRange, rangeArbitrary } from './date-range.js';
import { withNoise } from '../arbitrary.js';
import { toEpochDay } from '../../util/dates.js';

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
  answerSchema: (field) => optionMap.schema(field, RANGE_SCHEMA),
  tsType: (field) => optionMap.tsType(field, 'DateRange'),
  describe(field, path) {
    if (path.length === 0) return { type: 'periods', options: optionIds(field) };
    if (!optionMap.option(field, path)) return undefined;
    if (path.length === 1) return { type: 'dateRange' };
    if (path.length === 2 && (path[1] === 'from' || path[1] === 'to')) return { type: 'date' };
    return undefined;
  },
  isAnswered: (value) => (isPlainObject(value) ? Object.keys(value).length > 0 : value !== undefined),
  requiredMessage: 'Välj minst ett alternativ.',
  createValidator(field) {
    const ids = new Set(optionIds(field));
    const limitsFor = createLimitResolver(field.props as DateLimits);
    return (value, path, run) => {
      if (!isPlainObject(value)) {
        run.errors.push(typeIssue(path));
        return;
      }
      const before = run.errors.length;
      const complete: Array<{ id: string; from: string; to: string }> = [];
      for (const id of Object.keys(value)) {
        if (!ids.has(id)) {
          unknownOption(field, `${path}.${id}`, run);
          continue;
        }
        const range = checkRange(field, value[id], `${path}.${id}`, run, limitsFor(run.today));
        if (range) complete.push({ id, ...range });
      }
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
  printable: (field, value) =>
    Object.entries(value as Record<string, { from: string; to: string }>)
      .sort(([, a], [, b]) => toEpochDay(a.from) - toEpochDay(b.from))
      .map(([id, range]) => `${optionLabel(field, id)}: ${range.from} – ${range.to}`)
      .join('\n'),
  check: dateLimitProblems,
  arbitrary: (field, fc) =>
    withNoise(fc, fc.dictionary(fc.constantFrom(...optionIds(field)), rangeArbitrary(fc), { maxKeys: 3 })),
};

export default sickLeavePeriods;
