/**
 * Where a project's files are: the package's definitions and generated folders, a definitions
 * folder's root, and the repository-relative paths diagnostics and compiled models use. No YAML
 * and no compiler here, so the fast path that loads compiled models can use it.
 *
 * A type's folder holds its current version (`definition.yaml`) and may hold earlier ones under
 * `versions/<version>/definition.yaml`. The finders read through a `FileSource`, so the same code
 * lists the definitions on disk and at a git revision (`intyg diff --base`, `check --against`).
 */

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { PACKAGE_ROOT } from './util/package-root.js';

export { PACKAGE_ROOT };
export const DEFINITIONS_DIR = join(PACKAGE_ROOT, 'definitions');
export const GENERATED_DIR = join(PACKAGE_ROOT, 'generated');

/** Read-only access to a tree of files by absolute path: the disk, or a git revision. */
export interface FileSource {
  exists(path: string): boolean;
  isFile(path: string): boolean;
  /** Names of the folders and files directly in `dir`. */
  list(dir: string): Array<{ name: string; directory: boolean }>;
  read(path: string): string;
}

export const DISK: FileSource = {
  exists: (path) => existsSync(path),
  isFile: (path) => existsSync(path) && statSync(path).isFile(),
  list: (dir) => readdirSync(dir, { withFileTypes: true }).map((entry) => ({ name: entry.name, directory: entry.isDirectory() })),
  read: (path) => readFileSync(path, 'utf8'),
};

export function toRepoPath(file: string, root = PACKAGE_ROOT): string {
  const rel = relative(root, resolve(file));
  return (rel.startsWith('..') ? resolve(file) : rel).split(sep).join('/');
}

const visible = (name: string) => !name.startsWith('_') && !name.startsWith('.');

/** A type folder's definitions: the current one, then each `versions/<version>/definition.yaml`. */
function typeDefinitions(typeDir: string, source: FileSource): string[] {
  const files: string[] = [];
  const current = join(typeDir, 'definition.yaml');
  if (source.isFile(current)) files.push(current);
  const versions = join(typeDir, 'versions');
  if (source.exists(versions) && !source.isFile(versions)) {
    for (const entry of source.list(versions).filter((item) => item.directory && visible(item.name)).sort((a, b) => a.name.localeCompare(b.name))) {
      const file = join(versions, entry.name, 'definition.yaml');
      if (source.isFile(file)) files.push(file);
    }
  }
  return files;
}

/** Is `dir` a `versions/<version>` folder of a type? */
const isVersionFolder = (dir: string) => basename(dirname(dir)) === 'versions';

/**
 * `dir` may be the definitions folder, one type's folder (all its versions), one version's folder,
 * or a single definition.yaml.
 */
export function findDefinitionFiles(dir: string = DEFINITIONS_DIR, source: FileSource = DISK): string[] {
  const target = resolve(dir);
  if (!source.exists(target)) throw new Error(`Hittar inte ${dir}.`);
  if (source.isFile(target)) return [target];
  if (isVersionFolder(target) && source.isFile(join(target, 'definition.yaml'))) return [join(target, 'definition.yaml')];
  if (source.isFile(join(target, 'definition.yaml'))) return typeDefinitions(target, source);
  return source.list(target)
    .filter((entry) => entry.directory && visible(entry.name))
    .map((entry) => entry.name)
    .sort()
    .flatMap((name) => typeDefinitions(join(target, name), source));
}

/** Where a definition file sits: its type's folder name and, for an earlier version, the version folder. */
export function definitionPlace(file: string): { folder?: string; versionFolder?: string } {
  if (basename(file) !== 'definition.yaml') return {};
  const dir = dirname(resolve(file));
  if (isVersionFolder(dir)) return { folder: basename(dirname(dirname(dir))), versionFolder: basename(dir) };
  return { folder: basename(dir) };
}

/**
 * The definitions folder `dir` belongs to: `dir` itself, the folder above a type's folder, or the
 * folder above the type of a definition.yaml or a version's folder. Its `_shared/` holds the
 * recipients and blocks.
 */
export function definitionsRoot(dir: string = DEFINITIONS_DIR, source: FileSource = DISK): string {
  const target = resolve(dir);
  const folder = source.exists(target) && source.isFile(target) ? dirname(target) : target;
  if (isVersionFolder(folder) && source.isFile(join(folder, 'definition.yaml'))) return dirname(dirname(dirname(folder)));
  if (folder !== target) return dirname(folder);
  if (source.isFile(join(target, 'definition.yaml'))) return dirname(target);
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
