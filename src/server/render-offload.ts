/**
 * Printouts of large bodies are built in a worker thread (render-worker.ts), so the service keeps
 * answering (/health, small requests) while Handlebars escapes megabytes of text. Small bodies
 * stay on the main thread: for them a round trip to the worker costs more than the render.
 *
 * The worker loads the project's compiled models itself, so offloading is only offered when the
 * service runs on those (buildServer without an injected runtime). It starts on first use; a
 * worker that dies is replaced on the next job, and its pending jobs fail with its error.
 */

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PACKAGE_ROOT } from '../project-paths.js';
import type { HtmlDocument } from '../render/html.js';
import { RenderError, type RenderOptions } from '../render/types.js';
import type { RenderJob, RenderOutcome } from './render-worker.js';


/** The compiled worker: next to this file when running from dist/, else dist/'s (vitest, tsx). */
function workerFile(): string {
  const here = fileURLToPath(new URL('./render-worker.js', import.meta.url));
  return existsSync(here) ? here : join(PACKAGE_ROOT, 'dist', 'src', 'server', 'render-worker.js');
}

export class RenderOffload {
  private worker?: Worker;
  private nextId = 0;
  /** Printouts the worker has finished, failed ones included. */
  done = 0;
  private readonly pending = new Map<number, { resolve: (document: HtmlDocument) => void; reject: (error: Error) => void }>();

  /** Starts the worker now rather than on the first job. */
  start(): void {
    this.worker ??= this.spawn();
  }

  html(body: string, options: RenderOptions): Promise<string> {
    return this.run(body, options, false).then((document) => document.html);
  }

  document(body: string, options: RenderOptions): Promise<HtmlDocument> {
    return this.run(body, options, true);
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private run(body: string, options: RenderOptions, forPrint: boolean): Promise<HtmlDocument> {
    const worker = (this.worker ??= this.spawn());
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, body, options, forPrint } satisfies RenderJob);
    });
  }

  private spawn(): Worker {
    const worker = new Worker(workerFile());
    worker.unref();
    worker.on('message', (outcome: RenderOutcome) => {
      const job = this.pending.get(outcome.id);
      if (!job) return;
      this.pending.delete(outcome.id);
      this.done += 1;
      if (outcome.ok) job.resolve(outcome.document);
      else job.reject(outcome.renderError ? new RenderError(outcome.renderError.message, outcome.renderError.usage, outcome.renderError.field) : new Error(outcome.message));
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const job of this.pending.values()) job.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`Utskriftstråden avslutades (${code}).`)));
    return worker;
  }
}
