/**
 * `isAnswered`: the fact holds something — not undefined, null, blank text, an empty list or an
 * object without answered values. `false` is an answer (a Ja/Nej answered Nej).
 */
import { defineOperator } from '../operator.js';

export function hasAnswer(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.some(hasAnswer);
  if (typeof value === 'object') {
    for (const key in value) {
      if (Object.prototype.hasOwnProperty.call(value, key) && hasAnswer((value as Record<string, unknown>)[key])) return true;
    }
    return false;
  }
  return true;
}

export default defineOperator({
  id: 'isAnswered',
  description: 'Frågan (eller delen som path pekar på) är besvarad.',
  factTypes: 'any',
  value: 'none',
  evaluate: (a) => hasAnswer(a),
});
