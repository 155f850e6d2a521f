/**
 * Code texts for typeaheads and printouts: the title of a diagnosis code, and a search by code
 * prefix or by words in the title, as Webcert's diagnosis typeahead does (a code fragment is a
 * prefix of the code with dots and spaces removed; otherwise every word must occur in the title).
 * Pure: built once over the loaded code systems.
 */

import { normalizeKsh97pCode } from './icd10.js';
import type { CodeSystems, Icd10FullList } from './types.js';

export type CodeSystemId = 'icd10se' | 'ksh97p';

export interface CodeHit {
  /** As the code system writes it: `F321` (ICD-10-SE, no dot), `A02-P` (KSH97-P). */
  code: string;
  title: string;
}

export interface CodeSearchResult {
  codeSystem: CodeSystemId;
  hits: CodeHit[];
  /** More codes matched than `limit`: the user should narrow the search. */
  more: boolean;
}

export interface CodeLookup {
  /** The title of a code, or undefined when the system does not have it. */
  title(code: string, codeSystem: string): string | undefined;
  search(query: string, options?: { codeSystem?: CodeSystemId; limit?: number }): CodeSearchResult;
}

const CODE_FRAGMENT = /^[A-Z]\d/;
const DEFAULT_LIMIT = 20;

const words = (text: string): string[] => text.toLocaleLowerCase('sv-SE').split(/[^\p{L}\p{N}]+/u).filter(Boolean);

export function createCodeLookup(systems: CodeSystems, full?: Icd10FullList): CodeLookup {
  let icd: { entries: CodeHit[]; lower: string[] } | undefined;
  const icdEntries = () => {
    if (!icd) {
      const list = full ?? systems.icd10se;
      const entries = [...(list?.codes ?? [])].map(([code, title]) => ({ code, title: title ?? '' })).sort((a, b) => (a.code < b.code ? -1 : 1));
      icd = { entries, lower: entries.map((entry) => entry.title.toLocaleLowerCase('sv-SE')) };
    }
    return icd;
  };
  const kshEntries = systems.ksh97p.entries.map((entry) => ({ code: entry.code, title: entry.title }));
  const kshLower = kshEntries.map((entry) => entry.title.toLocaleLowerCase('sv-SE'));
  const kshByCode = new Map(kshEntries.map((entry) => [entry.code, entry.title]));

  return {
    title(code, codeSystem) {
      if (codeSystem === 'ksh97p') return kshByCode.get(normalizeKsh97pCode(code));
      const list = full ?? systems.icd10se;
      return list?.codes.get(code.replace(/[.\s]/g, '').toUpperCase()) ?? undefined;
    },
    search(query, options = {}) {
      const codeSystem = options.codeSystem ?? 'icd10se';
      const limit = Math.max(1, Math.min(options.limit ?? DEFAULT_LIMIT, 200));
      const { entries, lower } = codeSystem === 'ksh97p' ? { entries: kshEntries, lower: kshLower } : icdEntries();
      const fragment = normalizeKsh97pCode(query);
      const terms = words(query);
      const hits: CodeHit[] = [];
      let more = false;
      if (fragment === '' || (!CODE_FRAGMENT.test(fragment) && terms.length === 0)) return { codeSystem, hits, more };
      const byCode = CODE_FRAGMENT.test(fragment);
      for (let i = 0; i < entries.length; i += 1) {
        const match = byCode ? entries[i].code.startsWith(fragment) : terms.every((term) => lower[i].includes(term));
        if (!match) continue;
        if (hits.length === limit) {
          more = true;
          break;
        }
        hits.push(entries[i]);
      }
      return { codeSystem, hits, more };
    },
  };
}
