/**
 * The only files the studio writes: `definitions/<id>/examples/<name>.json` and its
 * `.expect.json` (an earlier version's: `definitions/<id>/versions/<version>/examples/`), from
 * the current answers and the result the runtime gives them. Every other path is refused: the
 * type and version must be one the studio knows (entry-id.ts: `fk7804`, `fk7804@1.2`), the
 * certificate must be of that type and version, the name must be `valid-…`/`invalid-…` in lower
 * case, letters, digits and dashes, and the examples folder must really be where it should be
 * inside the definitions folder (no symbolic link out of it, nor into another type or version).
 */

import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Expectation } from '../examples.js';
import { isPlainObject } from '../fields/kind.js';
import type { Runtime } from '../runtime/runtime.js';
import { isIsoDate } from '../util/dates.js';
import { toRepoPath } from '../project-paths.js';
import { entryFolder, parseEntryId, type EntryPlace } from './entry-id.js';
import type { SaveResult } from './protocol.js';

export const EXAMPLE_NAME = /^(valid|invalid)-[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_EXAMPLE_NAME = 80;

/** A refusal the page shows as it is: Swedish, says what to do. */
export class ExampleRefused extends Error {
  constructor(readonly code: string, message: string, readonly status = 422) {
    super(message);
    this.name = 'ExampleRefused';
  }
}

export function checkExampleName(name: unknown): string {
  if (typeof name !== 'string' || name.length > MAX_EXAMPLE_NAME || !EXAMPLE_NAME.test(name)) {
    throw new ExampleRefused('bad-name', `Namnet ska börja med valid- eller invalid- och bara innehålla små bokstäver a–z, siffror och bindestreck (högst ${MAX_EXAMPLE_NAME} tecken), t.ex. valid-heltid-lumbago.`, 400);
  }
  return name;
}

/** The type and version a known id names: `fk7804`, `fk7804@1.2`; anything else is refused. */
function checkType(typeId: string, known: (id: string) => boolean): EntryPlace {
  const place = parseEntryId(typeId);
  if (!place || !known(typeId)) throw new ExampleRefused('unknown-type', `Okänd intygstyp eller version ${JSON.stringify(typeId)}.`, 404);
  return place;
}

/** The examples folder of a known type or version, created when missing; refused when it leads anywhere else. */
function examplesDir(root: string, typeId: string, known: (id: string) => boolean, create: boolean): string | undefined {
  const folder = entryFolder(checkType(typeId, known));
  const dir = join(root, ...folder, 'examples');
  if (!existsSync(dir)) {
    if (!create) return undefined;
    // Not recursive: the type's (or version's) folder is there, as the studio knows it.
    mkdirSync(dir);
  }
  const expected = join(realpathSync(root), ...folder, 'examples');
  if (realpathSync(dir) !== expected) throw new ExampleRefused('outside', 'Exempelmappen leder utanför definitionsmappen; studion skriver inte där.', 403);
  return dir;
}

export function listExampleNames(root: string, typeId: string, known: (id: string) => boolean): string[] {
  const dir = examplesDir(root, typeId, known, false);
  if (!dir) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json') && !file.endsWith('.expect.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .filter((name) => EXAMPLE_NAME.test(name))
    .sort();
}

export function readExample(root: string, typeId: string, name: string, known: (id: string) => boolean): { certificate: unknown; expect?: Expectation } {
  const dir = examplesDir(root, typeId, known, false);
  checkExampleName(name);
  const file = dir && join(dir, `${name}.json`);
  if (!file || !existsSync(file)) throw new ExampleRefused('not-found', `Exemplet ${name} finns inte.`, 404);
  const parse = (path: string) => {
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as unknown;
    } catch {
      throw new ExampleRefused('unreadable', `${name} är inte giltig JSON.`, 422);
    }
  };
  const expectFile = join(dir, `${name}.expect.json`);
  return { certificate: parse(file), ...(existsSync(expectFile) ? { expect: parse(expectFile) as Expectation } : {}) };
}

export interface SaveRequest {
  name: unknown;
  certificate: unknown;
  today: unknown;
  overwrite?: unknown;
}


function checkTarget(path: string, overwrite: boolean): void {
  const existing = lstatSync(path, { throwIfNoEntry: false });
  if (existing && !overwrite) throw new ExampleRefused('exists', 'Ett exempel med det namnet finns redan. Välj ett annat namn eller skriv över det.', 409);
  if (existing && !existing.isFile()) throw new ExampleRefused('not-a-file', 'Där finns något som inte är en vanlig fil; studion skriver inte över det.', 403);
}

/** A temporary file and a rename: a reader never sees half a file, and a link is replaced, not followed. */
function writeReplacing(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text, { flag: 'wx' });
  renameSync(temporary, path);
}

const issueKeys = (issues: Array<{ field: string; code: string }>) => issues.map(({ field, code }) => ({ field, code }));

/**
 * Validates the certificate as of `today` and writes it with its expectation; refuses a name that
 * contradicts the result. `versionOf` gives the version the examples folder holds (its model's);
 * an earlier version's folder holds only that version's certificates in any case.
 */
export function saveExample(root: string, typeId: string, request: SaveRequest, runtime: Runtime, known: (id: string) => boolean, pathRoot: string, versionOf?: (id: string) => string | undefined): SaveResult {
  const place = checkType(typeId, known);
  const name = checkExampleName(request.name);
  if (!isIsoDate(request.today)) throw new ExampleRefused('bad-today', 'Dagens datum ska skrivas ÅÅÅÅ-MM-DD.', 400);
  const certificate = request.certificate;
  if (!isPlainObject(certificate) || certificate.type !== place.type) throw new ExampleRefused('wrong-type', `Intyget ska vara ett ${place.type}-intyg.`, 400);
  const version = place.version ?? versionOf?.(typeId);
  if (version !== undefined && certificate.version !== version) {
    throw new ExampleRefused('wrong-version', `Intyget ska vara i version ${version}, som exemplen i den här mappen, inte ${JSON.stringify(certificate.version)}.`, 400);
  }
  const result = runtime.validate(certificate, { today: request.today });
  const wantsValid = name.startsWith('valid-');
  if (wantsValid && !result.valid) {
    throw new ExampleRefused('not-valid', `Ett exempel som heter valid-… ska vara giltigt, men intyget har ${result.errors.length} fel. Rätta felen eller döp exemplet till invalid-….`);
  }
  if (!wantsValid && result.valid) throw new ExampleRefused('not-invalid', 'Ett exempel som heter invalid-… ska ha minst ett fel, men intyget är giltigt. Döp det till valid-… i stället.');
  const dir = examplesDir(root, typeId, known, true)!;
  const expect: Expectation = { today: request.today, valid: result.valid, errors: issueKeys(result.errors), warnings: issueKeys(result.warnings), info: issueKeys(result.info) };
  const overwrite = request.overwrite === true;
  const files = [join(dir, `${name}.json`), join(dir, `${name}.expect.json`)];
  for (const file of files) checkTarget(file, overwrite);
  // The expectation first: a watcher that sees the example sees its expectation beside it.
  writeReplacing(files[1], `${JSON.stringify(expect, null, 2)}\n`);
  writeReplacing(files[0], `${JSON.stringify(certificate, null, 2)}\n`);
  return { files: files.map((file) => toRepoPath(file, pathRoot)), expect };
}
