/** `intyg check [dir]`: load and check definitions; prints `file:line:col code message`. */

import { compile } from '../../compile.js';
import { formatDiagnostic, hasErrors } from '../../diagnostics/diagnostic.js';
import { readCompileInput } from '../../project.js';
import { EXIT_INVALID, EXIT_OK } from '../io.js';

export function runCheck(dir: string | undefined): number {
  const input = readCompileInput(dir);
  const result = compile(input);
  for (const diagnostic of result.diagnostics) console.log(formatDiagnostic(diagnostic));
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const count = input.definitions.length;
  console.error(errors ? `${errors} fel i ${count} definitioner.` : `${count} definitioner kontrollerade, inga fel.`);
  return hasErrors(result.diagnostics) ? EXIT_INVALID : EXIT_OK;
}
