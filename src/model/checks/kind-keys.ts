/** Each kind checks its own keys beyond their shape (date limits, min ≤ max, column ids …). */
import type { SemanticCheck } from './check.js';
import { getKind } from '../../fields/registry.js';

const check: SemanticCheck = {
  id: 'kind-keys',
  description: 'Fälttypens egna nycklar har rimliga värden.',
  codes: ['definition/bad-date-limit', 'definition/bad-limits', 'definition/duplicate-id', 'definition/duplicate-percent'],
  run({ model, env, report }) {
    for (const field of model.fields) {
      for (const problem of getKind(field.kind).check?.(field, env) ?? []) {
        report([...field.pointer, ...problem.at], problem.code, problem.message);
      }
    }
  },
};

export default check;
