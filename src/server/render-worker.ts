/**
 * A worker thread that turns a certificate's JSON text into its printout HTML, with the project's
 * own runtime and templates: the same `createProjectRenderer` the service uses, so the HTML is the
 * same byte for byte. The service sends large bodies here (render-offload.ts); Handlebars
 * escaping a 2 MB text takes ~35 ms, which would otherwise hold up every other request.
 */

import { parentPort } from 'node:worker_threads';
import { loadRuntime } from '../project.js';
import { createProjectRenderer } from '../render/index.js';
import type { HtmlDocument } from '../render/html.js';
import { RenderError, type RenderOptions } from '../render/types.js';

export interface RenderJob {
  id: number;
  /** The request body as received: parsing it here spares the service a structured clone. */
  body: string;
  options: RenderOptions;
  forPrint: boolean;
}

export type RenderOutcome =
  | { id: number; ok: true; document: HtmlDocument }
  | { id: number; ok: false; renderError?: { message: string; usage: boolean; field?: string }; message: string };

const renderer = createProjectRenderer(loadRuntime());

parentPort!.on('message', (job: RenderJob) => {
  let outcome: RenderOutcome;
  try {
    const certificate: unknown = JSON.parse(job.body);
    // On screen only the HTML is used; the printer's document also carries its title and time.
    const document: HtmlDocument = job.forPrint ? renderer.document(certificate, job.options) : { html: renderer.html(certificate, job.options), title: '', printedAtInstant: 0 };
    outcome = { id: job.id, ok: true, document };
  } catch (error) {
    outcome = error instanceof RenderError
      ? { id: job.id, ok: false, renderError: { message: error.message, usage: error.usage, field: error.field }, message: error.message }
      : { id: job.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(outcome);
});
