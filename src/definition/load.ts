/**
 * Stage 1a: YAML text → RawDefinition plus the source it came from. Syntax errors, duplicate
 * keys and other YAML problems become located diagnostics; nothing is thrown.
 */

import { LineCounter, parseDocument } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from './source.js';

export interface LoadedDefinition {
  source: SourceFile;
  /** The document as plain data; `undefined` when the YAML could not be read at all. */
  raw: unknown;
  diagnostics: Diagnostic[];
}

function yamlCode(code: string): string {
  if (code === 'DUPLICATE_KEY') return 'yaml/duplicate-key';
  return 'yaml/syntax';
}

const HINTS: Record<string, string> = {
  DUPLICATE_KEY: 'Varje nyckel får bara finnas en gång på samma nivå; ta bort eller byt namn på den ena.',
  BAD_INDENT: 'Kontrollera indraget: nycklar på samma nivå ska stå i samma kolumn, med mellanslag, inte tabb.',
  TAB_AS_INDENT: 'Använd mellanslag för indrag, inte tabb.',
};

export function load(file: string, text: string): LoadedDefinition {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const source: SourceFile = { file, text, document, lineCounter };
  const diagnostics: Diagnostic[] = [];
  for (const error of [...document.errors, ...document.warnings]) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    const firstLine = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    const hint = HINTS[error.code] ?? 'Rätta YAML-syntaxen på raden (citattecken, kolon, indrag).';
    diagnostics.push({
      code: yamlCode(error.code),
      severity: document.errors.includes(error as never) ? 'error' : 'warning',
      message: `${firstLine}. ${hint}`,
      file,
      line,
      col,
    });
  }
  if (document.errors.length > 0) return { source, raw: undefined, diagnostics };
  return { source, raw: document.toJS({ maxAliasCount: 100 }), diagnostics };
}
