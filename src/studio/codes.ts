/**
 * Typeahead search for the studio's diagnosis and municipality fields. Diagnoses go through the
 * runtime's own code lookup (`src/codesystems/search.ts`: the full ICD-10-SE list of 2022 or
 * KSH97-P, by the start of a code or words of its title), so the typeahead offers exactly the
 * codes the rules accept; municipalities are searched the same way by name or kommunkod.
 */

import { createCodeLookup } from '../codesystems/search.js';
import type { CodeSystems } from '../codesystems/types.js';
import type { CodeHit, CodeSearchResult, CodeSystemId } from './protocol.js';

export { CODE_SYSTEMS, type CodeHit, type CodeSearchResult, type CodeSystemId } from './protocol.js';

export interface CodeSearch {
  search(query: string, codeSystem: CodeSystemId, limit?: number): CodeSearchResult;
}

const words = (text: string): string[] => text.toLocaleLowerCase('sv-SE').split(/[^\p{L}\p{N}]+/u).filter(Boolean);

export function createCodeSearch(systems: CodeSystems): CodeSearch {
  const diagnoses = createCodeLookup(systems);
  const municipalities: CodeHit[] = systems.kommuner.entries.map((entry) => ({ code: entry.code, title: entry.name }));
  const names = municipalities.map((hit) => hit.title.toLocaleLowerCase('sv-SE'));
  return {
    search(query, codeSystem, limit = 15) {
      if (codeSystem !== 'kommuner') return diagnoses.search(query, { codeSystem, limit });
      const digits = /^\d+$/.test(query.trim()) ? query.trim() : undefined;
      const terms = words(query);
      const hits: CodeHit[] = [];
      if (!digits && !terms.length) return { codeSystem, hits, more: false };
      for (let index = 0; index < municipalities.length; index += 1) {
        const match = digits ? municipalities[index].code.startsWith(digits) : terms.every((term) => names[index].includes(term));
        if (!match) continue;
        if (hits.length === limit) return { codeSystem, hits, more: true };
        hits.push(municipalities[index]);
      }
      return { codeSystem, hits, more: false };
    },
  };
}
