/** `overlaps`: two periods share at least one day (inclusive, as the national rule). */
import { defineOperator } from '../operator.js';
import { isIsoDate } from '../../util/dates.js';
import { isPlainObject } from '../../fields/kind.js';
import { periodsOverlap } from '../../fields/kinds/sick-leave-periods.js';

function completeRange(value: unknown): { from: string; to: string } | null {
  return isPlainObject(value) && isIsoDate(value.from) && isIsoDate(value.to) && value.from <= value.to
    ? (value as { from: string; to: string })
    : null;
}

export default defineOperator({
  id: 'overlaps',
  description: 'Perioden har minst en dag gemensam med värdets period.',
  factTypes: ['dateRange'],
  value: 'dateRange',
  wording: ({ value }) => ({ verb: 'har minst en dag gemensam med', value }),
  evaluate(a, b) {
    const left = completeRange(a);
    const right = completeRange(b);
    return left !== null && right !== null && periodsOverlap(left, right);
  },
});
