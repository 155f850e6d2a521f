/**
 * Helpers for the kinds' fast-check arbitraries. fast-check is passed in rather than imported so
 * the runtime never loads a test library.
 */

import type * as FastCheck from 'fast-check';
import { addDays } from '../util/dates.js';

/** Property tests validate against this date; generated dates cluster around it. */
export const ARBITRARY_TODAY = '2026-11-20';

/** Sometimes '', the date a form leaves behind when a box is ticked but no date picked. */
export function dateArbitrary(fc: typeof FastCheck): FastCheck.Arbitrary<string> {
  return fc.oneof(
    { weight: 20, arbitrary: fc.integer({ min: -60, max: 20 }).map((offset) => addDays(ARBITRARY_TODAY, offset)) },
    { weight: 1, arbitrary: fc.constant('') },
  );
}

/** Mostly well-formed values, sometimes a value of the wrong type, so both paths get exercised. */
export function withNoise<T>(fc: typeof FastCheck, arbitrary: FastCheck.Arbitrary<T>): FastCheck.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 12, arbitrary },
    { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.constant('2026-02-30'), fc.constant({})) },
  );
}
