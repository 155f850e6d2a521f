/**
 * Every example certificate of every definition printed to PDF and read back with pdftotext:
 * each shown question and its answer is on the paper, hidden questions are not, the
 * personnummer is printed with a dash and the patient nothing more, and drafts carry UTKAST on
 * every page. One browser for the whole file; the pool prints two at a time.
 */

import { afterAll, describe, expect, it } from 'vitest';
import { listExamples } from '../../src/examples.js';
import type { RenderModel } from '../../src/render/index.js';
import { personIdWithDash } from '../../src/render/render-model.js';
import { project } from '../helpers/project.js';
import { PRINTED_AT, bodyText, cleanupScratch, pdfPagesAsync, poppler, squash, testRenderer, watermarksOn } from './helpers.js';

const renderer = testRenderer();
afterAll(async () => {
  await renderer.close();
  cleanupScratch();
});

const examples = listExamples();

interface Printed {
  model: RenderModel;
  pages: string[];
  /** Everything pdftotext finds, running headers included. */
  text: string;
  /** The content alone, page breaks closed up. */
  body: string;
}

/** Every example is printed at once when the file loads; the pool prints two at a time. */
async function print(example: (typeof examples)[number]): Promise<Printed> {
  const options = { printedAt: PRINTED_AT, today: example.expect.today };
  const pages = await pdfPagesAsync(await renderer.pdf(example.payload, options));
  const model = renderer.model(example.payload, options);
  return { model, pages, text: squash(pages.join('')), body: bodyText(pages, model) };
}
const printed = new Map(examples.map((example) => {
  const result = print(example);
  result.catch(() => undefined); // reported by the test that awaits it
  return [example.file, result] as const;
}));
const printOf = (example: (typeof examples)[number]) => printed.get(example.file)!;

describe.each(examples.map((example) => [example.file, example] as const))('%s', (_file, example) => {
  it('prints every shown question with its answer, in definition order', async () => {
    const { model, body } = await printOf(example);
    expect(model.sections.length).toBeGreaterThan(0);
    let from = 0;
    for (const section of model.sections) {
      for (const question of section.questions) {
        const at = body.indexOf(squash(question.label), from);
        expect(at, `${question.id}: "${question.label}" after position ${from}`).toBeGreaterThanOrEqual(0);
        expect(body.slice(at), question.id).toContain(squash(question.answer));
        from = at;
      }
    }
  });

  it('leaves out the questions the rules hide', async () => {
    const { model, body } = await printOf(example);
    const { runtime } = project();
    const evaluation = runtime.evaluate(example.payload, { today: example.expect.today });
    const printedText = squash([model.title, model.statusText, ...model.sections.flatMap((section) => [section.title, ...section.questions.flatMap((q) => [q.label, q.answer])])].join(''));
    const plan = runtime.plans.find(example.type, (example.payload as { version: string }).version)!;
    const hidden = plan.fields.filter(({ field, kind }) => kind.hasAnswer && !evaluation.fields[field.id].shown);
    for (const { field } of hidden) {
      // Labels repeat (DB asks "Dödsdatum" three ways); only a label printed nowhere else can be checked.
      if (!printedText.includes(squash(field.label))) expect(body, field.id).not.toContain(squash(field.label));
    }
  });

  it('prints the personnummer with a dash and nothing else about the patient', async () => {
    const { model, text } = await printOf(example);
    const personId = (example.payload as { patient: { personId: string } }).patient.personId;
    const withDash = personIdWithDash(personId)!;
    expect(model.personId).toBe(withDash);
    expect(text).toContain(squash(`Person- /samordningsnr ${withDash}`));
    expect(text).not.toContain(personId.replace('-', ''));
  });

  const kind = project().runtime.models.get(example.type)!.document;

  if (kind === 'certificate') it('marks every page of a draft UTKAST with the draft wording and no certificate id; a signed one (an earlier version’s) with neither', async () => {
    const { model, pages, text } = await printOf(example);
    if ((example.payload as { status?: string }).status === 'signed') {
      expect(model.status).not.toBe('draft');
      for (const page of pages) expect(watermarksOn(page)).not.toContain('UTKAST');
      expect(text).toContain(squash((example.payload as { id: string }).id));
      expect(text).toContain('Intygsutfärdare:');
      return;
    }
    expect(model.status).toBe('draft');
    for (const page of pages) expect(watermarksOn(page)).toContain('UTKAST');
    expect(text).toContain(squash('Detta är en utskrift av ett elektroniskt intygsutkast och ska INTE skickas till'));
    expect(text).not.toContain('Intygs-ID');
    expect(text).not.toContain('Intygsutfärdare:');
  });

  else it('prints a consent, registration or case as what it is: its own status text and closing block, never UTKAST', async () => {
    const { model, pages, text } = await printOf(example);
    // A consent the patient took back wholly is marked on every page, as a revoked certificate is.
    const withdrawn = ((example.payload as { withdrawals?: Array<{ actors?: unknown; information?: unknown }> }).withdrawals ?? []).some((w) => !w.actors && !w.information);
    expect(model.status).toBe(withdrawn ? 'revoked' : 'document');
    for (const page of pages) {
      expect(watermarksOn(page)).not.toContain('UTKAST');
      if (withdrawn) expect(watermarksOn(page)).toContain('ÅTERKALLAT');
    }
    expect(text).toContain(squash(model.statusText));
    expect(text).not.toContain('intygsutkast');
    expect(text).toContain(squash(`Dokument-ID: ${(example.payload as { id: string }).id}`));
    expect(model.details.length).toBeGreaterThan(0);
    for (const detail of model.details) expect(text, detail.label).toContain(squash(`${detail.label}: ${detail.lines[0]}`));
  });
});

describe('every printout', () => {
  it('embeds only Liberation Sans and is a tagged, titled, Swedish A4 PDF', async () => {
    const example = examples.find((candidate) => candidate.type === 'fk7804') ?? examples[0];
    const pdf = await renderer.pdf(example.payload, { printedAt: PRINTED_AT });
    const { title } = renderer.model(example.payload, { printedAt: PRINTED_AT });
    const fonts = poppler('pdffonts', pdf).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/^[A-Z]{6}\+LiberationSans(-Bold)?\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    const info = poppler('pdfinfo', pdf);
    expect(info.split('\n')).toContain(`Title:           ${title}`);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)$/m);
    expect(Buffer.from(pdf).toString('latin1')).toContain('/Lang (sv-SE)');
  });

  it('never made a request: nothing but the HTML itself was loaded', () => {
    expect(renderer.printer.stats.blockedRequests).toBe(0);
    expect(renderer.printer.stats.prints).toBeGreaterThanOrEqual(examples.length);
  });
});
