/**
 * A type's own print layout, `definitions/<id>/print.hbs` (an earlier version's
 * `definitions/<id>/versions/<version>/print.hbs`), read for the studio one at a time,
 * so a broken partial becomes a located diagnostic for that type while the others (and the type's
 * last good partial) keep printing. The checks are the printer's own: `checkPrintTemplate()`, the
 * walk of the parsed template that `intyg check` runs (syntax, raw output, unknown partials and
 * helpers), then `compileTemplates()`, which compiles and runs every template once.
 */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { compileTemplates } from '../render/html.js';
import { checkPrintTemplate } from '../render/template-check.js';
import { readTemplateSources, type TemplateSources } from '../render/templates.js';
import { toRepoPath } from '../project-paths.js';

export type PrintPartial = { source?: string; diagnostics: Diagnostic[] };

/** The built-in templates only: a folder without print.hbs files adds nothing. */
export function builtInTemplates(): TemplateSources {
  return readTemplateSources(join('/', 'nonexistent-intyg-studio-folder'));
}

/** Handlebars says "Parse error on line 3:" and draws a caret; we keep the line and the expectation. */
function parseErrorPosition(message: string): { line: number; text: string } {
  const line = Number(/on line (\d+)/.exec(message)?.[1] ?? 1);
  const lines = message.split('\n').map((part) => part.trim()).filter(Boolean);
  const expectation = lines.find((part) => part.startsWith('Expecting') || part.startsWith('Expected'));
  return { line, text: expectation ?? lines[0] ?? message };
}

/**
 * Reads and checks the print.hbs in `folder` (below the definitions folder: a type's `[id]`, or an
 * earlier version's `[id, 'versions', version]`); `source` is undefined when there is none or it is broken.
 */
export function readPrintPartial(definitionsDir: string, folder: readonly string[], builtIns: TemplateSources, pathRoot: string): PrintPartial {
  const path = join(definitionsDir, ...folder, 'print.hbs');
  if (!existsSync(path)) return { diagnostics: [] };
  const file = toRepoPath(path, pathRoot);
  const problem = (code: string, message: string, line = 1): PrintPartial => ({ diagnostics: [{ file, line, col: 1, code, severity: 'error', message }] });
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (error) {
    return problem('print/unreadable', `Kan inte läsa filen (${(error as NodeJS.ErrnoException).code ?? 'okänt fel'}).`);
  }
  const problems = checkPrintTemplate(file, source);
  if (problems.length) return { diagnostics: problems };
  try {
    compileTemplates({ ...builtIns, typeContent: { [folder.join('/')]: source } });
  } catch (error) {
    const { line, text } = parseErrorPosition((error as Error).message);
    return problem('print/syntax', `Mallen går inte att använda: ${text}`, line);
  }
  return { source, diagnostics: [] };
}
