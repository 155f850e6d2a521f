/** `intyg check [dir] [--json]`: load and check definitions; prints `file:line:col code message`. */

import { compile } from '../../compile.js';
import { formatDiagnostic, hasErrors } from '../../diagnostics/diagnostic.js';
import { readCompileInput } from '../../project.js';
import { EXIT_INVALID, EXIT_OK, UsageError } from '../io.js';
import { say } from '../lang.js';

export function runCheck(dir: string | undefined, options: { json?: boolean } = {}): number {
  let input;
  try {
    input = readCompileInput(dir);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const result = compile(input);
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const count = input.definitions.length;
  if (options.json) {
    console.log(JSON.stringify({ definitions: count, errors, warnings: result.diagnostics.length - errors, diagnostics: result.diagnostics }, null, 2));
  } else {
    for (const diagnostic of result.diagnostics) console.log(formatDiagnostic(diagnostic));
    console.error(errors
      ? say(`${errors} fel i ${count} definitioner.`, `${errors} errors in ${count} definitions.`)
      : say(`${count} definitioner kontrollerade, inga fel.`, `${count} definitions checked, no errors.`));
  }
  return hasErrors(result.diagnostics) ? EXIT_INVALID : EXIT_OK;
}
