/**
 * `intyg main`: the quick-start job. Checks and compiles every definition, brings generated/ up
 * to date, validates every example certificate against what it expects, and prints a summary.
 */

import { compile } from '../../compile.js';
import { emit } from '../../compiler/emit.js';
import { formatDiagnostic, hasErrors } from '../../diagnostics/diagnostic.js';
import { compareWithExpectation, listExamples } from '../../examples.js';
import { GENERATED_DIR, readCompileInput } from '../../project.js';
import { createRuntime } from '../../runtime/runtime.js';
import { EXIT_INVALID, EXIT_OK } from '../io.js';

export function runMainJob(): number {
  const started = performance.now();
  const input = readCompileInput();
  const result = compile(input);
  for (const diagnostic of result.diagnostics) console.log(formatDiagnostic(diagnostic));
  if (hasErrors(result.diagnostics)) return EXIT_INVALID;
  const report = emit(GENERATED_DIR, result.files);
  console.log(`Kompilerade ${result.models.length} intygstyper → generated/ (${report.written.length} filer ändrade, ${report.unchanged.length} oförändrade).`);
  const runtime = createRuntime(result.models, input.env.codeSystems);
  let failures = 0;
  const perType = new Map<string, { valid: number; invalid: number }>();
  for (const example of listExamples()) {
    const outcome = runtime.validate(example.payload, { today: example.expect.today });
    const problems = compareWithExpectation(outcome, example.expect);
    const counts = perType.get(example.type) ?? { valid: 0, invalid: 0 };
    counts[outcome.valid ? 'valid' : 'invalid'] += 1;
    perType.set(example.type, counts);
    if (problems.length) {
      failures += 1;
      console.log(`FEL ${example.file}:\n  ${problems.join('\n  ')}`);
    }
  }
  for (const model of result.models) {
    const counts = perType.get(model.id) ?? { valid: 0, invalid: 0 };
    console.log(`  ${model.code.padEnd(16)} ${String(model.fields.length).padStart(3)} fält ${String(model.rules.length).padStart(3)} ${model.rules.length === 1 ? 'regel ' : 'regler'}  exempel: ${counts.valid} giltiga, ${counts.invalid} ogiltiga`);
  }
  const total = [...perType.values()].reduce((sum, counts) => sum + counts.valid + counts.invalid, 0);
  console.log(`${total - failures} av ${total} exempel gav väntat resultat (${Math.round(performance.now() - started)} ms).`);
  return failures ? EXIT_INVALID : EXIT_OK;
}
