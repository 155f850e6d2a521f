/**
 * `intyg export [file.ndjson] [--source file.ndjson] --parquet <out.parquet>`: certificates (the
 * envelope and the sick-leave answers, as the store keeps them, periods nested, each with its
 * questions' subjects) as one Parquet file for a warehouse — and for `--source x.parquet`.
 */

import { stderrProgress } from '../../sql/progress.js';
import { exportNdjsonToParquet, sourceKind } from '../../sql/source.js';
import { EXIT_OK, UsageError } from '../io.js';
import { asUsage } from '../source.js';

export async function runExport(file: string | undefined, options: { source?: string; parquet?: string }): Promise<number> {
  if (file !== undefined && options.source !== undefined) throw new UsageError('Ange källan antingen som fil eller med --source, inte båda.');
  const input = file ?? options.source;
  if (input === undefined || input === '-' || sourceKind(input) !== 'ndjson') throw new UsageError('intyg export läser en NDJSON-fil.');
  if (!options.parquet) throw new UsageError('Ange --parquet <fil.parquet>.');
  const count = await asUsage(exportNdjsonToParquet(input, options.parquet, stderrProgress()));
  console.error(`${count} intyg skrivna till ${options.parquet}.`);
  return EXIT_OK;
}
