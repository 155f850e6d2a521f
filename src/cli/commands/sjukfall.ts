/**
 * `intyg sjukfall [file] [--source <file.ndjson|file.parquet|postgres://…>] [--engine duckdb|memory]
 * [--gap N] [--date D] [--unit U] [--recent N] [--json|--csv]`: the unit's ongoing sick-leave cases
 * as Rehabstöd lists them, computed by DuckDB or PostgreSQL (src/sql/) or in memory.
 */

import { sjukfall, type Sjukfall } from '../../decision/sjukfall.js';
import { todayIso } from '../../util/dates.js';
import { EXIT_OK, UsageError } from '../io.js';
import { dateFlag } from '../flags.js';
import { readNdjson } from '../ndjson.js';
import { writeJsonArray, writeLines } from '../write-out.js';
import { openSource } from '../../sql/source.js';
import { stderrProgress } from '../../sql/progress.js';
import { asUsage, resolveSource, type SourceFlags } from '../source.js';

export interface SjukfallCommandOptions extends SourceFlags {
  gap?: string;
  date?: string;
  unit?: string;
  recent?: string;
  json?: boolean;
  csv?: boolean;
}

const SEX = { M: 'Man', F: 'Kvinna', U: '' } as const;

const HEADERS = ['Personnummer', 'Kön', 'Ålder', 'Diagnos', 'Bidiagnoser', 'Startdatum', 'Slutdatum', 'Längd', 'Intyg', 'Grad', 'Sysselsättning', 'Läkare', 'Status'];

function row(c: Sjukfall): string[] {
  return [
    c.patient.personId, SEX[c.patient.sex], c.patient.age === null ? '' : String(c.patient.age),
    c.diagnosis ?? '', c.secondaryDiagnoses.join(', '), c.start, c.end, `${c.days} dagar`, String(c.certificates),
    c.degrees.map((d) => (d === c.currentDegree ? `[${d}]` : String(d))).join(' → ') + ' %',
    c.occupation.join(', '), c.doctor?.name ?? '', c.recentlyEnded ? 'nyligen avslutat' : 'pågående',
  ];
}

const csvCell = (s: string) => (/[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function formatTable(cases: readonly Sjukfall[]): string {
  const rows = [HEADERS, ...cases.map(row)];
  const widths = HEADERS.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}

export function formatCsv(cases: readonly Sjukfall[]): string {
  return [...csvLines(cases)].join('\n');
}

function* csvLines(cases: readonly Sjukfall[]): Generator<string> {
  yield HEADERS.map(csvCell).join(';');
  for (const c of cases) yield row(c).map(csvCell).join(';');
}

function whole(value: string | undefined, name: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) throw new UsageError(`${name} ska vara ett heltal ${min}–${max}, inte ${JSON.stringify(value)}.`);
  return n;
}

/** Cases and the number of certificates read, from the engine the options choose. */
async function computeCases(file: string | undefined, options: SjukfallCommandOptions, query: { gapDays: number; activeDate: string; recentlyEndedDays: number }): Promise<{ cases: Sjukfall[]; read: number }> {
  const source = resolveSource(file, options);
  const sjukfallOptions = { unit: options.unit, ...query };
  if (source.engine === 'memory') {
    const { certificates } = await readNdjson(source.file);
    return { cases: sjukfall(certificates, sjukfallOptions), read: certificates.length };
  }
  const engine = await openSource(source.spec, { progress: stderrProgress() });
  try {
    return { cases: await engine.sjukfall(sjukfallOptions), read: await engine.runner.certificateCount() };
  } finally {
    await engine.close();
  }
}

export async function runSjukfall(file: string | undefined, options: SjukfallCommandOptions): Promise<number> {
  if (options.json && options.csv) throw new UsageError('Välj en av --json och --csv.');
  const gapDays = whole(options.gap, '--gap', 0, 90, 5);
  const recentlyEndedDays = whole(options.recent, '--recent', 0, 14, 0);
  const activeDate = options.date ?? todayIso();
  dateFlag(activeDate, '--date');
  const { cases, read } = await asUsage(computeCases(file, options, { gapDays, activeDate, recentlyEndedDays }));
  if (options.json) await writeJsonArray(cases);
  else if (options.csv) await writeLines(csvLines(cases));
  else {
    console.log(formatTable(cases));
    console.error(`${cases.length} sjukfall per ${activeDate} av ${read} intyg (glapp ${gapDays} dagar${options.unit ? `, enhet ${options.unit}` : ''}).`);
  }
  return EXIT_OK;
}
