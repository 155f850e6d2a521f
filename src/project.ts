/**
 * Reads a project from disk: the definitions, the shared recipients and code systems. The CLI,
 * scripts and the default runtime go through here; the stages themselves never touch files.
 */

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { PACKAGE_ROOT } from './util/package-root.js';
import { loadCodeSystems } from './codesystems/load.js';
import type { BlockInput, CompileInput, DefinitionInput } from './compile.js';
import { compile } from './compile.js';
import { formatDiagnostic, hasErrors } from './diagnostics/diagnostic.js';
import { createRuntime, type Runtime } from './runtime/runtime.js';

export { PACKAGE_ROOT };
export const DEFINITIONS_DIR = join(PACKAGE_ROOT, 'definitions');
export const GENERATED_DIR = join(PACKAGE_ROOT, 'generated');

export function toRepoPath(file: string, root = PACKAGE_ROOT): string {
  const rel = relative(root, resolve(file));
  return (rel.startsWith('..') ? resolve(file) : rel).split(sep).join('/');
}

/** `dir` may be the definitions folder, one type's folder, or a single definition.yaml. */
export function findDefinitionFiles(dir: string = DEFINITIONS_DIR): string[] {
  const target = resolve(dir);
  if (!existsSync(target)) throw new Error(`Hittar inte ${dir}.`);
  if (statSync(target).isFile()) return [target];
  if (existsSync(join(target, 'definition.yaml'))) return [join(target, 'definition.yaml')];
  return readdirSync(target, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_') && !entry.name.startsWith('.'))
    .map((entry) => join(target, entry.name, 'definition.yaml'))
    .filter((file) => existsSync(file))
    .sort();
}

export function readRecipients(definitionsDir: string = DEFINITIONS_DIR): Set<string> {
  const file = join(definitionsDir, '_shared', 'recipients.yaml');
  if (!existsSync(file)) return new Set();
  const list = parse(readFileSync(file, 'utf8')) as Array<{ id?: unknown }> | null;
  return new Set((Array.isArray(list) ? list : []).map((entry) => String(entry?.id)));
}

export function readBlocks(definitionsDir: string = DEFINITIONS_DIR): BlockInput[] {
  const dir = join(definitionsDir, '_shared', 'blocks');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ name: name.replace(/\.yaml$/, ''), file: toRepoPath(join(dir, name)), text: readFileSync(join(dir, name), 'utf8') }));
}

/** Recipient names by id, for printouts ("ska INTE skickas till Försäkringskassan"). */
export function readRecipientNames(definitionsDir: string = DEFINITIONS_DIR): Map<string, string> {
  const file = join(definitionsDir, '_shared', 'recipients.yaml');
  if (!existsSync(file)) return new Map();
  const list = parse(readFileSync(file, 'utf8')) as Array<{ id?: unknown; name?: unknown }> | null;
  return new Map((Array.isArray(list) ? list : []).map((entry) => [String(entry?.id), typeof entry?.name === 'string' ? entry.name : String(entry?.id)]));
}

/** One definition file, with its folder's print template when the folder has one. */
export function readDefinitionInput(file: string): DefinitionInput {
  const inFolder = file.endsWith(`${sep}definition.yaml`);
  const print = join(dirname(file), 'print.hbs');
  return {
    file: toRepoPath(file),
    folder: inFolder ? dirname(file).split(sep).pop() : undefined,
    text: readFileSync(file, 'utf8'),
    ...(inFolder && existsSync(print) ? { print: { file: toRepoPath(print), text: readFileSync(print, 'utf8') } } : {}),
  };
}

export function readCompileInput(dir: string = DEFINITIONS_DIR): CompileInput {
  const definitions = findDefinitionFiles(dir).map((file) => readDefinitionInput(file));
  return { definitions, blocks: readBlocks(), recipients: readRecipients(), env: { codeSystems: loadCodeSystems() } };
}

/** The runtime over the project's own definitions; throws with the diagnostics when they fail. */
export function loadRuntime(dir: string = DEFINITIONS_DIR): Runtime {
  const input = readCompileInput(dir);
  const result = compile(input);
  if (hasErrors(result.diagnostics)) {
    throw new Error(`Definitionerna har fel:\n${result.diagnostics.map(formatDiagnostic).join('\n')}`);
  }
  return createRuntime(result.models, input.env.codeSystems);
}
