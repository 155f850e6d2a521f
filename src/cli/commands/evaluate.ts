/** `intyg evaluate <file|->`: per field, whether it is shown, required, enabled, and its messages. */

import { loadRuntime } from '../../project.js';
import { EXIT_INVALID, EXIT_OK, readJsonInput } from '../io.js';

export function runEvaluate(source: string, options: { today?: string }): number {
  const result = loadRuntime().evaluate(readJsonInput(source), { today: options.today });
  console.log(JSON.stringify(result, null, 2));
  return result.errors.length ? EXIT_INVALID : EXIT_OK;
}
