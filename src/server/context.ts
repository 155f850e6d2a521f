/**
 * What the routes share: one runtime, one renderer with its printer pool, the certificate
 * schemas, FMB data and the print queue. Loaded once at start-up, so no request reads a file.
 */

import type { FmbLookup } from '../decision/fmb.js';
import type { Renderer } from '../render/index.js';
import type { Runtime } from '../runtime/runtime.js';
import type { CertificateSchemas } from './schemas.js';
import type { PdfQueue } from './pdf-queue.js';
import type { RenderOffload } from './render-offload.js';

export interface BrowserState {
  /** 'starting' until the printer has launched Chromium once, then 'up' or 'missing'/'failed'. */
  status: 'starting' | 'up' | 'missing' | 'failed';
  /** Why not up, Swedish, for /ready. */
  reason?: string;
}

export interface ServerContext {
  runtime: Runtime;
  renderer: Renderer;
  schemas: CertificateSchemas;
  fmb: () => FmbLookup;
  queue: PdfQueue;
  browser: BrowserState;
  /** True once shutdown started: /ready answers 503 so a load balancer stops sending. */
  draining: boolean;
  /** Builds the printouts of large bodies off the main thread; absent with an injected runtime. */
  offload?: RenderOffload;
}
