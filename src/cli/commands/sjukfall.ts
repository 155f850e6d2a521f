/**
 * `intyg sjukfall <file.ndjson> [--gap N] [--date D] [--unit U] [--recent N] [--json|--csv]`:
 * the unit's ongoing sick-leave cases as Rehabstöd lists them.
 */

import { sjukfall, type Sjukfall } from '../../decision/sjukfall.js';
import { todayIso } from '../../util/dates.js';
import { EXIT_OK, UsageError } from '../io.js';
import { dateFlag } from '../flags.js';
import { readNdjson } from '../ndjson.js';

export interface SjukfallCommandOptions {
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
  return [HEADERS, ...cases.map(row)].map((r) => r.map(csvCell).join(';')).join('\n');
}

function whole(value: string | undefined, name: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) throw new UsageError(`${name} ska vara ett heltal ${min}–${max}, inte ${JSON.stringify(value)}.`);
  return n;
}

export async function runSjukfall(file: string, options: SjukfallCommandOptions): Promise<number> {
  if (options.json && options.csv) throw new UsageError('Välj en av --json och --csv.');
  const gapDays = whole(options.gap, '--gap', 0, 90, 5);
  const recentlyEndedDays = whole(options.recent, '--recent', 0, 14, 0);
  const activeDate = options.date ?? todayIso();
  dateFlag(activeDate, '--date');
  const { certificates } = await readNdjson(file);
  const cases = sjukfall(certificates, { unit: options.unit, gapDays, activeDate, recentlyEndedDays });
  if (options.json) console.log(JSON.stringify(cases, null, 2));
  else if (options.csv) console.log(formatCsv(cases));
  else {
    console.log(formatTable(cases));
    console.error(`${cases.length} sjukfall per ${activeDate} av ${certificates.length} intyg (glapp ${gapDays} dagar${options.unit ? `, enhet ${options.unit}` : ''}).`);
  }
  return EXIT_OK;
}
