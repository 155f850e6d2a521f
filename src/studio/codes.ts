/**
 * Typeahead search for the studio's diagnosis and municipality fields, over the code systems the
 * runtime validates against: a code fragment matches the start of a code (dots and spaces
 * ignored), words match the title (every word somewhere in it). ICD-10-SE offers what the
 * runtime's checker knows, so picking a code never produces a diagnosis the rules reject.
 */

import { createIcd10Checker, normalizeIcd10Code } from '../codesystems/icd10.js';
import type { CodeSystems } from '../codesystems/types.js';
import type { CodeHit, CodeSearchResult, CodeSystemId } from './protocol.js';

export { CODE_SYSTEMS, type CodeHit, type CodeSearchResult, type CodeSystemId } from './protocol.js';

interface Index {
  entries: CodeHit[];
  /** Lower-cased titles, in the order of `entries`. */
  lower: string[];
  /** Codes as compared with a typed fragment. */
  keys: string[];
}

// One letter would match nearly every title; a word needs two.
const words = (text: string): string[] => text.toLocaleLowerCase('sv-SE').split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 2);
const CODE_FRAGMENT = /^[A-Z]\d/;
const compact = (code: string) => code.toUpperCase().replace(/[.\s-]/g, '');

function index(entries: CodeHit[], key: (hit: CodeHit) => string): Index {
  return { entries, lower: entries.map((entry) => entry.title.toLocaleLowerCase('sv-SE')), keys: entries.map(key) };
}

export interface CodeSearch {
  search(query: string, codeSystem: CodeSystemId, limit?: number): CodeSearchResult;
}

export function createCodeSearch(systems: CodeSystems): CodeSearch {
  const checker = createIcd10Checker(systems);
  const built = new Map<CodeSystemId, Index>();
  const build = (codeSystem: CodeSystemId): Index => {
    if (codeSystem === 'kommuner') {
      return index(systems.kommuner.entries.map((entry) => ({ code: entry.code, title: entry.name })), (hit) => hit.code);
    }
    if (codeSystem === 'ksh97p') return index(systems.ksh97p.entries.map((entry) => ({ code: entry.code, title: entry.title })), (hit) => compact(hit.code));
    // ICD-10-SE as the checker knows it: each known KSH97-P code, written without its suffix.
    const seen = new Set<string>();
    const entries: CodeHit[] = [];
    for (const entry of systems.ksh97p.entries) {
      const code = normalizeIcd10Code(entry.normalized);
      if (seen.has(code) || checker.check(code).status !== 'known') continue;
      seen.add(code);
      entries.push({ code, title: entry.title });
    }
    entries.sort((a, b) => (a.code < b.code ? -1 : 1));
    return index(entries, (hit) => hit.code);
  };

  return {
    search(query, codeSystem, limit = 20) {
      const found = built.get(codeSystem) ?? built.set(codeSystem, build(codeSystem)).get(codeSystem)!;
      const fragment = compact(query.trim());
      const terms = words(query);
      const hits: CodeHit[] = [];
      const byCode = codeSystem === 'kommuner' ? /^\d+$/.test(fragment) : CODE_FRAGMENT.test(fragment);
      if (!byCode && terms.length === 0) return { codeSystem, hits, more: false };
      for (let i = 0; i < found.entries.length; i += 1) {
        const match = byCode ? found.keys[i].startsWith(fragment) : terms.every((term) => found.lower[i].includes(term));
        if (!match) continue;
        if (hits.length === limit) return { codeSystem, hits, more: true };
        hits.push(found.entries[i]);
      }
      return { codeSystem, hits, more: false };
    },
  };
}
