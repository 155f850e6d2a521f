/**
 * `isAnswered`: the fact holds something — not undefined, null, blank text, an empty list or an
 * object without answered values. `false` is an answer (a Ja/Nej answered Nej).
 */
import { defineOperator } from '../operator.js';

/** Answers are at most a few levels deep; anything nested deeper than this counts as given. */
const MAX_DEPTH = 16;

export function hasAnswer(value: unknown, depth = 0): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (typeof value !== 'object') return true;
  if (depth >= MAX_DEPTH) return true;
  if (Array.isArray(value)) return value.some((item) => hasAnswer(item, depth + 1));
  for (const key in value) {
    if (Object.prototype.hasOwnProperty.call(value, key) && hasAnswer((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}

export default defineOperator({
  id: 'isAnswered',
  description: 'Frågan (eller delen som path pekar på) är besvarad.',
  factTypes: 'any',
  value: 'none',
  wording: ({ answered }) => ({ verb: `är ${answered}` }),
  evaluate: (a) => hasAnswer(a),
});
