/**
 * A place certificates live that answers the sick-leave questions in SQL: DuckDB over a file or
 * PostgreSQL over the store. The same query set (`sjukfall-query.ts`, `statistik-query.ts`) runs on
 * both; this file turns options into parameters and rows into sjukfall()/statistics() results.
 */

import { checkOptions, type Sjukfall, type SjukfallOptions } from '../decision/sjukfall.js';
import { statisticsFromKeys, type Statistics, type StatisticsInput } from '../decision/statistics.js';
import type { Dialect } from './dialect.js';
import { caseOf, keysOf, type CaseRow, type KeyRow } from './rows.js';
import { sjukfallQuery } from './sjukfall-query.js';
import { statistikQuery } from './statistik-query.js';

/** What an engine must do: run one statement with positional parameters ($1…) and return plain rows. */
export interface SqlRunner {
  dialect: Dialect;
  all<T>(sql: string, params: unknown[]): Promise<T[]>;
  /** How many question lines the source holds (statistics reports komplettering only when there are any). */
  questionCount(): Promise<number>;
  /** How many certificates the source holds, drafts and all (for the summary line). */
  certificateCount(): Promise<number>;
  close(): Promise<void>;
}

export interface StatistikOptions {
  activeDate: string;
  unit?: string;
}

export class SqlEngine {
  constructor(readonly runner: SqlRunner) {}

  async sjukfall(options: SjukfallOptions): Promise<Sjukfall[]> {
    const { gap, recentDays } = checkOptions(options);
    if (gap < 0) return [];
    const rows = await this.runner.all<CaseRow>(sjukfallQuery(this.runner.dialect), [options.activeDate, gap, recentDays, options.unit ?? null]);
    return rows.map(caseOf);
  }

  /** statistics(sjukfall(…, gapDays 5)) as `intyg statistik` computes it, komplettering included when the source has questions. */
  async statistik(options: StatistikOptions, input: Omit<StatisticsInput, 'questions'>): Promise<Statistics> {
    checkOptions({ activeDate: options.activeDate });
    const rows = await this.runner.all<KeyRow>(statistikQuery(this.runner.dialect), [options.activeDate, 5, 0, options.unit ?? null]);
    const result = statisticsFromKeys(rows.map(keysOf), input);
    if ((await this.runner.questionCount()) > 0) {
      const certificates = rows.reduce((n, r) => n + r.certificates, 0);
      const withRequest = rows.reduce((n, r) => n + r.with_request, 0);
      result.komplettering = { certificates, withRequest, share: certificates ? withRequest / certificates : 0 };
    }
    return result;
  }

  close(): Promise<void> {
    return this.runner.close();
  }
}
