/** `intyg fmb <code> [--json]`: Socialstyrelsen's FMB support for a diagnosis, as Webcert shows it. */

import type { FmbResult } from '../../decision/fmb.js';
import { loadFmb, loadFmbFile } from '../../decision/load.js';
import { EXIT_INVALID, EXIT_OK, UsageError } from '../io.js';

const NO_SUPPORT = 'För den angivna diagnosen finns för tillfället inget FMB-stöd.';

function printHuman(result: FmbResult, snapshot: string): void {
  const out: string[] = [`${result.matchedCode} ${result.title}`];
  if (result.matchedCode !== result.code) out.push(`Det FMB-stöd som visas är för koden ${result.matchedCode}.`);
  out.push(`Relaterade diagnoser: ${result.relatedCodes.map((c) => `${c.code} ${c.title}`).join(', ')}`);
  const sections: Array<[string, string | null]> = [
    ['Försäkringsmedicinsk information', result.texts.generalInfo],
    ['Symtom, prognos, behandling', result.texts.symptomPrognosisTreatment],
    ['Funktionsnedsättning', result.texts.functionalImpairment],
    ['Aktivitetsbegränsning', result.texts.activityLimitation],
    ['Information om rehabilitering', result.texts.rehabilitation],
  ];
  for (const [heading, text] of sections) if (text) out.push('', heading, text);
  out.push('', 'Arbetsförmåga');
  for (const tc of result.typicalCases) out.push(`- ${tc.text} ${tc.recommendation}${tc.days !== null ? ` (${tc.days} dagar)` : ''}.`);
  if (result.maxDays !== null) out.push('', `Längsta rekommenderade sjukskrivning: ${result.maxDays} dagar.`);
  if (result.reference) out.push('', `${result.reference.text}: ${result.reference.uri}`);
  out.push('', `Källa: Socialstyrelsens FMB, ögonblicksbild ${snapshot}.`);
  console.log(out.join('\n'));
}

export function runFmb(code: string, options: { json?: boolean }): number {
  if (!/^[A-Za-z]\d\d(\.?[A-Za-z0-9]{0,4})?$/.test(code.trim())) throw new UsageError(`${JSON.stringify(code)} är ingen ICD-10-kod (t.ex. F32.1).`);
  const result = loadFmb()(code);
  if (options.json) {
    console.log(JSON.stringify(result ?? { code, message: NO_SUPPORT }, null, 2));
  } else if (result) printHuman(result, loadFmbFile().snapshot);
  else console.log(NO_SUPPORT);
  return result ? EXIT_OK : EXIT_INVALID;
}
