/**
 * PostgreSQL (or Citus) holding the store of sql/postgres/001-certificate-store.sql: the same
 * query set as DuckDB's, through node-postgres. One connection per engine; the service keeps a pool.
 */

import pg from 'pg';
import { POSTGRES } from '../dialect.js';
import { SqlEngine, type SqlRunner } from '../engine.js';
import { SourceError } from '../errors.js';
import { withProgress, type ProgressSink } from '../progress.js';

/** What the user typed, without a password. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}

export function describePgError(url: string, error: unknown): string {
  const e = error as { code?: string; message?: string };
  if (e.code === 'ECONNREFUSED' || e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN') return `Kan inte ansluta till ${redactUrl(url)}: ${e.code}.`;
  // 42P01 undefined_table: a database without the store.
  if (e.code === '42P01') return `${redactUrl(url)} saknar intygstabellerna; läs in intyg med "intyg load <fil> --into ${redactUrl(url)}" (kör sql/postgres/001-certificate-store.sql).`;
  return `${redactUrl(url)}: ${e.message ?? String(error)}`;
}

export class PostgresRunner implements SqlRunner {
  readonly dialect = POSTGRES;
  private constructor(private readonly pool: pg.Pool, private readonly url: string, private readonly progress?: ProgressSink) {}

  /** A pool of `connections` (the service answers several requests at once; the CLI needs one). */
  static async open(url: string, progress?: ProgressSink, connections = 1): Promise<PostgresRunner> {
    const pool = new pg.Pool({ connectionString: url, max: connections });
    // An idle connection lost later would otherwise be an unhandled 'error' event.
    pool.on('error', () => {});
    // PostgreSQL's JIT compiles the queries' long CASE expressions (age, Luhn, bands) for longer
    // than the queries run: at 1M certificates 55 s with JIT against 6 s without.
    pool.on('connect', (client) => void client.query('SET jit = off').catch(() => {}));
    try {
      (await pool.connect()).release();
    } catch (error) {
      await pool.end();
      throw new SourceError(describePgError(url, error));
    }
    return new PostgresRunner(pool, url, progress);
  }

  async all<T>(sql: string, params: unknown[]): Promise<T[]> {
    try {
      const result = await withProgress(this.progress, 'beräknar i PostgreSQL', () => -1, this.pool.query(sql, params));
      return result.rows as T[];
    } catch (error) {
      throw new SourceError(describePgError(this.url, error));
    }
  }

  async questionCount(): Promise<number> {
    const [row] = await this.all<{ n: number }>('SELECT CAST(count(*) AS INTEGER) AS n FROM certificate_question', []);
    return row.n;
  }

  async certificateCount(): Promise<number> {
    const [row] = await this.all<{ n: number }>('SELECT CAST(count(*) AS INTEGER) AS n FROM certificate', []);
    return row.n;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

export async function openPostgres(url: string, progress?: ProgressSink, connections = 1): Promise<SqlEngine> {
  return new SqlEngine(await PostgresRunner.open(url, progress, connections));
}
