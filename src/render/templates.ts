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
  /**
   * A type's own `content` partial: by type id for its current version (`definitions/<id>/print.hbs`),
   * by `<id>@<version>` for an earlier one (`definitions/<id>/versions/<version>/print.hbs`).
   */
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
  const readPartial = (key: string, file: string) => {
    if (existsSync(file)) typeContent[key] = checked(file, readFileSync(file, 'utf8'));
  };
  if (existsSync(definitionsDir)) {
    for (const entry of readdirSync(definitionsDir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith('_')) continue;
      readPartial(entry.name, join(definitionsDir, entry.name, 'print.hbs'));
      const versions = join(definitionsDir, entry.name, 'versions');
      if (existsSync(versions)) for (const version of readdirSync(versions)) readPartial(`${entry.name}@${version}`, join(versions, version, 'print.hbs'));
    }
  }
  return {
    document: read('document'),
    partials: Object.fromEntries(PARTIALS.map((name) => [name, read(name)])),
    typeContent,
  };
}
