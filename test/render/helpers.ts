/**
 * Shared by the print tests: one renderer (so one browser and page pool) per test file, PDF
 * text through poppler's pdftotext, and text normalisation for "is this printed" checks.
 */

import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProjectRenderer, type Renderer, type RenderModel } from '../../src/render/index.js';
import { project } from '../helpers/project.js';

/** The reference date of the examples and a fixed print time, so output is reproducible. */
export const TODAY = '2026-11-20';
export const PRINTED_AT = '2026-11-20T14:05:00+01:00';

export function testRenderer(pages = 2): Renderer {
  return createProjectRenderer(project().runtime, { pages });
}

const scratch = mkdtempSync(join(tmpdir(), 'intyg-render-test-'));
let counter = 0;

function tool(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error) throw new Error(`${command} saknas; kör scripts/ensure-browser.sh (${result.error.message})`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

/** Writes the PDF to a scratch file and runs a poppler tool on it. */
export function poppler(command: 'pdftotext' | 'pdfinfo' | 'pdffonts', pdf: Uint8Array, args: string[] = []): string {
  const file = join(scratch, `doc-${(counter += 1)}.pdf`);
  writeFileSync(file, pdf);
  try {
    return tool(command, command === 'pdftotext' ? [...args, file, '-'] : [...args, file]);
  } finally {
    rmSync(file, { force: true });
  }
}

const splitPages = (text: string) => text.split('\f').filter((page) => page.trim() !== '');

/** Text in content-stream order, one string per page (pdftotext separates pages with \f). */
export function pdfPages(pdf: Uint8Array): string[] {
  return splitPages(poppler('pdftotext', pdf, ['-raw']));
}

const execFileAsync = promisify(execFile);

/** The same without blocking, so reading one PDF overlaps printing the next. */
export async function pdfPagesAsync(pdf: Uint8Array): Promise<string[]> {
  const file = join(scratch, `doc-${(counter += 1)}.pdf`);
  writeFileSync(file, pdf);
  try {
    const { stdout } = await execFileAsync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
    return splitPages(stdout);
  } finally {
    rmSync(file, { force: true });
  }
}

/**
 * Drops all whitespace, so text compares equal however Chromium wrapped it (it breaks after
 * "–" and "-", which leaves no space to collapse to).
 */
export const squash = (text: string): string => text.replace(/\s+/g, '');

/**
 * The diagonal watermark comes out of pdftotext as one line per letter (spaces dropped); this
 * joins runs of single-letter lines back into words.
 */
export function watermarksOn(pageText: string): string[] {
  const words: string[] = [];
  let run = '';
  for (const line of pageText.split('\n')) {
    if (/^\S$/u.test(line.trim())) run += line.trim();
    else if (run) {
      words.push(run);
      run = '';
    }
  }
  if (run) words.push(run);
  return words;
}

export function cleanupScratch(): void {
  rmSync(scratch, { recursive: true, force: true });
}

/**
 * The certificate's own text, pages joined: each page without the page furniture. pdftotext
 * gives a page's @page margin boxes first (title, personnummer, page number, print time) and the
 * fixed elements last (status box, watermark, certificate id), with the content in between.
 */
export function bodyText(pages: string[], model: RenderModel): string {
  const leading = [
    `${model.name} (${model.code})`,
    `Person- /samordningsnr ${model.personId ?? 'Ej angivet'}`,
    `${model.code} · Utskriven ${model.printedAt}`,
  ].map(squash);
  const trailing = [model.statusText, model.watermark, model.certificateId && `Intygs-ID: ${model.certificateId}`]
    .filter((text): text is string => Boolean(text))
    .map(squash);
  return pages
    .map((page, index) => {
      let text = squash(page);
      for (const part of [...leading, `${index + 1}(${pages.length})`]) text = text.replace(part, '');
      for (const part of trailing) {
        const at = text.lastIndexOf(part);
        if (at >= 0) text = text.slice(0, at) + text.slice(at + part.length);
      }
      return text;
    })
    .join('');
}
