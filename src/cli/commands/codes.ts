/**
 * `intyg codes <sökning> [--system icd10se|ksh97p] [--limit N] [--json]`: the diagnosis typeahead
 * on the command line — codes by prefix (`F32`) or by words in their title (`svår depression`).
 * The built-in ICD-10-SE list is Webcert's of early 2022.
 */

import { commandRuntime } from '../runtime.js';
import type { CodeSystemId } from '../../codesystems/search.js';
import { EXIT_INVALID, EXIT_OK, UsageError } from '../io.js';

export interface CodesCommandOptions {
  system?: string;
  limit?: string;
  json?: boolean;
}

export async function runCodes(query: string, options: CodesCommandOptions): Promise<number> {
  const codeSystem = (options.system ?? 'icd10se') as CodeSystemId;
  if (codeSystem !== 'icd10se' && codeSystem !== 'ksh97p') throw new UsageError('--system ska vara icd10se eller ksh97p.');
  const limit = options.limit === undefined ? 20 : Number(options.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw new UsageError('--limit ska vara ett heltal 1–200.');
  const result = (await commandRuntime()).codes.search(query, { codeSystem, limit });
  if (options.json) console.log(JSON.stringify(result, null, 2));
  else {
    for (const hit of result.hits) console.log(`${hit.code}\t${hit.title}`);
    if (result.more) console.log(`Det finns fler träffar än ${limit}; förfina sökningen.`);
    if (!result.hits.length) console.log('Inga träffar.');
    if (codeSystem === 'icd10se') console.error('(ICD-10-SE enligt listan från 2022)');
  }
  return result.hits.length ? EXIT_OK : EXIT_INVALID;
}
