/**
 * `intyg main`: the quick-start job. Checks and compiles every definition, brings generated/ up
 * to date, validates every example certificate against what it expects, prints every valid
 * example as a PDF into out/examples/, and writes a summary.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '../../compile.js';
import { emit } from '../../compiler/emit.js';
import { formatDiagnostic, hasErrors } from '../../diagnostics/diagnostic.js';
import { compareWithExpectation, exampleOptions, listExamples, type Example } from '../../examples.js';
import { GENERATED_DIR, PACKAGE_ROOT, readCompileInput } from '../../project.js';
import { createRuntime, type Runtime } from '../../runtime/runtime.js';
import { createProjectRenderer } from '../../render/index.js';
import { EXIT_INVALID, EXIT_OK } from '../io.js';

const OUT_DIR = join(PACKAGE_ROOT, 'out', 'examples');

/** Prints the examples that validate; a fixed print time keeps the PDFs byte for byte the same. */
async function printExamples(runtime: Runtime, examples: Example[]): Promise<number> {
  const renderer = createProjectRenderer(runtime);
  try {
    const printable = examples.filter((example) => example.expect.valid);
    const started = performance.now();
    await Promise.all(printable.map(async (example) => {
      const pdf = await renderer.pdf(example.payload, { today: example.expect.today, printedAt: `${example.expect.today}T12:00` });
      // An earlier version's examples go to out/examples/<type>/<version>/, beside the current one's.
      const dir = join(OUT_DIR, example.type, ...(example.version ? [example.version] : []));
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${example.name}.pdf`), pdf);
    }));
    console.log(`Skrev ut ${printable.length} giltiga exempel som PDF till out/examples/ (${Math.round(performance.now() - started)} ms).`);
    return printable.length;
  } finally {
    await renderer.close();
  }
}

export async function runMainJob(): Promise<number> {
  const started = performance.now();
  const input = readCompileInput();
  const result = compile(input);
  for (const diagnostic of result.diagnostics) console.log(formatDiagnostic(diagnostic));
  if (hasErrors(result.diagnostics)) return EXIT_INVALID;
  const report = emit(GENERATED_DIR, result.files);
  console.log(`Kompilerade ${new Set(result.models.map((model) => model.id)).size} intygstyper (${result.models.length} versioner) → generated/ (${report.written.length} filer ändrade, ${report.unchanged.length} oförändrade).`);
  const runtime = createRuntime(result.models, input.env.codeSystems);
  const examples = listExamples();
  let failures = 0;
  const perType = new Map<string, { valid: number; invalid: number }>();
  const versionOf = (example: Example) => example.version ?? runtime.models.get(example.type)?.version;
  for (const example of examples) {
    const outcome = runtime.validate(example.payload, exampleOptions(example, runtime));
    const problems = compareWithExpectation(outcome, example.expect);
    const key = `${example.type} ${versionOf(example)}`;
    const counts = perType.get(key) ?? { valid: 0, invalid: 0 };
    counts[outcome.valid ? 'valid' : 'invalid'] += 1;
    perType.set(key, counts);
    if (problems.length) {
      failures += 1;
      console.log(`FEL ${example.file}:\n  ${problems.join('\n  ')}`);
    }
  }
  for (const model of runtime.models.all()) {
    const counts = perType.get(`${model.id} ${model.version}`) ?? { valid: 0, invalid: 0 };
    const rules = `${String(model.rules.length).padStart(3)} ${model.rules.length === 1 ? 'regel ' : 'regler'}`;
    const name = runtime.models.versionsOf(model.id).length > 1 ? `${model.code} ${model.version}` : model.code;
    console.log(`  ${name.padEnd(12)} ${String(model.fields.length).padStart(3)} fält ${rules}  exempel: ${counts.valid} giltiga, ${counts.invalid} ogiltiga`);
  }
  console.log(`${examples.length - failures} av ${examples.length} exempel gav väntat resultat.`);
  await printExamples(runtime, examples);
  console.log(`Klart på ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  return failures ? EXIT_INVALID : EXIT_OK;
}
