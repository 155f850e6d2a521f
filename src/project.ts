/**
 * Reads a project from disk: the definitions, the shared recipients and blocks, and the code
 * systems. The CLI, scripts and the authoring tools go through here; the stages themselves never
 * touch files. Running code loads compiled models instead (`src/compiled-models.ts`).
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse } from 'yaml';
import { loadCodeSystems } from './codesystems/load.js';
import { compile, type BlockInput, type CompileInput, type DefinitionInput } from './compile.js';
import { formatDiagnostic, hasErrors } from './diagnostics/diagnostic.js';
import type { CertificateModel } from './model/types.js';
import { createRuntime, type Runtime } from './runtime/runtime.js';
import { BUILD_ID } from './build-info.js';
import { loadCompiledModels, readCachedModels, writeCachedModels } from './compiled-models.js';
import { fingerprint } from './util/fingerprint.js';
import { DEFINITIONS_DIR, GENERATED_DIR, PACKAGE_ROOT, definitionsRoot, findDefinitionFiles, pathRootFor, toRepoPath } from './project-paths.js';

export { DEFINITIONS_DIR, GENERATED_DIR, PACKAGE_ROOT, definitionsRoot, findDefinitionFiles, pathRootFor, toRepoPath };

/** A folder's own `_shared/<name>`, else the package's, so own definitions can use the national recipients and blocks. */
function sharedPath(definitionsDir: string, name: string): string {
  const own = join(definitionsDir, '_shared', name);
  return existsSync(own) ? own : join(DEFINITIONS_DIR, '_shared', name);
}

function readRecipientList(definitionsDir: string): Array<{ id?: unknown; name?: unknown; postalAddress?: unknown }> {
  const file = sharedPath(definitionsDir, 'recipients.yaml');
  if (!existsSync(file)) return [];
  const list = parse(readFileSync(file, 'utf8')) as Array<{ id?: unknown; name?: unknown; postalAddress?: unknown }> | null;
  return Array.isArray(list) ? list : [];
}

export function readRecipients(definitionsDir: string = DEFINITIONS_DIR): Set<string> {
  return new Set(readRecipientList(definitionsDir).map((entry) => String(entry?.id)));
}

/** Recipient names by id, for printouts ("ska INTE skickas till Försäkringskassan"). */
export function readRecipientNames(definitionsDir: string = DEFINITIONS_DIR): Map<string, string> {
  return new Map(readRecipientList(definitionsDir).map((entry) => [String(entry?.id), typeof entry?.name === 'string' ? entry.name : String(entry?.id)]));
}

export function readBlocks(definitionsDir: string = DEFINITIONS_DIR, root = PACKAGE_ROOT): BlockInput[] {
  const dir = sharedPath(definitionsDir, 'blocks');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ name: name.replace(/\.yaml$/, ''), file: toRepoPath(join(dir, name), root), text: readFileSync(join(dir, name), 'utf8') }));
}

/** Recipient postal addresses by id (`postalAddress:` lines), for printouts that show where to send. */
export function readRecipientAddresses(definitionsDir: string = DEFINITIONS_DIR): Map<string, string[]> {
  return new Map(readRecipientList(definitionsDir)
    .filter((entry) => Array.isArray(entry?.postalAddress) && entry.postalAddress.every((line: unknown) => typeof line === 'string'))
    .map((entry) => [String(entry.id), entry.postalAddress as string[]]));
}

/** One definition file, with its folder's print template when the folder has one. */
export function readDefinitionInput(file: string, root = PACKAGE_ROOT): DefinitionInput {
  const inFolder = basename(file) === 'definition.yaml';
  const print = join(dirname(file), 'print.hbs');
  return {
    file: toRepoPath(file, root),
    folder: inFolder ? basename(dirname(file)) : undefined,
    text: readFileSync(file, 'utf8'),
    ...(inFolder && existsSync(print) ? { print: { file: toRepoPath(print, root), text: readFileSync(print, 'utf8') } } : {}),
  };
}

export function readCompileInput(dir: string = DEFINITIONS_DIR): CompileInput {
  const root = definitionsRoot(dir);
  const paths = pathRootFor(root);
  const definitions = findDefinitionFiles(dir).map((file) => readDefinitionInput(file, paths));
  return {
    definitions,
    blocks: readBlocks(root, paths),
    recipients: readRecipients(root),
    recipientNames: readRecipientNames(root),
    recipientAddresses: readRecipientAddresses(root),
    env: { codeSystems: loadCodeSystems() },
  };
}

/** Compiles a definitions folder; throws with every diagnostic when it has errors. */
function compileInput(input: CompileInput): CertificateModel[] {
  const result = compile(input);
  if (hasErrors(result.diagnostics)) {
    throw new Error(`Definitionerna har fel:\n${result.diagnostics.map(formatDiagnostic).join('\n')}`);
  }
  return result.models;
}

/** Everything a folder's compiled models depend on: the definitions, blocks, recipients and this build. */
function inputKey(input: CompileInput): string {
  return fingerprint([
    BUILD_ID,
    ...input.definitions.flatMap((definition) => [definition.file, definition.text, definition.print?.text ?? '']),
    ...(input.blocks ?? []).flatMap((block) => [block.file, block.text]),
    ...[...(input.recipientNames ?? new Map())].flat(),
    ...[...(input.recipientAddresses ?? new Map())].flat(2),
  ]);
}

const memory = new Map<string, CertificateModel[]>();

/**
 * A folder of definitions compiled on demand, cached in memory and (in a built package) on disk
 * by the fingerprint of its inputs and this build, so a second CLI call skips compiling.
 */
function folderModels(dir: string): CertificateModel[] {
  const input = readCompileInput(dir);
  const key = inputKey(input);
  let models = memory.get(key);
  if (!models) {
    models = readCachedModels(key);
    if (!models) writeCachedModels(key, (models = compileInput(input)));
    memory.set(key, models);
  }
  return models;
}

/**
 * The checked models: the project's compiled ones by default (compiled again, in memory, when the
 * YAML changed since `intyg generate`), or those of `dir`, a folder of one's own definitions.
 */
export function loadModels(dir?: string): CertificateModel[] {
  const own = dir !== undefined && definitionsRoot(dir) !== DEFINITIONS_DIR;
  return (own ? undefined : loadCompiledModels()) ?? folderModels(own ? dir : DEFINITIONS_DIR);
}

/** The runtime over the project's definitions, or over `dir`; throws with the diagnostics when they fail. */
export function loadRuntime(dir?: string): Runtime {
  return createRuntime(loadModels(dir), loadCodeSystems());
}
