/**
 * `intyg clean <file|-> [--today D] [--json] [-o out.json]`: drops answers to questions the
 * rules hide (and to questions the type lacks), as Webcert's form does with prefilled or copied
 * data. The cleaned payload goes to stdout (or `-o`); what was dropped is listed on stderr.
 */

import { writeFileSync } from 'node:fs';
import { commandRuntime } from '../runtime.js';
import { dateFlag } from '../flags.js';
import { EXIT_INVALID, EXIT_OK, UsageError, readJsonInput } from '../io.js';

export interface CleanCommandOptions {
  today?: string;
  json?: boolean;
  output?: string;
}

export async function runClean(source: string, options: CleanCommandOptions): Promise<number> {
  const today = dateFlag(options.today, '--today');
  const payload = readJsonInput(source);
  let outcome;
  try {
    outcome = (await commandRuntime()).clean(payload, { today });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (outcome.errors.length) {
    for (const issue of outcome.errors) console.error(`intyg: ${issue.field || '(intyget)'} ${issue.code}: ${issue.message}`);
    return EXIT_INVALID;
  }
  const text = `${JSON.stringify(options.json ? { certificate: outcome.certificate, dropped: outcome.dropped } : outcome.certificate, null, 2)}\n`;
  if (options.output) writeFileSync(options.output, text);
  else process.stdout.write(text);
  if (!options.json) {
    for (const entry of outcome.dropped) console.error(`tog bort ${entry.field}: ${entry.message}`);
    if (!outcome.dropped.length) console.error('inget att ta bort');
  }
  return EXIT_OK;
}
