/** `dateOnOrAfter`: the date is the value's day or later, e.g. not before the birth date. */
import { dateComparison } from './comparable-date.js';

export default dateComparison('dateOnOrAfter', 'Datumet är samma dag som eller efter värdet.', 'är tidigast', (a, b) => a >= b);
