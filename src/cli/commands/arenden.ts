/**
 * `intyg arenden <file.ndjson|-> [--date D] [--json]`: the 1177 cases waiting for a first reply,
 * with their due dates, and those late (seed 003: reply within two working days; cases not
 * handled in time are flagged). Exit 0; the list is the answer, lateness is not an input error.
 */

import { caseOverview, type CaseDeadline } from '../../documents/cases.js';
import { todayIso } from '../../util/dates.js';
import { readDocuments } from '../documents-ndjson.js';
import { EXIT_OK } from '../io.js';
import { say } from '../lang.js';
import { commandRuntime } from '../runtime.js';
import { dateFlag } from '../flags.js';

const days = (n: number) => `${n} ${n === 1 ? 'arbetsdag' : 'arbetsdagar'}`;
const daysEn = (n: number) => `${n} working ${n === 1 ? 'day' : 'days'}`;

function table(rows: readonly CaseDeadline[]): string[] {
  const header = [say('Ärende', 'Case'), say('Inkom', 'Received'), say('Svar senast', 'Reply by'), say('Läge', 'State'), say('Typ', 'Type'), say('Status', 'Status'), say('Hanteras av', 'Handled by')];
  const lines = rows.map((row) => [
    row.id ?? '', row.receivedAt, row.dueDate,
    row.state === 'late' ? say(`SEN (${days(-row.workingDaysLeft!)} över)`, `LATE (${daysEn(-row.workingDaysLeft!)} over)`) : row.workingDaysLeft === 0 ? say('svara idag', 'reply today') : say(`${days(row.workingDaysLeft!)} kvar`, `${daysEn(row.workingDaysLeft!)} left`),
    row.caseType ?? '', row.statusText, row.handler ?? '',
  ]);
  const widths = header.map((_, index) => Math.max(header[index].length, ...lines.map((line) => line[index].length)));
  return [header, ...lines].map((line) => line.map((cell, index) => cell.padEnd(widths[index])).join('  ').trimEnd());
}

export async function runArenden(file: string, options: { date?: string; json?: boolean }): Promise<number> {
  const date = dateFlag(options.date, '--date') ?? todayIso();
  const runtime = await commandRuntime();
  const overview = caseOverview(await readDocuments(file), runtime.models, date);
  if (options.json) {
    console.log(JSON.stringify(overview, null, 2));
    return EXIT_OK;
  }
  if (overview.late.length) console.log([say(`Sena ärenden per ${date}:`, `Late cases as of ${date}:`), ...table(overview.late)].join('\n'));
  if (overview.due.length) console.log([...(overview.late.length ? [''] : []), say(`Ärenden som väntar på första återkoppling per ${date}:`, `Cases waiting for a first reply as of ${date}:`), ...table(overview.due)].join('\n'));
  console.error(say(
    `${overview.cases} ärenden: ${overview.due.length} väntar i tid, ${overview.late.length} sena, ${overview.answered} besvarade i tid, ${overview.answeredLate} besvarade för sent${overview.skipped ? `; ${overview.skipped} rader var inga ärenden` : ''}.`,
    `${overview.cases} cases: ${overview.due.length} waiting in time, ${overview.late.length} late, ${overview.answered} answered in time, ${overview.answeredLate} answered late${overview.skipped ? `; ${overview.skipped} lines were no cases` : ''}.`,
  ));
  return EXIT_OK;
}
