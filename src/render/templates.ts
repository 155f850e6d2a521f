/**
 * Reads the print templates: the built-in ones next to this file and a type's own
 * `definitions/<id>/print.hbs`, which replaces the `content` partial for that type. This is the
 * print pipeline's only file reading; `html.ts` gets the sources and stays pure.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDiagnostic } from '../diagnostics/diagnostic.js';
import { toRepoPath } from '../project.js';
import { checkPrintTemplate } from './template-check.js';

export interface TemplateSources {
  document: string;
  /** Partials every template may use: content, question, issuer. */
  partials: Record<string, string>;
  /** A type's own `content` partial, by type id. */
  typeContent: Record<string, string>;
}

const TEMPLATE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'templates');
const PARTIALS = ['content', 'question', 'issuer'];

/** The partials the built-in templates use, and may refer to. */
export const BUILT_IN_PARTIALS = [...PARTIALS, 'defaultContent'];

/**
 * Payload text must always be escaped. A type's partial is written by domain experts, so it is
 * checked here (raw output in any form, unknown partials and helpers, syntax: template-check.ts)
 * rather than trusted; `intyg check` reports the same problems with their location.
 */
function checked(file: string, source: string): string {
  const problems = checkPrintTemplate(toRepoPath(file), source);
  if (problems.length) throw new Error(`Utskriftsmallen har fel:\n${problems.map(formatDiagnostic).join('\n')}`);
  return source;
}

export function readTemplateSources(definitionsDir: string): TemplateSources {
  const read = (name: string) => readFileSync(join(TEMPLATE_DIR, `${name}.hbs`), 'utf8');
  const typeContent: Record<string, string> = {};
  if (existsSync(definitionsDir)) {
    for (const entry of readdirSync(definitionsDir, { withFileTypes: true })) {
      const file = join(definitionsDir, entry.name, 'print.hbs');
      if (!entry.isDirectory() || entry.name.startsWith('_') || !existsSync(file)) continue;
      typeContent[entry.name] = checked(file, readFileSync(file, 'utf8'));
    }
  }
  return {
    document: read('document'),
    partials: Object.fromEntries(PARTIALS.map((name) => [name, read(name)])),
    typeContent,
  };
}
