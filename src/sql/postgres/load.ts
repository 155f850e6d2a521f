/**
 * `intyg load <file> --into postgres://…`: certificates from NDJSON (or Parquet from `intyg export`)
 * into the store, in one transaction. DuckDB parses the file exactly as the DuckDB engine does
 * (`../duckdb/stage.ts`) and writes CSV that PostgreSQL's COPY reads, so loading 1M certificates
 * is a few seconds of COPY rather than a million INSERTs. The migration runs first.
 */

import { createReadStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { PACKAGE_ROOT } from '../../util/package-root.js';
import { sqlLiteral } from '../dialect.js';
import { DuckDbRunner, stageNdjsonFile } from '../duckdb/runner.js';
import { parquetViews } from '../duckdb/stage.js';
import { SourceError } from '../errors.js';
import type { ProgressSink } from '../progress.js';
import { describePgError } from './runner.js';

export const MIGRATION = join(PACKAGE_ROOT, 'sql', 'postgres', '001-certificate-store.sql');

export interface LoadResult {
  certificates: number;
  periods: number;
  questions: number;
  /** Certificates without a personnummer: they never count, and the store is keyed by patient. */
  skipped: number;
}

/** A DuckDB list as a PostgreSQL array literal: {"a","b"} with " and \ escaped. */
const pgArray = (list: string) => `'{' || array_to_string(list_transform(${list}, lambda x: '"' || replace(replace(x, '\\', '\\\\'), '"', '\\"') || '"'), ',') || '}'`;

function exports(dir: string, offset: number): Array<{ table: string; columns: string; select: string; file: string }> {
  return [
    {
      table: 'certificate',
      columns: 'patient_id, seq, cert_id, type, version, status, signed_at, sent_at, issuer_id, issuer_name, unit_id, unit_name, diagnoses, occupation',
      select: `SELECT patient_id, seq + ${offset}, cert_id, type, version, status, signed_at, sent_at, issuer_id, issuer_name, unit_id, unit_name, ${pgArray('diagnoses')}, ${pgArray('occupation')} FROM certificate`,
      file: join(dir, 'certificate.csv'),
    },
    { table: 'certificate_period', columns: 'patient_id, seq, ord, degree, from_date, to_date', select: `SELECT patient_id, seq + ${offset}, ord, degree, from_date, to_date FROM certificate_period`, file: join(dir, 'period.csv') },
    { table: 'certificate_question', columns: 'patient_id, cert_id, subject', select: 'SELECT patient_id, cert_id, subject FROM certificate_question', file: join(dir, 'question.csv') },
  ];
}

export async function loadIntoPostgres(file: string, url: string, progress?: ProgressSink): Promise<LoadResult> {
  const duck = await DuckDbRunner.open({ progress });
  const dir = mkdtempSync(join(tmpdir(), 'intyg-load-'));
  const client = new pg.Client({ connectionString: url });
  try {
    if (file.endsWith('.parquet')) for (const view of parquetViews(file)) await duck.run('förbereder', view);
    else await stageNdjsonFile(duck, file);
    try {
      await client.connect();
      client.on('error', () => {});
      await client.query('BEGIN');
      await client.query(readFileSync(MIGRATION, 'utf8'));
      // One loader at a time numbers the certificates after those already stored.
      await client.query('LOCK TABLE certificate IN SHARE ROW EXCLUSIVE MODE');
    } catch (error) {
      throw new SourceError(describePgError(url, error));
    }
    const { rows } = await client.query('SELECT CAST(coalesce(max(seq), 0) AS BIGINT) AS offset FROM certificate');
    const result: LoadResult = { certificates: 0, periods: 0, questions: 0, skipped: 0 };
    for (const step of exports(dir, Number(rows[0].offset))) {
      await duck.run('skriver', `COPY (${step.select}) TO ${sqlLiteral(step.file)} (FORMAT csv, HEADER false)`);
      try {
        const copy = client.query(copyFrom(`COPY ${step.table} (${step.columns}) FROM STDIN (FORMAT csv)`));
        await pipeline(createReadStream(step.file), copy);
        const count = Number(copy.rowCount ?? 0);
        if (step.table === 'certificate') result.certificates = count;
        else if (step.table === 'certificate_period') result.periods = count;
        else result.questions = count;
      } catch (error) {
        const e = error as { code?: string; detail?: string };
        // 23505 unique_violation: the same certificate id twice for one patient.
        throw new SourceError(e.code === '23505' ? `${file}: intyget finns redan i databasen (${e.detail ?? ''}).` : describePgError(url, error));
      }
    }
    const [skipped] = await duck.all<{ n: string }>(file.endsWith('.parquet') ? `SELECT count(*) AS n FROM read_parquet(${sqlLiteral(file)}) WHERE patient_id IS NULL OR patient_id = ''` : `SELECT count(*) AS n FROM staged WHERE is_cert AND (patient_id IS NULL OR patient_id = '')`, []);
    result.skipped = Number(skipped.n);
    await client.query('COMMIT');
    await client.query('ANALYZE certificate; ANALYZE certificate_period; ANALYZE certificate_question');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end().catch(() => {});
    await duck.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
