/** `intyg validate <file|-> [--json]`: validate a certificate payload. */

import { loadFullIcd10List } from '../../codesystems/load.js';
import type { ValidationResult } from '../../runtime/validate.js';
import { EXIT_INVALID, EXIT_OK, UsageError, readJsonInput } from '../io.js';
import { say } from '../lang.js';
import { dateFlag } from '../flags.js';
import { commandRuntime } from '../runtime.js';

export interface ValidateCommandOptions {
  json?: boolean;
  today?: string;
  icd10?: string;
  definitions?: string;
  history?: string;
}

function printHuman(source: string, result: ValidationResult): void {
  console.log(result.valid ? say(`${source}: giltigt`, `${source}: valid`) : say(`${source}: ogiltigt`, `${source}: invalid`));
  const labels = [[say('fel', 'error'), result.errors], [say('varning', 'warning'), result.warnings], ['info', result.info]] as const;
  for (const [label, list] of labels) {
    for (const issue of list) console.log(`  ${label} ${issue.field || say('(intyget)', '(certificate)')} ${issue.code}: ${issue.message}`);
  }
}

export async function runValidate(source: string, options: ValidateCommandOptions): Promise<number> {
  const today = dateFlag(options.today, '--today');
  let icd10;
  try {
    icd10 = options.icd10 ? loadFullIcd10List(options.icd10) : undefined;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const payload = readJsonInput(source);
  const runtime = await commandRuntime(options.definitions);
  const history = options.history ? (await import('../history-option.js')).readHistoryOption(options.history, runtime, today) : undefined;
  const result = runtime.validate(payload, { today, icd10, history });
  if (options.json) console.log(JSON.stringify(result, null, 2));
  else printHuman(source, result);
  return result.valid ? EXIT_OK : EXIT_INVALID;
}
