/**
 * The HTML stage: templates never print raw text, a type may bring its own content partial,
 * and the HTML document stands on its own (header, status box, watermark on screen too).
 */

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileTemplates, cssString, renderDocument } from '../../src/render/html.js';
import { createRenderer, readTemplateSources } from '../../src/render/index.js';
import { BUILT_IN_PARTIALS } from '../../src/render/templates.js';
import { checkPrintTemplate } from '../../src/render/template-check.js';
import { DEFINITIONS_DIR, readRecipientNames } from '../../src/project.js';
import { project } from '../helpers/project.js';
import { tempDir } from '../cli/run-cli.js';
import { PRINTED_AT } from './helpers.js';

const certificate = JSON.parse(readFileSync(join(DEFINITIONS_DIR, 'ag114', 'examples', 'valid-med-diagnos.json'), 'utf8'));
const temp = tempDir('render-html');
afterAll(() => temp.cleanup());

describe('templates', () => {
  const dir = join(import.meta.dirname, '..', '..', 'src', 'render', 'templates');

  it.each(readdirSync(dir))('%s prints nothing unescaped and uses only known partials and helpers', (name) => {
    expect(checkPrintTemplate(name, readFileSync(join(dir, name), 'utf8'), BUILT_IN_PARTIALS)).toEqual([]);
  });

  it.each(['{{#each sections}}{{{title}}}{{/each}}', '{{~{title}~}}', '{{& title}}'])('refuses a type partial that would print raw text: %s', (raw) => {
    const definitions = join(temp.dir, `raw-${raw.length}`);
    mkdirSync(join(definitions, 'ag114'), { recursive: true });
    writeFileSync(join(definitions, 'ag114', 'print.hbs'), raw);
    expect(() => readTemplateSources(definitions)).toThrow(/print\.hbs:1:\d+ print\/raw-output Den här formen skriver ut text utan att skydda den/);
  });

  it('names the file and line of a syntax error, in Swedish, instead of Handlebars’ bare "Parse error"', () => {
    const definitions = join(temp.dir, 'syntax');
    mkdirSync(join(definitions, 'ag114'), { recursive: true });
    writeFileSync(join(definitions, 'ag114', 'print.hbs'), '<p>\n{{#if name}}\n{{name}}\n');
    expect(() => readTemplateSources(definitions)).toThrow(/ag114\/print\.hbs:4:\d+ print\/syntax Mallen tar slut mitt i ett uttryck eller block/);
  });

  it('allows only the built-in helpers in templates', () => {
    const sources = readTemplateSources(DEFINITIONS_DIR);
    expect(() => compileTemplates({ ...sources, typeContent: { ag114: '{{lookupFile "/etc/passwd"}}' } })).toThrow(/unknown helper lookupFile/);
  });
});

describe('a type’s own partial', () => {
  it('replaces the content, and may still include the built-in content', () => {
    const sources = readTemplateSources(DEFINITIONS_DIR);
    const own = { ...sources, typeContent: { ag114: '<p class="egen">Egen layout för {{code}}</p>{{> defaultContent}}' } };
    const renderer = createRenderer(project().runtime, { recipients: readRecipientNames(), templates: own });
    const html = renderer.html(certificate, { printedAt: PRINTED_AT });
    expect(html).toContain('<p class="egen">Egen layout för AG1-14</p>');
    expect(html).toContain('<h3>Intyget är baserat på</h3>');
  });

  it('is read from definitions/<id>/print.hbs', () => {
    const definitions = join(temp.dir, 'own');
    mkdirSync(join(definitions, 'ag114'), { recursive: true });
    writeFileSync(join(definitions, 'ag114', 'print.hbs'), '<p>{{name}}</p>');
    expect(readTemplateSources(definitions).typeContent).toEqual({ ag114: '<p>{{name}}</p>' });
  });

  it('belongs to the version it is written for: the type’s own to the current one, versions/<v>/print.hbs to v', () => {
    const definitions = join(temp.dir, 'versions');
    mkdirSync(join(definitions, 'fk7804', 'versions', '1.2'), { recursive: true });
    writeFileSync(join(definitions, 'fk7804', 'print.hbs'), '<p class="partial-current">{{version}}</p>');
    writeFileSync(join(definitions, 'fk7804', 'versions', '1.2', 'print.hbs'), '<p class="partial-older">{{version}}</p>');
    const sources = readTemplateSources(definitions);
    expect(sources.typeContent).toEqual({ fk7804: '<p class="partial-current">{{version}}</p>', 'fk7804@1.2': '<p class="partial-older">{{version}}</p>' });
    const read = (file: string) => JSON.parse(readFileSync(join(DEFINITIONS_DIR, 'fk7804', file), 'utf8'));
    const [current, older] = [read('examples/valid-heltid-lumbago.json'), read('versions/1.2/examples/valid-heltid-lumbago.json')];
    const html = (typeContent: Record<string, string>, payload: unknown) =>
      createRenderer(project().runtime, { recipients: readRecipientNames(), templates: { ...sources, typeContent } }).html(payload, { printedAt: PRINTED_AT });
    expect(html(sources.typeContent, current)).toContain('<p class="partial-current">2.0</p>');
    expect(html(sources.typeContent, older)).toContain('<p class="partial-older">1.2</p>');
    // Without a partial of its own, an earlier version prints the built-in content, not the current one's.
    const onlyCurrent = html({ fk7804: sources.typeContent.fk7804 }, older);
    expect(onlyCurrent).not.toContain("partial-current");
    expect(onlyCurrent).toContain('<h3>Intyget är baserat på</h3>');
  });
});

describe('the HTML document', () => {
  const templates = compileTemplates(readTemplateSources(DEFINITIONS_DIR));
  const renderer = createRenderer(project().runtime, { recipients: readRecipientNames(), templates: readTemplateSources(DEFINITIONS_DIR) });

  it('is Swedish, titled, and carries the header, status box and watermark for screen readers and screens', () => {
    const { html } = renderDocument(renderer.model(certificate, { printedAt: PRINTED_AT }), templates);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="sv-SE">/);
    expect(html).toContain('<title>Läkarintyg om arbetsförmåga – sjuklöneperioden (AG1-14)</title>');
    expect(html).toContain('<b>Person- /samordningsnr</b> 19121212-1212');
    expect(html).toContain('<p class="status" role="note">Detta är en utskrift av ett elektroniskt intygsutkast och ska INTE skickas till arbetsgivaren.</p>');
    expect(html).toContain('<div class="watermark draft" aria-hidden="true">UTKAST</div>');
  });

  it('sets the page itself: margin boxes for the running header and page numbers, payload text escaped for CSS', () => {
    const html = renderer.html({ ...certificate, status: 'signed' }, { printedAt: PRINTED_AT });
    expect(html).toContain('@top-left { content: "Läkarintyg om arbetsförmåga \\2013  sjuklöneperioden" " (" "AG1\\2d 14" ")";');
    expect(html).toContain('content: "Person- /samordningsnr\\A " "19121212\\2d 1212";');
    expect(html).toContain('content: counter(page) " (" counter(pages) ")";');
    expect(html).toContain('<div class="margin-id" aria-hidden="true">Intygs-ID: 378bf436-245c-544e-b7e8-c86a60535fac</div>');
    expect(html).not.toMatch(/\b(src|href)=|url\(/);
  });

  it('gives the printer a document that is blank on screen, and --html one that is not', () => {
    const hidden = '@media screen { html { display: none; } }';
    expect(renderer.document(certificate, { printedAt: PRINTED_AT }).html).toContain(hidden);
    expect(renderer.html(certificate, { printedAt: PRINTED_AT })).not.toContain(hidden);
  });

  it('writes CSS strings no payload can break out of', () => {
    expect(cssString('19121212-1212')).toBe('"19121212\\2d 1212"');
    const escaped = cssString('a"; } body { display: none } </style><script>');
    expect(escaped).toMatch(/^".*"$/);
    expect(escaped.slice(1, -1)).not.toMatch(/["'<>;{}/]/);
    expect(cssString('Åsa\nÖ')).toBe('"Åsa\\a Ö"');
  });
});
