/**
 * Stage 1a: YAML text → RawDefinition plus the source it came from. YAML problems become located
 * diagnostics in Swedish; only the first syntax error is reported, because the parser's later
 * errors are nearly always consequences of it.
 */

import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from './source.js';
import { checkAliases, MAX_EXPANDED_NODES } from './aliases.js';

export interface LoadedDefinition {
  source: SourceFile;
  /** The document as plain data; `undefined` when the YAML could not be read at all. */
  raw: unknown;
  diagnostics: Diagnostic[];
}

const MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: 'Nyckeln finns redan på samma nivå. Ta bort eller byt namn på den ena.',
  BAD_INDENT: 'Fel indrag. Nycklar på samma nivå ska börja i samma kolumn.',
  TAB_AS_INDENT: 'Tabb används som indrag. Använd mellanslag.',
  MISSING_CHAR: 'Ett tecken saknas, oftast ett avslutande } eller ] eller ett citattecken.',
  MULTILINE_IMPLICIT_KEY: 'En nyckel kan inte fortsätta på nästa rad. Kontrollera kolon och indrag.',
  BLOCK_AS_IMPLICIT_KEY: 'Kontrollera kolon och indrag på raden.',
  UNEXPECTED_TOKEN: 'Oväntat tecken.',
  BAD_SCALAR_START: 'Ett värde får inte börja med detta tecken utan citattecken.',
};

/** The line of the last `{` or `[` before `offset` that its line does not close. */
function unclosedBracketBefore(text: string, offset: number): number | null {
  const lines = text.slice(0, offset).split('\n');
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const line = lines[index].replace(/#.*$/, '');
    const opened = (line.match(/[{[]/g) ?? []).length;
    const closed = (line.match(/[}\]]/g) ?? []).length;
    if (opened > closed) return index;
  }
  return null;
}

function messageFor(error: YAMLError, text: string): string {
  const unclosed = /end with a [}\]]/.test(error.message);
  const base = unclosed ? MESSAGES.MISSING_CHAR : MESSAGES[error.code] ?? 'YAML-syntaxfel.';
  const line = text.slice(text.lastIndexOf('\n', error.pos[0] - 1) + 1, text.indexOf('\n', error.pos[0]) >>> 0);
  // JSONPath's brackets read as a YAML list inside `{ … }`; quoting the path is the fix.
  const hint = /\{[^}]*\$\[/.test(line) ? ' Sätt citattecken kring en sökväg med [ ] inuti { }: path: "$[0].datum".' : '';
  const detail = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return `${base}${hint} (yaml: ${detail})`;
}

export function load(file: string, text: string): LoadedDefinition {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const source: SourceFile = { file, text, document, lineCounter };
  const diagnostics: Diagnostic[] = [];
  const [first, ...rest] = document.errors;
  if (first) {
    let { line, col } = lineCounter.linePos(first.pos[0]);
    // The parser notices a missing } only where the next block starts; point at the opening line.
    if (/end with a [}\]]/.test(first.message)) {
      const opening = unclosedBracketBefore(text, first.pos[0]);
      if (opening !== null) [line, col] = [opening + 1, text.split('\n')[opening].search(/[{[]/) + 1];
    }
    const more = rest.length ? ` ${rest.length} följdfel till visas inte; rätta detta först.` : '';
    const code = first.code === 'DUPLICATE_KEY' ? 'yaml/duplicate-key' : 'yaml/syntax';
    const indented = /IMPLICIT_KEY$/.test(first.code) ? overIndentedKey(text, line) : null;
    if (indented) diagnostics.push({ code, severity: 'error', message: `${indented.message}${more}`, file, line: indented.line, col: indented.col });
    else diagnostics.push({ code, severity: 'error', message: `${messageFor(first, text)}${more}`, file, line, col });
    return { source, raw: undefined, diagnostics };
  }
  const aliases = checkAliases(document);
  if (aliases) {
    const { line, col } = lineCounter.linePos(aliases.alias.range?.[0] ?? 0);
    const message = aliases.kind === 'cycle'
      ? `Aliaset *${aliases.name} pekar på en nod som innehåller aliaset självt, så värdet tar aldrig slut. Skriv ut värdet i stället.`
      : `Aliaset *${aliases.name} gör att definitionen växer till mer än ${MAX_EXPANDED_NODES.toLocaleString('sv-SE')} noder när aliasen fylls i (alias i alias i alias). Skriv ut värdena i stället för att nästla alias.`;
    diagnostics.push({ code: aliases.kind === 'cycle' ? 'yaml/alias-cycle' : 'yaml/alias-bomb', severity: 'error', message, file, line, col });
    return { source, raw: undefined, diagnostics };
  }
  // Measured above, so the library's own count (which also refuses 100 harmless aliases) is off.
  return { source, raw: document.toJS({ maxAliasCount: -1 }), diagnostics };
}

const indentOf = (line: string) => line.length - line.trimStart().length;
const KEY_LINE = /^\s*(?:-\s+)?[^\s#'"{[][^:#]*:(?:\s|$)/;

/**
 * "Nested mappings are not allowed in compact mappings" at `key: value` usually means the next
 * key is indented further than this one: the parser reads it as part of the value above. The
 * mistake is on that next line, so point there.
 */
function overIndentedKey(text: string, errorLine: number): { line: number; col: number; message: string } | null {
  const lines = text.split('\n');
  const above = lines[errorLine - 1];
  if (above === undefined || !KEY_LINE.test(above)) return null;
  // The column the key starts in, after a list item's "- ".
  const column = /^\s*(?:-\s+)?/.exec(above)![0].length;
  for (let index = errorLine; index < lines.length; index += 1) {
    const candidate = lines[index];
    if (!candidate.trim() || candidate.trimStart().startsWith('#')) continue;
    if (indentOf(candidate) <= column || !KEY_LINE.test(candidate)) return null;
    const key = candidate.trim().split(':')[0];
    const aboveKey = above.trim().replace(/^-\s+/, '').split(':')[0];
    return {
      line: index + 1,
      col: indentOf(candidate) + 1,
      message: `Fel indrag: "${key}" är indragen mer än "${aboveKey}" på raden ovanför och blir då en del av dess värde. Nycklar på samma nivå ska börja i samma kolumn (kolumn ${column + 1}).`,
    };
  }
  return null;
}
