/**
 * `intyg render` through the real command line: a PDF file, HTML on standard out, and exit codes
 * per DESIGN.md with one-line messages. Byte-identical output is proven in-process (pdf.test.ts).
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFINITIONS_DIR } from '../../src/project.js';
import { expectNoStackTrace, runCli, tempDir, writeTemp } from '../cli/run-cli.js';
import { poppler } from './helpers.js';

const temp = tempDir('render-cli');
afterAll(() => temp.cleanup());

const AG114 = join(DEFINITIONS_DIR, 'ag114', 'examples', 'valid-med-diagnos.json');
const payload = () => JSON.parse(readFileSync(AG114, 'utf8'));

describe('intyg render', () => {
  it('writes an A4 PDF dated with --printed-at (Swedish time)', () => {
    const output = join(temp.dir, 'a.pdf');
    const run = runCli(['render', AG114, '-o', output, '--printed-at', '2026-11-20T14:05']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const pdf = readFileSync(output);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(poppler('pdfinfo', pdf, ['-isodates'])).toMatch(/^CreationDate:\s+2026-11-20T13:05:00Z$/m);
    expect(poppler('pdftotext', pdf)).toContain('Utskriven 2026-11-20 14:05');
  });

  it('writes HTML to standard out with --html, hides the diagnosis on request, and prints an invalid certificate with a note', () => {
    const answers = { ...payload().answers, nedsattningProcent: 0 };
    const signed = writeTemp(temp.dir, 'signed.json', JSON.stringify({ ...payload(), status: 'signed', signedAt: '2026-11-20', answers }));
    const run = runCli(['render', signed, '--html', '--hide', 'diagnos']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(run.stdout).toContain('På patientens begäran uppges inte diagnos');
    expect(run.stdout).toContain('Detta är en anpassad utskrift');
    expect(run.stdout).not.toContain('M545');
    expect(run.stderr).toMatch(/^intyg: obs, intyget har 1 fel \(intyg validate .*signed\.json\); utskriften visar det som går att skriva ut\.\n$/);
  });

  it.each([
    ['no output file for a PDF', 2, () => ['render', AG114], /Ange var PDF:en ska skrivas: -o <fil\.pdf>\./],
    ['an unreadable file', 2, () => ['render', join(temp.dir, 'saknas.json'), '-o', join(temp.dir, 'x.pdf')], /Kan inte läsa .*saknas\.json: ENOENT\./],
    ['a choice the type does not offer', 2, () => ['render', AG114, '--html', '--hide', 'namn'], /AG1-14 kan inte dölja "namn" vid utskrift\. Möjliga val: diagnos\./],
    ['an unknown type', 1, () => ['render', writeTemp(temp.dir, 'okand.json', JSON.stringify({ ...payload(), type: 'ag999' })), '--html'], /Intyget kan inte skrivas ut: Okänd intygstyp "ag999"/],
  ])('%s: exit %i with one line', (_case, status, args, message) => {
    const run = runCli(args());
    expect(run.status).toBe(status);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
    expectNoStackTrace(run);
  });
});
