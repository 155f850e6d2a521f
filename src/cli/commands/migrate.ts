/**
 * `intyg migrate <file|-> [--to <version>] [--today D] [--json] [-o out.json]`: a draft in a later
 * version of its type (the current one by default), with the report of what moved, changed or was
 * dropped and what is now required on stderr. Only drafts migrate; a signed certificate is exit 1.
 */

import { writeFileSync } from 'node:fs';
import { resolveVersion } from '../../model/catalog.js';
import { isPlainObject } from '../../fields/kind.js';
import type { MigrationChange } from '../../runtime/migrate.js';
import { commandRuntime } from '../runtime.js';
import { dateFlag } from '../flags.js';
import { EXIT_INVALID, EXIT_OK, UsageError, readJsonInput } from '../io.js';
import { say } from '../lang.js';

export interface MigrateCommandOptions {
  to?: string;
  today?: string;
  json?: boolean;
  output?: string;
  definitions?: string;
}

const WORDS: Record<MigrationChange['kind'], [string, string]> = {
  moved: ['flyttat', 'moved'],
  changed: ['ändrat', 'changed'],
  dropped: ['borttaget', 'dropped'],
  defaulted: ['standardsvar', 'default'],
  required: ['obligatoriskt', 'required'],
  invalid: ['stämmer inte', 'invalid'],
};

export async function runMigrate(source: string, options: MigrateCommandOptions): Promise<number> {
  const today = dateFlag(options.today, '--today');
  const payload = readJsonInput(source);
  const runtime = await commandRuntime(options.definitions);
  let to = options.to;
  if (to !== undefined && isPlainObject(payload) && typeof payload.type === 'string') {
    // `--to 2` means 2.0, as `intyg diff` reads it; a payload's own version is always exact.
    const versions = runtime.models.versionsOf(payload.type).map((model) => model.version);
    to = resolveVersion(versions, to) ?? to;
  }
  const outcome = runtime.migrate(payload, { to, today });
  if (outcome.errors.length || !('report' in outcome)) {
    for (const issue of outcome.errors) console.error(`intyg: ${issue.field || say('(intyget)', '(certificate)')} ${issue.code}: ${issue.message}`);
    return EXIT_INVALID;
  }
  const text = `${JSON.stringify(options.json ? { certificate: outcome.certificate, report: outcome.report } : outcome.certificate, null, 2)}\n`;
  if (options.output) {
    try {
      writeFileSync(options.output, text);
    } catch (error) {
      throw new UsageError(say(`Kan inte skriva ${options.output}: ${(error as Error).message}`, `Cannot write ${options.output}: ${(error as Error).message}`));
    }
  } else process.stdout.write(text);
  if (!options.json) {
    const { report } = outcome;
    console.error(say(`${report.type} ${report.from} → ${report.to}: ${report.changes.length} att se över, ${report.kept.length} svar oförändrade`, `${report.type} ${report.from} → ${report.to}: ${report.changes.length} to review, ${report.kept.length} answers unchanged`));
    for (const change of report.changes) console.error(`  ${say(...WORDS[change.kind])} ${change.field}: ${change.message}`);
  }
  return EXIT_OK;
}
