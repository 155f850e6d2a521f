/**
 * `intyg evaluate <file|-> [--json] [--explain]`: per section and field, whether it is shown,
 * required and enabled, and the messages that apply; with `--explain`, why, as `explain()` tells
 * it. Readable by default: shown fields first, so what the clinician sees reads first.
 */

import type { ExplainResult, Reason } from '../../runtime/explain.js';
import type { EvaluationResult } from '../../runtime/runtime.js';
import { EXIT_INVALID, EXIT_OK, readJsonInput } from '../io.js';
import { say } from '../lang.js';
import { dateFlag } from '../flags.js';
import { commandRuntime } from '../runtime.js';

const value = (raw: unknown) => (raw === undefined ? say('(obesvarad)', '(unanswered)') : JSON.stringify(raw));

function printReasons(label: string, reasons: readonly Reason[]): void {
  for (const reason of reasons) {
    const where = reason.location ? `  (${reason.location.file}:${reason.location.line}:${reason.location.col})` : '';
    console.log(`    ${label}: ${reason.text}${where}`);
    for (const fact of reason.facts ?? []) console.log(`      ${say('läste', 'read')} ${fact.label}${fact.path ? ` ${fact.path}` : ''} = ${value(fact.value)}`);
  }
}

function printHuman(source: string, result: EvaluationResult, explanation?: ExplainResult): void {
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
    const why = explanation?.fields[id];
    if (why) {
      printReasons(say('visas', 'shown'), why.because.shown);
      printReasons(say('obligatoriskt', 'required'), why.because.required);
      printReasons(say('aktivt', 'enabled'), why.because.enabled);
    }
  }
  for (const rule of explanation?.rules ?? []) {
    console.log(`  ${say('regel', 'rule')} ${rule.id} → ${rule.target}: ${rule.fired ? say('slår till', 'fires') : say('slår inte till', 'does not fire')}`);
    printReasons(say('därför', 'because'), rule.because);
  }
}

export async function runEvaluate(source: string, options: { today?: string; json?: boolean; explain?: boolean; definitions?: string; history?: string }): Promise<number> {
  const today = dateFlag(options.today, '--today');
  const runtime = await commandRuntime(options.definitions);
  const payload = readJsonInput(source);
  const history = options.history ? (await import('../history-option.js')).readHistoryOption(options.history, runtime, today) : undefined;
  const result = runtime.evaluate(payload, { today, history });
  const explanation = options.explain ? runtime.explain(payload, { today, history }) : undefined;
  if (options.json) console.log(JSON.stringify(explanation ?? result, null, 2));
  else printHuman(source, result, explanation);
  return result.errors.length ? EXIT_INVALID : EXIT_OK;
}
