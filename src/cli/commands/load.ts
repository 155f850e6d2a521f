/**
 * `intyg load [file] [--source file] --into postgres://…`: certificates from NDJSON (or Parquet
 * from `intyg export`) into the store (sql/postgres/001-certificate-store.sql, created if missing),
 * in one transaction.
 */

import { loadIntoPostgres } from '../../sql/postgres/load.js';
import { redactUrl } from '../../sql/postgres/runner.js';
import { stderrProgress } from '../../sql/progress.js';
import { sourceKind } from '../../sql/source.js';
import { EXIT_OK, UsageError } from '../io.js';
import { asUsage } from '../source.js';

export async function runLoad(file: string | undefined, options: { source?: string; into?: string }): Promise<number> {
  if (file !== undefined && options.source !== undefined) throw new UsageError('Ange källan antingen som fil eller med --source, inte båda.');
  const input = file ?? options.source;
  if (input === undefined || input === '-' || sourceKind(input) === 'postgres') throw new UsageError('intyg load läser en NDJSON- eller Parquet-fil.');
  if (!options.into || sourceKind(options.into) !== 'postgres') throw new UsageError('Ange databasen med --into postgres://….');
  const result = await asUsage(loadIntoPostgres(input, options.into, stderrProgress()));
  console.error(`${result.certificates} intyg, ${result.periods} perioder och ${result.questions} ärenden inlästa i ${redactUrl(options.into)}${result.skipped ? `; ${result.skipped} intyg utan personnummer hoppades över` : ''}.`);
  return EXIT_OK;
}
