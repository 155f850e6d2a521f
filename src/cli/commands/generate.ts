/**
 * `intyg generate [--check] [--watch] [--definitions <dir>] [--out <dir>]`: write the generated
 * files, or report drift without writing. `--watch` recompiles only the type whose definition
 * changed, with all its versions (every type when a block or the recipients change) and rewrites only changed files.
 */

import { join, resolve } from 'node:path';
import { compile, type CompileInput, type CompileResult, type DefinitionInput } from '../../compile.js';
import { generate } from '../../compiler/generate.js';
import { emit } from '../../compiler/emit.js';
import { formatDiagnostic, hasErrors, sortDiagnostics, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { CertificateModel } from '../../model/types.js';
import { DEFINITIONS_DIR, GENERATED_DIR, definitionsRoot, pathRootFor, readCompileInput, toRepoPath } from '../../project.js';
import { watchFolder } from '../../watch-folder.js';
import { EXIT_INVALID, EXIT_OK, UsageError } from '../io.js';
import { say } from '../lang.js';

export interface GenerateOptions {
  check?: boolean;
  watch?: boolean;
  definitions?: string;
  out?: string;
}

function readInput(dir: string): CompileInput {
  try {
    return readCompileInput(dir);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function printDiagnostics(diagnostics: readonly Diagnostic[]): void {
  for (const diagnostic of diagnostics) console.log(formatDiagnostic(diagnostic));
}

function write(out: string, models: readonly CertificateModel[], input: CompileInput, check: boolean, started: number): number {
  const files = generate(models, input.env);
  const report = emit(out, files, { check });
  const ms = Math.round(performance.now() - started);
  const shown = toRepoPath(out, process.cwd());
  if (check) {
    const drift = [
      ...report.written.map((file) => say(`ändrad eller saknas: ${shown}/${file}`, `changed or missing: ${shown}/${file}`)),
      ...report.removed.map((file) => say(`ska inte finnas: ${shown}/${file}`, `should not exist: ${shown}/${file}`)),
    ];
    for (const line of drift) console.log(line);
    console.error(drift.length
      ? say(`${shown}/ stämmer inte med definitionerna. Kör \`npx intyg generate\`.`, `${shown}/ does not match the definitions. Run \`npx intyg generate\`.`)
      : say(`${shown}/ är aktuell (${files.length} filer, ${ms} ms).`, `${shown}/ is up to date (${files.length} files, ${ms} ms).`));
    return drift.length ? EXIT_INVALID : EXIT_OK;
  }
  for (const file of report.written) console.log(say(`skrev ${shown}/${file}`, `wrote ${shown}/${file}`));
  for (const file of report.removed) console.log(say(`tog bort ${shown}/${file}`, `removed ${shown}/${file}`));
  const types = new Set(models.map((model) => model.id)).size;
  const versions = models.length > types ? say(` (${models.length} versioner)`, ` (${models.length} versions)`) : '';
  console.error(say(
    `${types} intygstyper${versions}, ${report.written.length} filer ändrade, ${report.unchanged.length} oförändrade (${ms} ms).`,
    `${types} certificate types${versions}, ${report.written.length} files changed, ${report.unchanged.length} unchanged (${ms} ms).`,
  ));
  return EXIT_OK;
}

function generateOnce(dir: string, out: string, check: boolean): number {
  const started = performance.now();
  const input = readInput(dir);
  const result = compile(input);
  printDiagnostics(result.diagnostics);
  if (hasErrors(result.diagnostics)) {
    console.error(say(`Rätta felen ovan; ${toRepoPath(out, process.cwd())}/ lämnades orörd.`, `Fix the errors above; ${toRepoPath(out, process.cwd())}/ was left as it was.`));
    return EXIT_INVALID;
  }
  return write(out, result.models, input, check, started);
}

/** A type's definitions together (every version), so its versions are checked against each other. */
const typeOf = (definition: DefinitionInput) => definition.folder ?? definition.file;

function compileByType(input: CompileInput, types?: ReadonlySet<string>, results = new Map<string, CompileResult>()): Map<string, CompileResult> {
  const groups = new Map<string, DefinitionInput[]>();
  for (const definition of input.definitions) groups.set(typeOf(definition), [...(groups.get(typeOf(definition)) ?? []), definition]);
  for (const [type, definitions] of groups) if (!types || types.has(type)) results.set(type, compile({ ...input, definitions }));
  for (const type of results.keys()) if (!groups.has(type)) results.delete(type);
  return results;
}

/** Keeps each type's last compile; a save recompiles the type whose definition changed. */
function watchDefinitions(dir: string, out: string): undefined {
  const root = definitionsRoot(dir);
  let input = readInput(dir);
  const results = compileByType(input);
  const rebuild = (changed?: string) => {
    const started = performance.now();
    try {
      const fresh = readInput(dir);
      const definition = changed === undefined ? undefined : fresh.definitions.find((candidate) => candidate.file === changed);
      if (!definition) {
        input = fresh;
        results.clear();
        compileByType(input, undefined, results);
      } else {
        compileByType({ ...input, definitions: fresh.definitions }, new Set([typeOf(definition)]), results);
      }
      const diagnostics = sortDiagnostics([...results.values()].flatMap((result) => result.diagnostics));
      printDiagnostics(diagnostics);
      if (hasErrors(diagnostics)) {
        console.error(say('Rätta felen ovan; inget skrevs.', 'Fix the errors above; nothing was written.'));
        return;
      }
      write(out, [...results.values()].flatMap((result) => result.models), input, false, started);
    } catch (error) {
      console.error(`intyg: ${(error as Error).message}`);
    }
  };
  rebuild();
  let timer: NodeJS.Timeout | undefined;
  let pending: string | undefined | null = null;
  watchFolder(root, (name) => {
    if (!/\.ya?ml$/.test(name)) return;
    const file = toRepoPath(join(root, name), pathRootFor(root));
    // Editors write a file in several steps; wait for the last one. Two files at once: rebuild all.
    pending = pending === null || pending === file ? file : undefined;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const changed = pending;
      pending = null;
      rebuild(changed ?? undefined);
    }, 30);
  });
  console.error(say(`Bevakar ${toRepoPath(root, process.cwd())} …`, `Watching ${toRepoPath(root, process.cwd())} …`));
  return undefined;
}

export function runGenerate(options: GenerateOptions): number | undefined {
  const dir = options.definitions ?? DEFINITIONS_DIR;
  const out = resolve(options.out ?? (options.definitions ? join(definitionsRoot(dir), '..', 'generated') : GENERATED_DIR));
  if (options.watch) return watchDefinitions(dir, out);
  return generateOnce(dir, out, options.check === true);
}
