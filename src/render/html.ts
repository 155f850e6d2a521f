/**
 * Stage 2 of printing, pure: RenderModel → one self-contained HTML document, through
 * Handlebars. Page furniture (title and personnummer on every page, page numbers, status box,
 * watermark, id in the margin) is CSS in the same document, so the HTML reads the same on screen
 * and the printer needs no header/footer templates. Every value is escaped by `{{ }}`; the one
 * helper, `cssString`, writes CSS strings for the @page margin boxes; templates.ts refuses raw output.
 */

import Handlebars from 'handlebars';
import type { TemplateSources } from './templates.js';
import type { RenderModel } from './types.js';

type Template = Handlebars.TemplateDelegate<RenderModel>;

export interface CompiledTemplates {
  document: Template;
  partials: Record<string, Template>;
  typeContent: Record<string, Template>;
}

export interface HtmlDocument {
  /** A complete HTML page, A4 in print; also readable on screen. */
  html: string;
  title: string;
  printedAtInstant: number;
}

/**
 * A CSS string literal that is also inert inside <style>: every character but letters, digits
 * and spaces becomes a hex escape, so no quote, backslash, `<` or newline of a payload survives.
 */
export function cssString(value: unknown): string {
  const text = typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
  let out = '"';
  for (const char of text) out += /^[\p{L}\p{N} ]$/u.test(char) ? char : `\\${char.codePointAt(0)!.toString(16)} `;
  return `${out}"`;
}

/** Built-in helpers (if, each, unless, with) and cssString only: a partial cannot call anything else. */
const COMPILE_OPTIONS = { knownHelpers: { cssString: true }, knownHelpersOnly: true, preventIndent: true };

export function compileTemplates(sources: TemplateSources): CompiledTemplates {
  // An isolated instance: nothing registered globally by other code can reach the printouts.
  const handlebars = Handlebars.create();
  handlebars.registerHelper('cssString', (value: unknown) => new handlebars.SafeString(cssString(value)));
  const compile = (source: string) => handlebars.compile<RenderModel>(source, COMPILE_OPTIONS);
  const templates: CompiledTemplates = {
    document: compile(sources.document),
    partials: Object.fromEntries(Object.entries(sources.partials).map(([name, source]) => [name, compile(source)])),
    typeContent: Object.fromEntries(Object.entries(sources.typeContent).map(([id, source]) => [id, compile(source)])),
  };
  // Handlebars compiles on first use; doing that now makes a bad template (an unknown helper, a
  // missing partial) fail at startup, not in the middle of someone's print.
  const empty = { sections: [], issuer: { unitLines: [] } } as unknown as RenderModel;
  for (const template of [templates.document, ...Object.values(templates.typeContent)]) {
    template(empty, { partials: { ...templates.partials, defaultContent: templates.partials.content } });
  }
  return templates;
}

/**
 * `forPrint` gives the document the printer gets, which shows nothing on screen; without it the
 * document reads on screen too (`intyg render --html`). Both print identically.
 */
export function renderDocument(model: RenderModel, templates: CompiledTemplates, options: { forPrint?: boolean; contentKey?: string } = {}): HtmlDocument {
  // `contentKey` names the type's own partial for this version (`<id>`, or `<id>@<version>` for an earlier one).
  const own = templates.typeContent[options.contentKey ?? model.typeId];
  // A type's own content partial may still include the built-in one as `defaultContent`.
  const partials = { ...templates.partials, defaultContent: templates.partials.content, ...(own ? { content: own } : {}) };
  const data = { forPrint: options.forPrint === true };
  const html = templates.document(model, { partials, data, allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
  return { html, title: model.title, printedAtInstant: model.printedAtInstant };
}
