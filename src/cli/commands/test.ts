/**
 * `intyg test [id…] [--definitions <dir>]`: runs the examples of one or more types against their
 * `.expect.json` in one process and shows what differs: `-` for an expected issue that did not
 * come, `+` for one that came unexpected, with its message. Exit 1 on any difference.
 */

import { definitionsRoot } from '../../project-paths.js';
import { exampleOptions, listExamples, type Example, type Expectation } from '../../examples.js';
import type { ValidationResult } from '../../runtime/validate.js';
import { EXIT_INVALID, EXIT_OK, UsageError } from '../io.js';
import { say } from '../lang.js';
import { commandRuntime } from '../runtime.js';

type Lists = 'errors' | 'warnings' | 'info';
const LISTS: Array<[Lists, string, string]> = [['errors', 'fel', 'error'], ['warnings', 'varning', 'warning'], ['info', 'info', 'info']];
const key = (issue: { field: string; code: string }) => `${issue.field} ${issue.code}`;

/** The differences as readable lines; empty when the result is what the example expects. */
export function differences(result: ValidationResult, expect: Expectation): string[] {
  const lines: string[] = [];
  if (result.valid !== expect.valid) {
    lines.push(say(`giltigt: väntat ${expect.valid ? 'ja' : 'nej'}, blev ${result.valid ? 'ja' : 'nej'}`, `valid: expected ${expect.valid}, got ${result.valid}`));
  }
  for (const [list, sv, en] of LISTS) {
    const wanted = expect[list];
    if (wanted === undefined) continue;
    const got = new Map(result[list].map((issue) => [key(issue), issue]));
    const want = new Set(wanted.map(key));
    for (const item of want) if (!got.has(item)) lines.push(`- ${say(sv, en)} ${item}`);
    for (const [item, issue] of got) if (!want.has(item)) lines.push(`+ ${say(sv, en)} ${item}: ${issue.message}`);
  }
  return lines;
}

export async function runTest(ids: string[], options: { definitions?: string; json?: boolean }): Promise<number> {
  const runtime = await commandRuntime(options.definitions);
  const examples = listExamples(options.definitions ? definitionsRoot(options.definitions) : undefined);
  const unknown = ids.filter((id) => !runtime.models.has(id));
  if (unknown.length) throw new UsageError(say(`Okänd intygstyp: ${unknown.join(', ')}. Se intyg types.`, `Unknown certificate type: ${unknown.join(', ')}. See intyg types.`));
  const chosen = examples.filter((example) => ids.length === 0 || ids.includes(example.type));
  const outcomes = chosen.map((example: Example) => {
    const result = runtime.validate(example.payload, exampleOptions(example, runtime));
    return { example, result, differences: differences(result, example.expect) };
  });
  const failed = outcomes.filter((outcome) => outcome.differences.length);
  if (options.json) {
    console.log(JSON.stringify({
      examples: outcomes.length, failed: failed.length,
      failures: failed.map(({ example, differences: lines }) => ({ file: example.file, today: example.expect.today, differences: lines })),
    }, null, 2));
    return failed.length ? EXIT_INVALID : EXIT_OK;
  }
  for (const { example, differences: lines } of failed) {
    console.log(say(`FEL ${example.file} (dagens datum ${example.expect.today})`, `FAIL ${example.file} (today ${example.expect.today})`));
    for (const line of lines) console.log(`  ${line}`);
  }
  // One line per type, and per version for a type with several: each version's examples count on their own.
  const groupOf = (example: Example) => (runtime.models.versionsOf(example.type).length > 1
    ? `${example.type} ${example.version ?? runtime.models.get(example.type)!.version}`
    : example.type);
  const groups = [...new Set(chosen.map(groupOf))];
  for (const group of groups) {
    const ofGroup = outcomes.filter((outcome) => groupOf(outcome.example) === group);
    const ok = ofGroup.filter((outcome) => !outcome.differences.length).length;
    console.log(say(`${group.padEnd(15)} ${ok} av ${ofGroup.length} exempel gav väntat resultat`, `${group.padEnd(15)} ${ok} of ${ofGroup.length} examples as expected`));
  }
  if (chosen.length === 0) console.log(say('Inga exempel att köra.', 'No examples to run.'));
  console.error(failed.length
    ? say(`${failed.length} av ${outcomes.length} exempel gav inte väntat resultat.`, `${failed.length} of ${outcomes.length} examples did not give the expected result.`)
    : say(`Alla ${outcomes.length} exempel gav väntat resultat.`, `All ${outcomes.length} examples gave the expected result.`));
  return failed.length ? EXIT_INVALID : EXIT_OK;
}
