/** The files of a git revision as a FileSource: what `intyg diff --base` and `check --against` read. */

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GitError, revisionSource } from '../src/git-revision.js';
import { findDefinitionFiles } from '../src/project.js';
import { tempDir } from './cli/run-cli.js';

const { dir, cleanup } = tempDir('git-revision');
afterAll(cleanup);
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=test@example.com', '-c', 'user.name=test', ...args], { cwd: dir, encoding: 'utf8' });
mkdirSync(join(dir, 'definitions/exempel/versions/1.0'), { recursive: true });
writeFileSync(join(dir, 'definitions/exempel/definition.yaml'), 'version: "2.0"\n');
writeFileSync(join(dir, 'definitions/exempel/versions/1.0/definition.yaml'), 'version: "1.0"\n');
writeFileSync(join(dir, 'README.md'), 'utanför\n');
git('init', '-q');
git('add', '-A');
git('commit', '-qm', 'först');
writeFileSync(join(dir, 'definitions/exempel/definition.yaml'), 'version: "3.0"\n');
writeFileSync(join(dir, 'definitions/exempel/ny.yaml'), 'ny\n');

describe('revisionSource', () => {
  const source = revisionSource(join(dir, 'definitions'), 'HEAD');

  it('reads a file as it was at the revision, not as it is now', () => {
    expect(source.read(join(dir, 'definitions/exempel/definition.yaml'))).toBe('version: "2.0"\n');
    expect(source.isFile(join(dir, 'definitions/exempel/ny.yaml'))).toBe(false);
  });

  it('lists folders and files of the revision, limited to the folder asked for', () => {
    expect(source.list(join(dir, 'definitions/exempel')).sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: 'definition.yaml', directory: false },
      { name: 'versions', directory: true },
    ]);
    expect(source.exists(join(dir, 'definitions/exempel/versions/1.0'))).toBe(true);
    expect(source.exists(join(dir, 'README.md'))).toBe(false);
  });

  it('finds the definitions of every version there, as on disk', () => {
    expect(findDefinitionFiles(join(dir, 'definitions'), source)).toEqual([
      join(dir, 'definitions/exempel/definition.yaml'),
      join(dir, 'definitions/exempel/versions/1.0/definition.yaml'),
    ]);
  });

  it('says so when the revision or the repository is not there', () => {
    expect(() => revisionSource(join(dir, 'definitions'), 'ingen')).toThrow(new GitError(`Hittar ingen revision "ingen" i ${dir}.`));
    const outside = tempDir('no-git');
    try {
      expect(() => revisionSource(outside.dir, 'HEAD')).toThrow(/ligger inte i ett git-arkiv/);
    } finally {
      outside.cleanup();
    }
  });
});
