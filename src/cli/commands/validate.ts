/** `intyg validate <file|-> [--json]`: validate a certificate payload. */

import { loadFullIcd10List } from '../../codesystems/load.js';
import { loadRuntime } from '../../project.js';
import type { ValidationResult } from '../../runtime/validate.js';
import { EXIT_INVALID, EXIT_OK, UsageError, readJsonInput } from '../io.js';
import { dateFlag } from '../flags.js';

export interface ValidateCommandOptions {
  json?: boolean;
  today?: string;
  icd10?: string;
}

function printHuman(source: string, result: ValidationResult): void {
  console.log(result.valid ? `${source}: giltigt` : `${source}: ogiltigt`);
  for (const [label, list] of [['fel', result.errors], ['varning', result.warnings], ['info', result.info]] as const) {
    for (const issue of list) console.log(`  ${label} ${issue.field || '(intyget)'} ${issue.code}: ${issue.message}`);
  }
}

export function runValidate(source: string, options: ValidateCommandOptions): number {
  dateFlag(options.today, '--today');
  let icd10;
  try {
    icd10 = options.icd10 ? loadFullIcd10List(options.icd10) : undefined;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const payload = readJsonInput(source);
  const result = loadRuntime().validate(payload, { today: options.today, icd10 });
  if (options.json) console.log(JSON.stringify(result, null, 2));
  else printHuman(source, result);
  return result.valid ? EXIT_OK : EXIT_INVALID;
}
