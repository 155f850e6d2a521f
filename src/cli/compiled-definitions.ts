/**
 * Definitions compiled with their sources, on disk or as they were at a git revision, for the
 * commands that compare versions (`intyg diff`, `intyg check --against`). Paths in both name the
 * files as the working tree does, so a change at a revision points where the author looks.
 */

import { compile, type CompileResult } from '../compile.js';
import { formatDiagnostic, hasErrors } from '../diagnostics/diagnostic.js';
import type { DiffSide } from '../diff/index.js';
import { revisionSource } from '../git-revision.js';
import { definitionsRoot, pathRootFor, readCompileInput } from '../project.js';
import { UsageError } from './io.js';
import { say } from './lang.js';

export interface CompiledDefinitions {
  result: CompileResult;
  /** A model and its source by `<id> <version>`. */
  sides: Map<string, DiffSide>;
}

export const sideKey = (id: string, version: string) => `${id} ${version}`;

function sidesOf(result: CompileResult): Map<string, DiffSide> {
  return new Map(result.models.map((model) => [sideKey(model.id, model.version), { model, source: result.sources.get(model.file)! }]));
}

/** The definitions under `dir` (the project's by default), compiled; exit 1 with the diagnostics when they have errors. */
export function compileWorkingTree(dir: string): CompiledDefinitions {
  let result: CompileResult;
  try {
    result = compile(readCompileInput(dir));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return { result, sides: sidesOf(result) };
}

/** The same definitions as they were at `ref`; a revision that does not compile is a usage error. */
export function compileAtRevision(dir: string, ref: string): CompiledDefinitions {
  const root = definitionsRoot(dir);
  let result: CompileResult;
  try {
    result = compile(readCompileInput(root, revisionSource(root, ref), pathRootFor(root)));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (hasErrors(result.diagnostics)) {
    const lines = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').slice(0, 5).map(formatDiagnostic).join('\n');
    throw new UsageError(say(`Definitionerna i ${ref} går inte att kompilera med denna version av intyg, så de kan inte jämföras:\n${lines}`, `The definitions at ${ref} do not compile with this version of intyg, so they cannot be compared:\n${lines}`));
  }
  return { result, sides: sidesOf(result) };
}
