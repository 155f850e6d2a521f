/**
 * The files of a git revision as a `FileSource`, so the definitions as they were at a commit are
 * read, compiled and compared by the same code as the working tree's (`intyg diff --base`,
 * `intyg check --against`). Runs git itself: `ls-tree` once for the names, `show` per file read.
 */

import { execFileSync } from 'node:child_process';
import { dirname, relative, resolve, sep } from 'node:path';
import type { FileSource } from './project-paths.js';

export class GitError extends Error {}

function git(cwd: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim().split('\n')[0];
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new GitError('git saknas; installera git för att jämföra med en tidigare version.');
    throw new GitError(stderr || (error as Error).message);
  }
}

/**
 * The tree of `ref` in the repository that holds `dir`, under the same absolute paths as the
 * working tree, limited to `dir`.
 */
export function revisionSource(dir: string, ref: string): FileSource {
  const absolute = resolve(dir);
  let root: string;
  try {
    root = git(absolute, ['rev-parse', '--show-toplevel']).trim();
  } catch (error) {
    throw new GitError(`${dir} ligger inte i ett git-arkiv (${(error as Error).message}).`);
  }
  try {
    git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new GitError(`Hittar ingen revision "${ref}" i ${root}.`);
  }
  const prefix = relative(root, absolute).split(sep).join('/');
  const names = git(root, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', ref, '--', ...(prefix ? [prefix] : [])]).split('\0').filter(Boolean);
  const files = new Set(names.map((name) => resolve(root, name)));
  const folders = new Set<string>();
  for (const file of files) for (let folder = dirname(file); folder.startsWith(root) && !folders.has(folder); folder = dirname(folder)) folders.add(folder);
  const texts = new Map<string, string>();
  return {
    exists: (path) => files.has(resolve(path)) || folders.has(resolve(path)),
    isFile: (path) => files.has(resolve(path)),
    list(path) {
      const folder = resolve(path);
      const children = new Map<string, boolean>();
      for (const entry of [...files, ...folders]) if (dirname(entry) === folder && entry !== folder) children.set(entry.slice(folder.length + 1), folders.has(entry));
      return [...children].map(([name, directory]) => ({ name, directory }));
    },
    read(path) {
      const file = resolve(path);
      if (!files.has(file)) throw new GitError(`${relative(root, file)} finns inte i ${ref}.`);
      let text = texts.get(file);
      if (text === undefined) texts.set(file, (text = git(root, ['show', `${ref}:${relative(root, file).split(sep).join('/')}`])));
      return text;
    },
  };
}
