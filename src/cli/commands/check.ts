/**
 * `intyg check [dir] [--json] [--against <git-ref>]`: load and check definitions; prints
 * `file:line:col code message`. With `--against`, every version that also existed at the revision
 * is compared with it, and a breaking change that comes without a new version number is an error:
 * the guard CI runs on the national forms.
 */

import { compile, type CompileResult } from '../../compile.js';
import { formatDiagnostic, hasErrors, sortDiagnostics, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { diffVersions } from '../../diff/index.js';
import { resolve } from 'node:path';
import { DEFINITIONS_DIR, definitionsRoot, pathRootFor, readCompileInput, toRepoPath } from '../../project.js';
import { compileAtRevision, sideKey } from '../compiled-definitions.js';
import { EXIT_INVALID, EXIT_OK, UsageError } from '../io.js';
import { say } from '../lang.js';

/** Breaking changes without a new version number, and versions that were there at `ref` and are gone. */
export function versionGuard(now: CompileResult, dir: string, ref: string): Diagnostic[] {
  const then = compileAtRevision(dir, ref);
  const diagnostics: Diagnostic[] = [];
  const current = new Map(now.models.map((model) => [sideKey(model.id, model.version), model]));
  // Only what `dir` holds: a type's folder is compared with that type at the revision.
  const scope = toRepoPath(resolve(dir), pathRootFor(definitionsRoot(dir)));
  const inScope = (file: string) => file === scope || file.startsWith(`${scope}/`);
  for (const [key, before] of then.sides) {
    if (!inScope(before.model.file)) continue;
    const model = current.get(key);
    if (!model) {
      const type = now.models.find((candidate) => candidate.id === before.model.id);
      diagnostics.push({
        code: 'version/removed', severity: 'warning', file: type?.file ?? before.model.file, line: 1, col: 1,
        message: `${before.model.code} ${before.model.version} fanns i ${ref} men finns inte längre: intyg i den versionen kan inte valideras eller skrivas ut. Behåll den i definitions/${before.model.id}/versions/${before.model.version}/.`,
      });
      continue;
    }
    const after = { model, source: now.sources.get(model.file)! };
    for (const change of diffVersions(before, after).filter((entry) => entry.class === 'breaking')) {
      diagnostics.push({
        code: 'version/breaking-change', severity: 'error', ...change.location,
        message: `Brytande ändring i ${model.code} ${model.version} sedan ${ref}, utan ny version: ${change.message} Ge definitionen ett nytt versionsnummer och behåll ${model.version} i definitions/${model.id}/versions/${model.version}/ (intyg diff ${model.id} --base ${ref} visar allt).`,
      });
    }
  }
  return diagnostics;
}

export function runCheck(dir: string | undefined, options: { json?: boolean; against?: string } = {}): number {
  let input;
  try {
    input = readCompileInput(dir);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const result = compile(input);
  const guard = options.against && !hasErrors(result.diagnostics) ? versionGuard(result, dir ?? DEFINITIONS_DIR, options.against) : [];
  const diagnostics = sortDiagnostics([...result.diagnostics, ...guard]);
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const count = input.definitions.length;
  if (options.json) {
    console.log(JSON.stringify({ definitions: count, errors, warnings: diagnostics.length - errors, diagnostics }, null, 2));
  } else {
    for (const diagnostic of diagnostics) console.log(formatDiagnostic(diagnostic));
    const compared = options.against ? say(`, jämförda med ${options.against}`, `, compared with ${options.against}`) : '';
    console.error(errors
      ? say(`${errors} fel i ${count} definitioner${compared}.`, `${errors} errors in ${count} definitions${compared}.`)
      : say(`${count} definitioner kontrollerade${compared}, inga fel.`, `${count} definitions checked${compared}, no errors.`));
  }
  return hasErrors(diagnostics) ? EXIT_INVALID : EXIT_OK;
}
