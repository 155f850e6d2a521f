/**
 * The print API: `createRenderer()` over any runtime, and the project's default renderer
 * (its own definitions, recipients and type partials) that `src/index.ts` exposes.
 */

import { DEFINITIONS_DIR, readRecipientAddresses, readRecipientNames } from '../project.js';
import type { Runtime } from '../runtime/runtime.js';
import type { PrinterOptions } from './pdf.js';
import { createRenderer, type Renderer } from './renderer.js';
import { readTemplateSources } from './templates.js';

export { createRenderer, type Renderer, type RendererConfig } from './renderer.js';
export { PdfPrinter, type PrinterOptions, type PrinterStats, type PrintJob } from './pdf.js';
export { RenderError, type RenderModel, type RenderOptions } from './types.js';
export { readTemplateSources } from './templates.js';

/** A renderer over `runtime` with the project's recipients and `definitions/<id>/print.hbs` partials. */
export function createProjectRenderer(runtime: Runtime, printer?: PrinterOptions, definitionsDir: string = DEFINITIONS_DIR): Renderer {
  return createRenderer(runtime, {
    recipients: readRecipientNames(definitionsDir),
    recipientAddresses: readRecipientAddresses(definitionsDir),
    templates: readTemplateSources(definitionsDir),
    printer,
  });
}
