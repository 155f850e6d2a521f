/**
 * Stage 1a: YAML text → RawDefinition plus the source it came from. YAML problems become located
 * diagnostics in Swedish; only the first syntax error is reported, because the parser's later
 * errors are nearly always consequences of it.
 */

import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from './source.js';

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
    diagnostics.push({ code, severity: 'error', message: `${messageFor(first, text)}${more}`, file, line, col });
    return { source, raw: undefined, diagnostics };
  }
  return { source, raw: document.toJS({ maxAliasCount: 100 }), diagnostics };
}
