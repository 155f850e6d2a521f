/**
 * Reads a project from disk: the definitions, the shared recipients and blocks, and the code
 * systems. The CLI, scripts and the authoring tools go through here; the stages themselves never
 * touch files. Running code loads compiled models instead (`src/compiled-models.ts`).
 */

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
import { DEFINITIONS_DIR, DISK, GENERATED_DIR, PACKAGE_ROOT, definitionPlace, definitionsRoot, findDefinitionFiles, pathRootFor, toRepoPath, type FileSource } from './project-paths.js';

export { DEFINITIONS_DIR, DISK, GENERATED_DIR, PACKAGE_ROOT, definitionPlace, definitionsRoot, findDefinitionFiles, pathRootFor, toRepoPath, type FileSource };

/** A folder's own `_shared/<name>`, else the package's, so own definitions can use the national recipients and blocks. */
function sharedPath(definitionsDir: string, name: string, source: FileSource = DISK): string {
  const own = join(definitionsDir, '_shared', name);
  return source.exists(own) ? own : join(DEFINITIONS_DIR, '_shared', name);
}

type RecipientEntry = { id?: unknown; name?: unknown; postalAddress?: unknown };

function readRecipientList(definitionsDir: string, source: FileSource = DISK): RecipientEntry[] {
  const file = sharedPath(definitionsDir, 'recipients.yaml', source);
  // The package's own recipients are always read from disk: a revision without them uses today's.
  const reader = file.startsWith(join(definitionsDir, '_shared')) ? source : DISK;
  if (!reader.exists(file)) return [];
  const list = parse(reader.read(file)) as RecipientEntry[] | null;
  return Array.isArray(list) ? list : [];
}

export function readRecipients(definitionsDir: string = DEFINITIONS_DIR, source: FileSource = DISK): Set<string> {
  return new Set(readRecipientList(definitionsDir, source).map((entry) => String(entry?.id)));
}

/** Recipient names by id, for printouts ("ska INTE skickas till Försäkringskassan"). */
export function readRecipientNames(definitionsDir: string = DEFINITIONS_DIR, source: FileSource = DISK): Map<string, string> {
  return new Map(readRecipientList(definitionsDir, source).map((entry) => [String(entry?.id), typeof entry?.name === 'string' ? entry.name : String(entry?.id)]));
}

function readBlockFolder(dir: string, root: string, source: FileSource, type?: string): BlockInput[] {
  if (!source.exists(dir) || source.isFile(dir)) return [];
  return source.list(dir)
    .filter((entry) => !entry.directory && entry.name.endsWith('.yaml'))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name: name.replace(/\.yaml$/, ''), file: toRepoPath(join(dir, name), root), text: source.read(join(dir, name)), ...(type ? { type } : {}) }));
}

/**
 * The shared blocks (`_shared/blocks/`), and each type's own (`<type>/blocks/`), which every
 * version of that type may include: what its versions share is written once.
 */
export function readBlocks(definitionsDir: string = DEFINITIONS_DIR, root = PACKAGE_ROOT, source: FileSource = DISK): BlockInput[] {
  const shared = sharedPath(definitionsDir, 'blocks', source);
  const blocks = readBlockFolder(shared, root, shared.startsWith(join(definitionsDir, '_shared')) ? source : DISK);
  if (source.exists(definitionsDir) && !source.isFile(definitionsDir)) {
    for (const entry of source.list(definitionsDir).filter((item) => item.directory && !item.name.startsWith('_') && !item.name.startsWith('.')).sort((a, b) => a.name.localeCompare(b.name))) {
      blocks.push(...readBlockFolder(join(definitionsDir, entry.name, 'blocks'), root, source, entry.name));
    }
  }
  return blocks;
}

/** Recipient postal addresses by id (`postalAddress:` lines), for printouts that show where to send. */
export function readRecipientAddresses(definitionsDir: string = DEFINITIONS_DIR, source: FileSource = DISK): Map<string, string[]> {
  return new Map(readRecipientList(definitionsDir, source)
    .filter((entry) => Array.isArray(entry?.postalAddress) && entry.postalAddress.every((line: unknown) => typeof line === 'string'))
    .map((entry) => [String(entry.id), entry.postalAddress as string[]]));
}

/** One definition file, with its folder's print template when the folder has one, read from `source`. */
export function readDefinitionInput(file: string, root = PACKAGE_ROOT, source: FileSource = DISK): DefinitionInput {
  const inFolder = basename(file) === 'definition.yaml';
  const print = join(dirname(file), 'print.hbs');
  return {
    file: toRepoPath(file, root),
    ...definitionPlace(file),
    text: source.read(file),
    ...(inFolder && source.isFile(print) ? { print: { file: toRepoPath(print, root), text: source.read(print) } } : {}),
  };
}

/**
 * Everything `compile()` needs from a definitions folder: on disk by default, or from another
 * `source` (a git revision) laid out the same way. `pathRoot` fixes the root of the paths in
 * diagnostics, so a revision's files are named as the working tree's are.
 */
export function readCompileInput(dir: string = DEFINITIONS_DIR, source: FileSource = DISK, pathRoot?: string): CompileInput {
  const root = definitionsRoot(dir, source);
  const paths = pathRoot ?? pathRootFor(root);
  const definitions = findDefinitionFiles(dir, source).map((file) => readDefinitionInput(file, paths, source));
  return {
    definitions,
    blocks: readBlocks(root, paths, source),
    recipients: readRecipients(root, source),
    recipientNames: readRecipientNames(root, source),
    recipientAddresses: readRecipientAddresses(root, source),
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
