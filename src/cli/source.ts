/**
 * The CLI's choice of engine for `intyg sjukfall|statistik`: a positional file or `--source`,
 * and `--engine duckdb|memory`. Files go through DuckDB unless `--engine memory` asks for the
 * in-memory path (and `-`, standard in, always reads in memory); Parquet and PostgreSQL need SQL.
 */

import { SourceError } from '../sql/errors.js';
import { sourceKind } from '../sql/source.js';
import { UsageError } from './io.js';

export interface SourceFlags {
  source?: string;
  engine?: string;
}

export type Resolved = { engine: 'memory'; file: string } | { engine: 'sql'; spec: string };

export function resolveSource(file: string | undefined, flags: SourceFlags): Resolved {
  if (file !== undefined && flags.source !== undefined) throw new UsageError('Ange källan antingen som fil eller med --source, inte båda.');
  const spec = file ?? flags.source;
  if (spec === undefined) throw new UsageError('Ange intygen: en NDJSON-fil, en Parquet-fil eller --source postgres://….');
  const engine = flags.engine ?? 'duckdb';
  if (engine !== 'duckdb' && engine !== 'memory') throw new UsageError(`--engine ska vara duckdb eller memory, inte ${JSON.stringify(engine)}.`);
  const kind = spec === '-' ? 'ndjson' : sourceKind(spec);
  if (engine === 'memory' && kind !== 'ndjson') throw new UsageError(`--engine memory läser bara NDJSON; ${kind === 'parquet' ? 'Parquet' : 'PostgreSQL'} frågas med SQL.`);
  return engine === 'memory' || spec === '-' ? { engine: 'memory', file: spec } : { engine: 'sql', spec };
}

/** A source that cannot be read or queried is the user's to fix: exit 2 with its message, like an unreadable file. */
export async function asUsage<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw error instanceof SourceError ? new UsageError(error.message) : error;
  }
}
