/**
 * `totalDaysLessThan`: the sick-leave days of all complete periods, each counted with both ends,
 * add up to fewer than N — FK7804's send dialog counts this way for its "under 15 days" text.
 * False when no period is complete, so an unfinished answer never triggers the message.
 */
import { defineOperator } from '../operator.js';
import { inclusiveDays, isIsoDate } from '../../util/dates.js';
import { isPlainObject } from '../../fields/kind.js';
import { daysOrValue } from '../describe/words.js';

function completeDays(range: unknown): number {
  return isPlainObject(range) && isIsoDate(range.from) && isIsoDate(range.to) && range.from <= range.to
    ? inclusiveDays(range.from, range.to)
    : 0;
}

export default defineOperator({
  id: 'totalDaysLessThan',
  description: 'Periodernas dagar (båda ändarna räknas) är sammanlagt färre än värdet.',
  factTypes: ['periods', 'dateRange'],
  value: 'number',
  wording: ({ raw, value }) => ({ verb: 'omfattar sammanlagt färre än', value: daysOrValue(raw, value) }),
  evaluate(fact, days) {
    if (!isPlainObject(fact)) return false;
    let total = 0;
    if ('from' in fact || 'to' in fact) total = completeDays(fact);
    else for (const key in fact) if (Object.prototype.hasOwnProperty.call(fact, key)) total += completeDays(fact[key]);
    return total > 0 && total < (days as number);
  },
});
