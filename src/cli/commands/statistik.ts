/**
 * `intyg statistik [file] [--source <file.ndjson|file.parquet|postgres://…>] [--engine duckdb|memory]
 * [--date D] [--unit U] [--json]`: the ongoing cases grouped as
 * Statistiktjänsten and Rehabstöd's summary do (fixed gap 5), plus the komplettering share when
 * the file also holds questions (`{"certificateId": …, "subject": "KOMPLT"}` lines).
 */

import { loadCodeSystems } from '../../codesystems/load.js';
import { loadDiagnosisGroups } from '../../decision/load.js';
import { sjukfall } from '../../decision/sjukfall.js';
import { statistics, type Count, type Statistics } from '../../decision/statistics.js';
import { todayIso } from '../../util/dates.js';
import { EXIT_OK } from '../io.js';
import { dateFlag } from '../flags.js';
import { readNdjson } from '../ndjson.js';
import { openSource } from '../../sql/source.js';
import { stderrProgress } from '../../sql/progress.js';
import { asUsage, resolveSource, type SourceFlags } from '../source.js';

const percent = (part: number, whole: number) => (whole ? `${Math.round((part / whole) * 100)} %` : '-');

function printHuman(stats: Statistics, activeDate: string): void {
  const out = [`${stats.cases} pågående sjukfall per ${activeDate}`];
  const block = (title: string, counts: Count[], withKey = false) => {
    out.push('', `${title.padEnd(40)} ${'Totalt'.padStart(7)} ${'Andel'.padStart(6)} ${'Kvinnor'.padStart(8)} ${'Män'.padStart(6)}`);
    for (const c of counts) {
      // Chapters and groups are known by their code ranges; the other bands by their label.
      const label = withKey && c.key !== '-' ? `${c.key} ${c.label}` : c.label;
      out.push(`  ${label.slice(0, 38).padEnd(38)} ${String(c.total).padStart(7)} ${percent(c.total, stats.cases).padStart(6)} ${String(c.women).padStart(8)} ${String(c.men).padStart(6)}`);
    }
  };
  block('Kön', stats.bySex);
  block('Åldersgrupp', stats.byAgeBand);
  block('Diagnosgrupp', stats.byDiagnosisGroup, true);
  block('Diagnoskapitel', stats.byChapter, true);
  block('Sjukskrivningsgrad', stats.byDegree);
  block('Sjukskrivningslängd', stats.byLengthBand);
  if (stats.komplettering) {
    const k = stats.komplettering;
    out.push('', `Andel intyg med kompletteringsbegäran: ${percent(k.withRequest, k.certificates)} (${k.withRequest} av ${k.certificates})`);
  }
  console.log(out.join('\n'));
}

async function computeStatistics(file: string | undefined, options: SourceFlags & { unit?: string }, activeDate: string): Promise<Statistics> {
  const input = { chapters: loadCodeSystems().chapters.entries, diagnosisGroups: loadDiagnosisGroups().entries };
  const source = resolveSource(file, options);
  if (source.engine === 'sql') {
    const engine = await openSource(source.spec, { progress: stderrProgress() });
    try {
      return await engine.statistik({ activeDate, unit: options.unit }, input);
    } finally {
      await engine.close();
    }
  }
  const { certificates, questions } = await readNdjson(source.file);
  // Statistiktjänsten's gap is fixed (MAX_GAP = 5), so it is not an option here.
  const cases = sjukfall(certificates, { activeDate, unit: options.unit, gapDays: 5 });
  return statistics(cases, { ...input, questions: questions.length ? questions : undefined });
}

export async function runStatistik(file: string | undefined, options: SourceFlags & { date?: string; unit?: string; json?: boolean }): Promise<number> {
  const activeDate = options.date ?? todayIso();
  dateFlag(activeDate, '--date');
  const stats = await asUsage(computeStatistics(file, options, activeDate));
  if (options.json) console.log(JSON.stringify(stats, null, 2));
  else printHuman(stats, activeDate);
  return EXIT_OK;
}
