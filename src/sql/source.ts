/**
 * `--source`: where the certificates are. A postgres:// or postgresql:// URL is the store on
 * PostgreSQL (or Citus); a .parquet file is what `intyg export --parquet` wrote; anything else is
 * an NDJSON file. Files are read by DuckDB, embedded.
 */

import { DuckDbRunner, openNdjson, openParquet, stageNdjsonFile } from './duckdb/runner.js';
import { exportParquet } from './duckdb/stage.js';
import type { SqlEngine } from './engine.js';
import type { ProgressSink } from './progress.js';
import { openPostgres } from './postgres/runner.js';

export type SourceKind = 'ndjson' | 'parquet' | 'postgres';

export function sourceKind(spec: string): SourceKind {
  if (/^postgres(ql)?:\/\//i.test(spec)) return 'postgres';
  return spec.toLowerCase().endsWith('.parquet') ? 'parquet' : 'ndjson';
}

export interface SourceOptions {
  progress?: ProgressSink;
  /** Connections to PostgreSQL; the service uses several. */
  connections?: number;
}

/**
 * DuckDB's buffer limit for file sources. Well under the machine's memory so a region larger
 * than memory spills to disk instead of growing the process; INTYG_DUCKDB_MEMORY overrides it.
 */
export const DUCKDB_MEMORY = process.env.INTYG_DUCKDB_MEMORY ?? '1GB';

export function openSource(spec: string, options: SourceOptions = {}): Promise<SqlEngine> {
  const duckdb = { progress: options.progress, memoryLimit: DUCKDB_MEMORY };
  switch (sourceKind(spec)) {
    case 'postgres': return openPostgres(spec, options.progress, options.connections);
    case 'parquet': return openParquet(spec, duckdb);
    default: return openNdjson(spec, duckdb);
  }
}

/** `intyg export --parquet`: an NDJSON file's certificates (and their questions' subjects) as one Parquet file. */
export async function exportNdjsonToParquet(input: string, output: string, progress?: ProgressSink): Promise<number> {
  const runner = await DuckDbRunner.open({ progress, memoryLimit: DUCKDB_MEMORY });
  try {
    await stageNdjsonFile(runner, input);
    await runner.run('skriver Parquet', exportParquet(output));
    const [row] = await runner.all<{ n: string }>('SELECT count(*) AS n FROM staged WHERE is_cert', []);
    return Number(row.n);
  } finally {
    await runner.close();
  }
}
