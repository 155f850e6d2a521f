/**
 * Reads Inera's repositories as git object stores (the `fetch` mirrors have no work tree), always
 * at a pinned commit, so a conversion names exactly what it read.
 */

import { execFileSync } from 'node:child_process';

export interface RepoRef {
  /** `sklintyg/common` */
  repository: string;
  /** The local git directory of a clone or mirror of it. */
  gitDir: string;
  commit: string;
}

function git(ref: RepoRef, args: string[]): string {
  return execFileSync('git', ['--git-dir', ref.gitDir, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** The commit a name (HEAD, a tag) resolves to in that git directory. */
export function resolveCommit(gitDir: string, name: string): string {
  return execFileSync('git', ['--git-dir', gitDir, 'rev-parse', `${name}^{commit}`], { encoding: 'utf8' }).trim();
}

export function readText(ref: RepoRef, path: string): string {
  return git(ref, ['show', `${ref.commit}:${path}`]);
}

/** Files (not folders) directly in `dir`, sorted. */
export function listFiles(ref: RepoRef, dir: string): string[] {
  return git(ref, ['ls-tree', '--name-only', `${ref.commit}`, `${dir.replace(/\/$/, '')}/`])
    .split('\n')
    .filter(Boolean)
    .filter((path) => /\.[a-z]+$/.test(path))
    .sort();
}
