/**
 * Where a project's files are: the package's definitions and generated folders, a definitions
 * folder's root, and the repository-relative paths diagnostics and compiled models use. No YAML
 * and no compiler here, so the fast path that loads compiled models can use it.
 */

import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { PACKAGE_ROOT } from './util/package-root.js';

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

/**
 * The definitions folder `dir` belongs to: `dir` itself, the folder above a type's folder, or the
 * folder two above a definition.yaml. Its `_shared/` holds the recipients and blocks.
 */
export function definitionsRoot(dir: string = DEFINITIONS_DIR): string {
  const target = resolve(dir);
  if (existsSync(target) && statSync(target).isFile()) return dirname(dirname(target));
  if (existsSync(join(target, 'definition.yaml'))) return dirname(target);
  return target;
}

/**
 * Paths in diagnostics, banners and compiled models are relative to the package for its own
 * definitions, and to the folder holding the definitions folder otherwise, so output never
 * depends on the current directory or names this machine.
 */
export function pathRootFor(definitionsDir: string): string {
  const root = resolve(definitionsDir);
  return root === DEFINITIONS_DIR || !relative(PACKAGE_ROOT, root).startsWith('..') ? PACKAGE_ROOT : dirname(root);
}
