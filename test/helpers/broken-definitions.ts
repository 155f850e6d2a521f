/**
 * The corpus of broken definitions (test/fixtures/broken-definitions): snapshot copies of real
 * definitions under base/, and cases.yaml, each case one mutation of one file with the
 * diagnostics `intyg check` must give. The copies are snapshots so later edits of the real
 * definitions do not move the expected lines; base.test checks that they still compile clean.
 */

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { loadCodeSystems } from '../../src/codesystems/load.js';
import { compile, type CompileInput } from '../../src/compile.js';
import { PACKAGE_ROOT, readRecipients } from '../../src/project.js';

export const CORPUS = join(PACKAGE_ROOT, 'test', 'fixtures', 'broken-definitions');
const BASE = join(CORPUS, 'base');

export interface BrokenCase {
  name: string;
  /** Which point of the issue (or what else) the case covers. */
  covers: string;
  /** Repository-style path of the file to change, e.g. definitions/fk7804/definition.yaml. */
  file: string;
  /** Text that occurs exactly once in the file, and what it becomes. */
  replace?: string;
  with?: string;
  /** A new file's content (a print.hbs). */
  create?: string;
  /** The definition to check, when the file is a shared block. */
  definition?: string;
  /** `file:line:col code` of every diagnostic, in order. */
  expect: string[];
  /** Text the first diagnostic's message must contain. */
  contains?: string;
}

export const cases = (parse(readFileSync(join(CORPUS, 'cases.yaml'), 'utf8')) as BrokenCase[]);

/** Every file of the base copies, by repository-style path. */
export function baseFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else files.set(relative(BASE, path).split(sep).join('/'), readFileSync(path, 'utf8'));
    }
  };
  visit(BASE);
  return files;
}

/** The base files with the case's one change applied; throws when the anchor is not unique. */
export function mutated(entry: BrokenCase): Map<string, string> {
  const files = baseFiles();
  if (entry.create !== undefined) {
    files.set(entry.file, entry.create);
    return files;
  }
  const text = files.get(entry.file);
  if (text === undefined) throw new Error(`${entry.name}: no base file ${entry.file}`);
  const count = text.split(entry.replace!).length - 1;
  if (count !== 1) throw new Error(`${entry.name}: the text to replace occurs ${count} times in ${entry.file}`);
  files.set(entry.file, text.replace(entry.replace!, () => entry.with ?? ''));
  return files;
}

const env = { codeSystems: loadCodeSystems() };
const recipients = readRecipients();

/** compile() over one definition of the (mutated) files, as `intyg check definitions/<id>` does. */
export function check(files: ReadonlyMap<string, string>, id: string) {
  const file = `definitions/${id}/definition.yaml`;
  const print = files.get(`definitions/${id}/print.hbs`);
  const input: CompileInput = {
    definitions: [{ file, folder: id, text: files.get(file)!, ...(print !== undefined ? { print: { file: `definitions/${id}/print.hbs`, text: print } } : {}) }],
    blocks: [...files.entries()]
      .filter(([path]) => path.startsWith('definitions/_shared/blocks/'))
      .map(([path, text]) => ({ name: path.slice('definitions/_shared/blocks/'.length).replace(/\.yaml$/, ''), file: path, text })),
    recipients,
    env,
  };
  return compile(input);
}

export function definitionOf(entry: BrokenCase): string {
  return entry.definition ?? /^definitions\/([^/]+)\//.exec(entry.file)![1];
}

/** The ids of the definitions under base/. */
export function baseDefinitions(): string[] {
  return [...baseFiles().keys()].map((path) => /^definitions\/([^_/][^/]*)\/definition\.yaml$/.exec(path)?.[1]).filter((id): id is string => !!id).sort();
}
