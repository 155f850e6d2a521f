/**
 * `intyg indikatorer <file.ndjson|-> [--date D] [--from F] [--to T] [--json|--csv|--html] [-o file]`:
 * the quality indicators of seed 001 per care unit and for the region, from one NDJSON file of
 * certificates, Försäkringskassan's questions, registrations and listing counts. `-o x.pdf`
 * prints the HTML report through the project's printer.
 */

import { writeFileSync } from 'node:fs';
import { indicatorInput, indicators, type Indicators } from '../../documents/indicators.js';
import { indicatorsCsv, indicatorsHtml } from '../../documents/indicators-report.js';
import { formatInstant } from '../../render/time.js';
import { todayIso } from '../../util/dates.js';
import { readDocuments } from '../documents-ndjson.js';
import { EXIT_OK, EXIT_USAGE, UsageError } from '../io.js';
import { say } from '../lang.js';
import { commandRuntime } from '../runtime.js';
import { dateFlag } from '../flags.js';

export interface IndikatorerOptions {
  date?: string;
  from?: string;
  to?: string;
  json?: boolean;
  csv?: boolean;
  html?: boolean;
  output?: string;
}

function human(result: Indicators): string {
  const lines = [say(`Kvalitetsindikatorer: sjukfall per ${result.date}, vårdkontakter ${result.period.from} – ${result.period.to}`, `Quality indicators: sick-leave cases as of ${result.date}, care contacts ${result.period.from} – ${result.period.to}`)];
  if (result.medianCasesPer1000 !== undefined) lines.push(say(`Median för vårdenheterna: ${result.medianCasesPer1000} sjukfall per 1000 listade 16–68 år`, `Median of the units: ${result.medianCasesPer1000} cases per 1000 listed aged 16–68`));
  for (const row of [...result.units, result.region]) {
    lines.push('', `${row.unitName ?? row.unit}${row.unit !== 'region' ? ` (${row.unit})` : ''}`);
    lines.push(`  ${say('sjukfall', 'cases')} ${row.sickLeaveCases}${row.casesPer1000 !== undefined ? say(`, ${row.casesPer1000} per 1000 listade`, `, ${row.casesPer1000} per 1000 listed`) : ''}${'ratioToMedian' in row && row.ratioToMedian !== undefined ? say(` (${row.ratioToMedian} × medianen)`, ` (${row.ratioToMedian} × the median)`) : ''}`);
    lines.push(`  ${say('komplettering', 'komplettering')} ${(row.komplettering.share * 100).toFixed(1)} % (${row.komplettering.withRequest}/${row.komplettering.certificates})`);
    lines.push(`  ${say('påminnelser', 'reminders')} ${row.reminders}, ${say('patienter med rehabkoordinator (GC001)', 'patients with a rehab coordinator (GC001)')} ${row.rehabCoordinatorPatients}, ${say('planer (DV077)', 'plans (DV077)')} ${row.plans}`);
  }
  return lines.join('\n');
}

export async function runIndikatorer(file: string, options: IndikatorerOptions): Promise<number> {
  if ([options.json, options.csv, options.html].filter(Boolean).length > 1) throw new UsageError(say('Välj en av --json, --csv och --html.', 'Choose one of --json, --csv and --html.'));
  const to = dateFlag(options.to, '--to') ?? dateFlag(options.date, '--date') ?? todayIso();
  const date = dateFlag(options.date, '--date') ?? to;
  const from = dateFlag(options.from, '--from') ?? `${to.slice(0, 4)}-01-01`;
  if (from > to) throw new UsageError(say(`--from (${from}) ligger efter --to (${to}).`, `--from (${from}) is after --to (${to}).`));
  const runtime = await commandRuntime();
  const input = indicatorInput(await readDocuments(file), runtime.models);
  const result = indicators(input, { date, from, to, models: runtime.models });
  if (input.ignored) console.error(say(`${input.ignored} rader var varken intyg, frågor, registreringar eller listningar och räknades inte.`, `${input.ignored} lines were no certificates, questions, registrations or listings and were not counted.`));
  const pdf = options.output?.toLowerCase().endsWith('.pdf') && !options.json && !options.csv && !options.html;
  if (pdf) return printPdf(result, options.output!);
  const text = options.json ? `${JSON.stringify(result, null, 2)}\n` : options.csv ? indicatorsCsv(result) : options.html ? indicatorsHtml(result, { printedAt: formatInstant(Date.now()) }) : `${human(result)}\n`;
  if (options.output) writeFileSync(options.output, text);
  else process.stdout.write(text);
  return EXIT_OK;
}

async function printPdf(result: Indicators, output: string): Promise<number> {
  const { PdfPrinter } = await import('../../render/pdf.js');
  const { BrowserMissingError } = await import('../../render/chromium.js');
  const printer = new PdfPrinter({ pages: 1 });
  try {
    const now = Date.now();
    writeFileSync(output, await printer.print({ html: indicatorsHtml(result, { printedAt: formatInstant(now), forPrint: true }), printedAtInstant: now }));
    return EXIT_OK;
  } catch (error) {
    if (error instanceof BrowserMissingError) {
      console.error(`intyg: ${error.message}`);
      return EXIT_USAGE;
    }
    throw error;
  } finally {
    await printer.close();
  }
}
