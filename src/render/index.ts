/**
 * The print API: `createRenderer()` over any runtime, and the project's default renderer
 * (its own definitions, recipients and type partials) that `src/index.ts` exposes.
 */

import { DEFINITIONS_DIR } from '../project-paths.js';
import type { Runtime } from '../runtime/runtime.js';
import type { PrinterOptions } from './pdf.js';
import { createRenderer, type Renderer } from './renderer.js';
import { readTemplateSources } from './templates.js';

export { createRenderer, type Renderer, type RendererConfig } from './renderer.js';
export { PdfPrinter, type PrinterOptions, type PrinterStats, type PrintJob } from './pdf.js';
export { RenderError, type RenderModel, type RenderOptions } from './types.js';
export { readTemplateSources } from './templates.js';

/** Recipient names as compiled into the models (from `_shared/recipients.yaml`). */
export function recipientNamesOf(runtime: Runtime): Map<string, string> {
  const names = new Map<string, string>();
  for (const model of runtime.models.all()) if (model.recipientName !== undefined && model.recipient !== undefined) names.set(model.recipient, model.recipientName);
  return names;
}

/** Recipient postal addresses as compiled into the models that print them (`print.recipientAddress`). */
export function recipientAddressesOf(runtime: Runtime): Map<string, string[]> {
  const addresses = new Map<string, string[]>();
  for (const model of runtime.models.all()) if (model.recipientPostalAddress && model.recipient !== undefined) addresses.set(model.recipient, model.recipientPostalAddress);
  return addresses;
}

/** A renderer over `runtime` with its models' recipient names and addresses and `definitions/<id>/print.hbs` partials. */
export function createProjectRenderer(runtime: Runtime, printer?: PrinterOptions, definitionsDir: string = DEFINITIONS_DIR): Renderer {
  return createRenderer(runtime, {
    recipients: recipientNamesOf(runtime),
    recipientAddresses: recipientAddressesOf(runtime),
    templates: readTemplateSources(definitionsDir),
    printer,
  });
}
