/**
 * Helpers for the kinds' fast-check arbitraries. fast-check is passed in rather than imported so
 * the runtime never loads a test library, and it is described here by the few functions the kinds
 * call rather than by fast-check's own types, so the published `.d.ts` files do not need the
 * dev-only fast-check either. test/helpers/arbitrary.ts passes fast-check itself where this is
 * expected, so `tsc` checks the description fits.
 */

import { addDays } from '../util/dates.js';

export interface Arbitrary<T> {
  map<U>(mapper: (value: T) => U): Arbitrary<U>;
}

type Builder = (...args: any[]) => Arbitrary<any>;

/** The functions of fast-check the kinds build arbitraries with. */
export interface ArbitraryApi {
  array: Builder;
  boolean: Builder;
  constant: Builder;
  constantFrom: Builder;
  dictionary: Builder;
  integer: Builder;
  oneof: Builder;
  record: Builder;
  string: Builder;
  subarray: Builder;
}

/** Property tests validate against this date; generated dates cluster around it. */
export const ARBITRARY_TODAY = '2026-11-20';

/** Sometimes '', the date a form leaves behind when a box is ticked but no date picked. */
export function dateArbitrary(fc: ArbitraryApi): Arbitrary<string> {
  return fc.oneof(
    { weight: 20, arbitrary: fc.integer({ min: -60, max: 20 }).map((offset) => addDays(ARBITRARY_TODAY, offset)) },
    { weight: 1, arbitrary: fc.constant('') },
  );
}

/** Mostly well-formed values, sometimes a value of the wrong type, so both paths get exercised. */
export function withNoise<T>(fc: ArbitraryApi, arbitrary: Arbitrary<T>): Arbitrary<unknown> {
  return fc.oneof(
    { weight: 12, arbitrary },
    { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.constant('2026-02-30'), fc.constant({})) },
  );
}
