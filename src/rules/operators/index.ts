/** The condition operators, sorted by id: json-rules-engine's own first, then ours. */

import type { OperatorDefinition } from '../operator.js';
import contains from './contains.js';
import doesNotContain from './does-not-contain.js';
import equal from './equal.js';
import inOperator from './in.js';
import notEqual from './not-equal.js';
import notIn from './not-in.js';
import { greaterThan, greaterThanInclusive, lessThan, lessThanInclusive } from './numeric.js';
import anyPeriodStartsBefore from './any-period-starts-before.js';
import dateAfter from './date-after.js';
import dateBefore from './date-before.js';
import dateOnOrAfter from './date-on-or-after.js';
import dateOnOrBefore from './date-on-or-before.js';
import inIcd10Chapter from './in-icd10-chapter.js';
import isAnswered from './is-answered.js';
import isNotAnswered from './is-not-answered.js';
import lengthOverDays from './length-over-days.js';
import overlaps from './overlaps.js';
import totalDaysLessThan from './total-days-less-than.js';

/** Built into json-rules-engine: registered there already, evaluated by us the same way. */
export const ENGINE_OPERATORS: readonly OperatorDefinition[] = [
  contains, doesNotContain, equal, greaterThan, greaterThanInclusive, inOperator, lessThan,
  lessThanInclusive, notEqual, notIn,
];

/** Ours: registered with json-rules-engine by the runtime before it runs an emitted rule set. */
export const CUSTOM_OPERATORS: readonly OperatorDefinition[] = [
  anyPeriodStartsBefore, dateAfter, dateBefore, dateOnOrAfter, dateOnOrBefore, inIcd10Chapter,
  isAnswered, isNotAnswered, lengthOverDays, overlaps, totalDaysLessThan,
];

const byId = new Map([...ENGINE_OPERATORS, ...CUSTOM_OPERATORS].map((operator) => [operator.id, operator]));

export function findOperator(id: string): OperatorDefinition | undefined {
  return byId.get(id);
}

export const OPERATOR_IDS = [...byId.keys()].sort();
