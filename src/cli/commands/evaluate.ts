/** `intyg evaluate <file|->`: per field, whether it is shown, required, enabled, and its messages. */

import { loadRuntime } from '../../project.js';
import { EXIT_INVALID, EXIT_OK, readJsonInput } from '../io.js';
import { dateFlag } from '../flags.js';

export function runEvaluate(source: string, options: { today?: string }): number {
  dateFlag(options.today, '--today');
  const result = loadRuntime().evaluate(readJsonInput(source), { today: options.today });
  console.log(JSON.stringify(result, null, 2));
  return result.errors.length ? EXIT_INVALID : EXIT_OK;
}
