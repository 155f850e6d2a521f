/**
 * Reads the print templates: the built-in ones next to this file and a type's own
 * `definitions/<id>/print.hbs`, which replaces the `content` partial for that type. This is the
 * print pipeline's only file reading; `html.ts` gets the sources and stays pure.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/**
 * Payload text must always be escaped: `{{{ }}}` and `{{& }}` would print it raw. A type's
 * partial is written by domain experts, so it is refused here rather than trusted.
 */
export const RAW_OUTPUT = /\{\{\{|\{\{~?\s*&/;

export function readTemplateSources(definitionsDir: string): TemplateSources {
  const read = (name: string) => readFileSync(join(TEMPLATE_DIR, `${name}.hbs`), 'utf8');
  const typeContent: Record<string, string> = {};
  const readPartial = (key: string, file: string) => {
    if (!existsSync(file)) return;
    const source = readFileSync(file, 'utf8');
    if (RAW_OUTPUT.test(source)) {
      throw new Error(`${file}: {{{ }}} och {{& }} skriver ut text utan att skydda den. Använd {{ }}.`);
    }
    typeContent[key] = source;
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
