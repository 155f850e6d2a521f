/**
 * The print pipeline put together: payload → (runtime) shown fields → RenderModel → HTML → PDF.
 * A renderer owns one PdfPrinter, started on the first PDF and kept until `close()`.
 */

import { isPlainObject } from '../fields/kind.js';
import type { Runtime } from '../runtime/runtime.js';
import { todayIso, isIsoDate } from '../util/dates.js';
import { resolveHidden } from './customise.js';
import { compileTemplates, renderDocument, type HtmlDocument } from './html.js';
import { PdfPrinter, type PrinterOptions } from './pdf.js';
import { buildRenderModel } from './render-model.js';
import type { TemplateSources } from './templates.js';
import { dateOf, instantOf } from './time.js';
import { RenderError, type RenderModel, type RenderOptions } from './types.js';

export interface RendererConfig {
  /** Recipient names by id (definitions/_shared/recipients.yaml). */
  recipients: ReadonlyMap<string, string>;
  /** Recipient postal addresses by id; needed by types with `print.recipientAddress`. */
  recipientAddresses?: ReadonlyMap<string, readonly string[]>;
  templates: TemplateSources;
  printer?: PrinterOptions;
}

export interface Renderer {
  /** What the printout says, before any HTML. */
  model(certificate: unknown, options?: RenderOptions): RenderModel;
  /** The document the printer gets (blank on screen, to spare Chromium the screen layout). */
  document(certificate: unknown, options?: RenderOptions): HtmlDocument;
  /** The printout as HTML that also reads on screen. */
  html(certificate: unknown, options?: RenderOptions): string;
  pdf(certificate: unknown, options?: RenderOptions): Promise<Buffer>;
  readonly printer: PdfPrinter;
  close(): Promise<void>;
}

export function createRenderer(runtime: Runtime, config: RendererConfig): Renderer {
  const templates = compileTemplates(config.templates);
  // A type that prints its recipient's address must have one, found now rather than mid-print.
  for (const model of runtime.models.all()) {
    if (model.print.recipientAddress && !config.recipientAddresses?.get(model.recipient ?? '')?.length) {
      throw new Error(`${model.file}: print.recipientAddress, men mottagaren ${model.recipient} har ingen postalAddress i definitions/_shared/recipients.yaml.`);
    }
  }
  const printer = new PdfPrinter(config.printer);

  const model = (certificate: unknown, options: RenderOptions = {}): RenderModel => {
    const printedAt = options.printedAt ?? new Date().toISOString();
    const printedAtInstant = instantOf(printedAt);
    // A PDF date needs a year from 1970 on; an earlier print time is a mistake, not a printout.
    if (printedAtInstant === undefined || printedAtInstant < 0) {
      throw new RenderError(`printedAt ska vara en verklig tidpunkt från 1970 och framåt, t.ex. 2026-11-20T14:05, inte ${JSON.stringify(String(printedAt).slice(0, 40))}.`, true, 'printedAt');
    }
    if (options.today !== undefined && !isIsoDate(options.today)) throw new RenderError(`today ska vara ett verkligt datum, ÅÅÅÅ-MM-DD, inte ${JSON.stringify(String(options.today).slice(0, 40))}.`, true, 'today');
    const today = options.today ?? (options.printedAt ? dateOf(printedAt)! : todayIso());
    // A draft may be stored without answers yet; it still prints, every question "Ej angivet".
    const payload = isPlainObject(certificate) && certificate.answers === undefined ? { ...certificate, answers: {} } : certificate;
    const evaluation = runtime.evaluate(payload, { today });
    if (evaluation.errors.length || !evaluation.type) {
      throw new RenderError(`Intyget kan inte skrivas ut: ${evaluation.errors.map((issue) => issue.message).join(' ') || 'okänt fel.'}`);
    }
    const plan = runtime.plans.find(evaluation.type, evaluation.version)!;
    const validation = runtime.validate(payload, { today, maxIssues: Infinity });
    const malformed = new Set(
      validation.errors.filter((issue) => issue.code === 'invalid-type').map((issue) => /^[A-Za-z0-9]+/.exec(issue.field)?.[0] ?? ''),
    );
    const record = payload as Record<string, unknown>;
    const shown = (fieldId: string) => evaluation.fields[fieldId]?.shown === true;
    const hidden = resolveHidden(plan, record, shown, today, options.hide ?? []);
    return buildRenderModel({
      plan, certificate: record, evaluation, malformed, hidden, printedAtInstant,
      recipients: config.recipients, recipientAddresses: config.recipientAddresses, print: { codeTitle: runtime.codes.title },
    });
  };

  // A type's own print.hbs is its current version's; an earlier version has its own, or none.
  const contentKey = (printed: RenderModel) => {
    const found = runtime.models.find(printed.typeId, printed.version);
    return found && runtime.models.isCurrent(found) ? printed.typeId : `${printed.typeId}@${printed.version}`;
  };
  const render = (printed: RenderModel, forPrint: boolean) => renderDocument(printed, templates, { forPrint, contentKey: contentKey(printed) });
  const document = (certificate: unknown, options?: RenderOptions) => render(model(certificate, options), true);

  return {
    model,
    document,
    html: (certificate, options) => render(model(certificate, options), false).html,
    pdf: async (certificate, options) => printer.print(document(certificate, options)),
    printer,
    close: () => printer.close(),
  };
}
