/** `dateOnOrBefore`: the date is the value's day or earlier, e.g. not after the death date. */
import { dateComparison } from './comparable-date.js';

export default dateComparison('dateOnOrBefore', 'Datumet är samma dag som eller före värdet.', 'är senast', (a, b) => a <= b);
