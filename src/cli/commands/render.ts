/**
 * `intyg render <file> -o <out.pdf> [--html] [--hide diagnos]`: print a certificate.
 * Exit 0 printed (an invalid draft still prints what it can, with a note on stderr), 1 the
 * certificate cannot be printed as asked, 2 usage error, unreadable input or no browser.
 */

import { writeFileSync } from 'node:fs';
import { commandRuntime } from '../runtime.js';
import { BrowserMissingError } from '../../render/chromium.js';
import { createProjectRenderer, RenderError } from '../../render/index.js';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, UsageError, readJsonInput } from '../io.js';
import { dateFlag, timestampFlag } from '../flags.js';

export interface RenderCommandOptions {
  output?: string;
  html?: boolean;
  hide: string[];
  today?: string;
  printedAt?: string;
}

export async function runRender(source: string, options: RenderCommandOptions): Promise<number> {
  if (!options.output && !options.html) throw new UsageError('Ange var PDF:en ska skrivas: -o <fil.pdf>.');
  dateFlag(options.today, '--today');
  timestampFlag(options.printedAt, '--printed-at');
  const payload = readJsonInput(source);
  const runtime = (await commandRuntime());
  const renderer = createProjectRenderer(runtime, { pages: 1 });
  const renderOptions = { hide: options.hide, today: options.today, printedAt: options.printedAt };
  try {
    const output = options.html ? renderer.html(payload, renderOptions) : await renderer.pdf(payload, renderOptions);
    if (options.output) writeFileSync(options.output, output);
    else process.stdout.write(output);
    const validation = runtime.validate(payload, { today: options.today });
    if (!validation.valid) {
      console.error(`intyg: obs, intyget har ${validation.errors.length} fel (intyg validate ${source}); utskriften visar det som går att skriva ut.`);
    }
    return EXIT_OK;
  } catch (error) {
    if (error instanceof RenderError) {
      console.error(`intyg: ${error.message}`);
      return error.usage ? EXIT_USAGE : EXIT_INVALID;
    }
    if (error instanceof BrowserMissingError) {
      console.error(`intyg: ${error.message}`);
      return EXIT_USAGE;
    }
    if ((error as NodeJS.ErrnoException).code !== undefined && options.output) {
      console.error(`intyg: kan inte skriva ${options.output}: ${(error as NodeJS.ErrnoException).code}.`);
      return EXIT_USAGE;
    }
    throw error;
  } finally {
    await renderer.close();
  }
}
