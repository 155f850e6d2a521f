/**
 * `intyg clean <file|-> [--today D] [--json] [-o out.json]`: drops answers to questions the
 * rules hide (and to questions the type lacks), as Webcert's form does with prefilled or copied
 * data. The cleaned payload goes to stdout (or `-o`); what was dropped is listed on stderr.
 */

import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadRuntime } from '../../project.js';
import { EXIT_INVALID, EXIT_OK, UsageError, readJsonInput } from '../io.js';

export interface CleanCommandOptions {
  today?: string;
  json?: boolean;
  output?: string;
}

export function runClean(source: string, options: CleanCommandOptions): number {
  if (options.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.today)) throw new UsageError('--today ska vara ett datum, ÅÅÅÅ-MM-DD.');
  const payload = readJsonInput(source);
  let outcome;
  try {
    outcome = loadRuntime().clean(payload, { today: options.today });
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

export function registerClean(program: Command, finish: (code: number) => void): void {
  program.command('clean').argument('<file>', 'intygets JSON, eller - för standard in')
    .description('ta bort svar på frågor som inte visas (eller inte finns), som formuläret gör med förifyllda och kopierade svar')
    .option('--today <date>', 'avgör vad som visas som om det vore detta datum (ÅÅÅÅ-MM-DD)')
    .option('--json', 'skriv { certificate, dropped } i stället för bara intyget')
    .option('-o, --output <file>', 'skriv det rensade intyget till en fil')
    .action((file: string, options: CleanCommandOptions) => finish(runClean(file, options)));
}
