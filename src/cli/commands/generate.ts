/** `intyg generate [--check] [--watch]`: write generated/, or report drift without writing. */

import { watch } from 'node:fs';
import { compile } from '../../compile.js';
import { emit } from '../../compiler/emit.js';
import { formatDiagnostic, hasErrors } from '../../diagnostics/diagnostic.js';
import { DEFINITIONS_DIR, GENERATED_DIR, readCompileInput } from '../../project.js';
import { EXIT_INVALID, EXIT_OK } from '../io.js';

export function generateOnce(options: { check?: boolean }): number {
  const started = performance.now();
  const result = compile(readCompileInput());
  if (hasErrors(result.diagnostics)) {
    for (const diagnostic of result.diagnostics) console.log(formatDiagnostic(diagnostic));
    console.error('Rätta felen ovan; generated/ lämnades orörd.');
    return EXIT_INVALID;
  }
  const report = emit(GENERATED_DIR, result.files, { check: options.check });
  const ms = Math.round(performance.now() - started);
  if (options.check) {
    const drift = [...report.written.map((file) => `ändrad eller saknas: generated/${file}`), ...report.removed.map((file) => `ska inte finnas: generated/${file}`)];
    for (const line of drift) console.log(line);
    console.error(drift.length ? 'generated/ stämmer inte med definitions/. Kör `npx intyg generate`.' : `generated/ är aktuell (${result.files.length} filer, ${ms} ms).`);
    return drift.length ? EXIT_INVALID : EXIT_OK;
  }
  for (const file of report.written) console.log(`skrev generated/${file}`);
  for (const file of report.removed) console.log(`tog bort generated/${file}`);
  console.error(`${result.models.length} intygstyper, ${report.written.length} filer ändrade, ${report.unchanged.length} oförändrade (${ms} ms).`);
  return EXIT_OK;
}

export function watchDefinitions(): void {
  generateOnce({});
  let timer: NodeJS.Timeout | undefined;
  console.error(`Bevakar ${DEFINITIONS_DIR} …`);
  watch(DEFINITIONS_DIR, { recursive: true }, (_event, name) => {
    if (!name || !/\.ya?ml$/.test(name)) return;
    clearTimeout(timer);
    // Editors write a file in several steps; wait for the last one.
    timer = setTimeout(() => {
      try {
        generateOnce({});
      } catch (error) {
        console.error((error as Error).message);
      }
    }, 100);
  });
}
