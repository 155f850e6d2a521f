/**
 * `intyg evaluate <file|-> [--json]`: per section and field, whether it is shown, required and
 * enabled, and the messages that apply. Readable by default: hidden fields are listed last, so
 * what the clinician sees reads first.
 */

import type { EvaluationResult } from '../../runtime/runtime.js';
import { EXIT_INVALID, EXIT_OK, readJsonInput } from '../io.js';
import { say } from '../lang.js';
import { checkedToday } from './options.js';
import { commandRuntime } from '../runtime.js';

function printHuman(source: string, result: EvaluationResult): void {
  if (result.errors.length) {
    console.log(say(`${source}: kan inte utvärderas`, `${source}: cannot be evaluated`));
    for (const issue of result.errors) console.log(`  ${issue.code}: ${issue.message}`);
    return;
  }
  const entries = Object.entries(result.fields);
  const shown = entries.filter(([, field]) => field.shown);
  console.log(say(`${source}: ${result.type}, ${shown.length} av ${entries.length} fält visas`, `${source}: ${result.type}, ${shown.length} of ${entries.length} fields shown`));
  for (const [id, field] of [...shown, ...entries.filter(([, candidate]) => !candidate.shown)]) {
    const state = [
      field.shown ? say('visas', 'shown') : say('dolt', 'hidden'),
      ...(field.required ? [say('obligatoriskt', 'required')] : []),
      ...(field.enabled ? [] : [say('låst', 'disabled')]),
    ].join(', ');
    console.log(`  ${id.padEnd(28)} ${state}`);
    for (const message of field.messages) console.log(`    ${message.severity} ${message.code}: ${message.message}`);
  }
}

export async function runEvaluate(source: string, options: { today?: string; json?: boolean; definitions?: string }): Promise<number> {
  const today = checkedToday(options.today);
  const result = (await commandRuntime(options.definitions)).evaluate(readJsonInput(source), { today });
  if (options.json) console.log(JSON.stringify(result, null, 2));
  else printHuman(source, result);
  return result.errors.length ? EXIT_INVALID : EXIT_OK;
}
