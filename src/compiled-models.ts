/**
 * What running code loads: compiled models, `generated/<id>.model.json`, written by
 * `intyg generate`. No YAML and no compiler are loaded here: when the YAML beside the compiled
 * models changed, this says so and `project.ts` compiles instead. Also the on-disk cache of
 * definitions compiled on demand.
 */

import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCompiledModel, serializeModel } from './compiler/compiled-model.js';
import type { CertificateModel } from './model/types.js';
import { fingerprint } from './util/fingerprint.js';
import { BUILD_ID } from './build-info.js';
import { DEFINITIONS_DIR, GENERATED_DIR, PACKAGE_ROOT, findDefinitionFiles } from './project-paths.js';

function readCompiled(dir: string): CertificateModel[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.model.json'))
    .sort()
    .map((name) => parseCompiledModel(readFileSync(join(dir, name), 'utf8'), `generated/${name}`));
}

const readText = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

/**
 * Whether compiled models still match the YAML beside them: the same definitions, each with the
 * same file contents. Without the YAML they are current by definition. Costs reading the files,
 * never parsing them.
 */
export function compiledModelsAreCurrent(models: readonly CertificateModel[], definitionsDir = DEFINITIONS_DIR, root = PACKAGE_ROOT): boolean {
  if (!existsSync(definitionsDir)) return true;
  const wanted = findDefinitionFiles(definitionsDir).map((file) => resolve(file)).sort();
  const have = models.map((model) => resolve(root, model.file)).sort();
  if (wanted.length !== have.length || wanted.some((file, index) => file !== have[index])) return false;
  return models.every((model) => {
    if (!model.source) return false;
    const texts = model.source.files.map((file) => readText(resolve(root, file)));
    return texts.every((text) => text !== undefined) && fingerprint(texts as string[]) === model.source.fingerprint;
  });
}

/** The project's compiled models, or undefined when there are none or the YAML has changed since. */
export function loadCompiledModels(): CertificateModel[] | undefined {
  const models = readCompiled(GENERATED_DIR);
  return models.length && compiledModelsAreCurrent(models) ? models : undefined;
}

function cacheDir(): string {
  return process.env.INTYG_CACHE_DIR ?? join(tmpdir(), 'intyg-cache');
}

/**
 * The disk cache of definitions compiled on demand, by input fingerprint. A development build
 * (`BUILD_ID` 'dev', running from source) never uses it: the compiler itself may have changed.
 */
export function readCachedModels(key: string): CertificateModel[] | undefined {
  const file = join(cacheDir(), `${key}.json`);
  if (BUILD_ID === 'dev' || !existsSync(file)) return undefined;
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as string[]).map((text) => parseCompiledModel(text, file));
  } catch {
    return undefined; // a damaged entry is compiled again and overwritten
  }
}

export function writeCachedModels(key: string, models: readonly CertificateModel[]): void {
  if (BUILD_ID === 'dev') return;
  const file = join(cacheDir(), `${key}.json`);
  try {
    mkdirSync(cacheDir(), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(models.map(serializeModel)));
    renameSync(temporary, file);
  } catch {
    // The cache only saves time; a read-only temp folder must not stop validation.
  }
}
