/**
 * Several versions of a type side by side. A catalog is a map from type id to the type's current
 * version (its newest), so everything that asks "the FK7804 model" keeps working, plus the
 * versions by number for everything that must honour a certificate's own `version`. Pure and
 * without Node APIs: the runtime, the lifecycle and the browser build use it.
 */

import type { CertificateModel } from './types.js';

/** Compares version strings by their numeric parts: "1.2" < "2.0" < "10.0"; "2" equals "2.0". */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

/**
 * The version a user means: the exact one, or the only version with that major number ("1" for
 * "1.2"), as people say "FK7804 version 1". Payloads are never resolved this way; their
 * `version` must be exact.
 */
export function resolveVersion(versions: readonly string[], wanted: string): string | undefined {
  if (versions.includes(wanted)) return wanted;
  if (wanted.includes('.')) return undefined;
  const same = versions.filter((version) => version.split('.')[0] === wanted);
  return same.length === 1 ? same[0] : undefined;
}

/** Versions in a Swedish sentence: "2.0", "1.2 och 2.0", "1.0, 2.0 och 3.0". */
export function versionList(versions: readonly string[]): string {
  return versions.length > 1 ? `${versions.slice(0, -1).join(', ')} och ${versions[versions.length - 1]}` : versions.join('');
}

/** "1.2" → "V1_2", for type names (`Fk7804V1_2Certificate`). */
export function versionSuffix(version: string): string {
  return `V${version.replace(/[^0-9A-Za-z]/g, '_')}`;
}

/**
 * The base name of a model's generated files: `<id>` for the type's current version, so
 * `generated/fk7804.schema.json` stays what it always was, and `<id>.v<version>` for the others.
 */
export function generatedBaseName(model: Pick<CertificateModel, 'id' | 'version'>, current: boolean): string {
  return current ? model.id : `${model.id}.v${model.version}`;
}

/** Retired versions take no new drafts and sign nothing from the day after `retired`. */
export function isRetired(model: Pick<CertificateModel, 'retired'>, today: string): boolean {
  return model.retired !== undefined && today > model.retired;
}

/** Type id → current version, plus every version. Built from any list of items that know theirs. */
export class VersionedMap<T> extends Map<string, T> {
  readonly #versions = new Map<string, T[]>();
  readonly #keyOf: (item: T) => { id: string; version: string };

  constructor(items: Iterable<T>, keyOf: (item: T) => { id: string; version: string }) {
    super();
    this.#keyOf = keyOf;
    for (const item of items) {
      const { id } = keyOf(item);
      const list = this.#versions.get(id) ?? [];
      list.push(item);
      this.#versions.set(id, list);
    }
    for (const [id, list] of [...this.#versions].sort(([a], [b]) => a.localeCompare(b))) {
      list.sort((a, b) => compareVersions(keyOf(a).version, keyOf(b).version));
      super.set(id, list[list.length - 1]);
    }
  }

  /** The item of this type and exact version. */
  find(id: string, version: unknown): T | undefined {
    return typeof version === 'string' ? this.#versions.get(id)?.find((item) => this.#keyOf(item).version === version) : undefined;
  }

  /** The type's versions, oldest first; the last is the current one. */
  versionsOf(id: string): readonly T[] {
    return this.#versions.get(id) ?? [];
  }

  /** Every version of every type, by type id and then oldest first. */
  all(): T[] {
    return [...this.keys()].flatMap((id) => this.versionsOf(id));
  }

  isCurrent(item: T): boolean {
    return this.get(this.#keyOf(item).id) === item;
  }
}

/** The models of a runtime: `get(id)` is the current version, `find(id, version)` any version. */
export type ModelCatalog = VersionedMap<CertificateModel>;

export function createCatalog(models: Iterable<CertificateModel>): ModelCatalog {
  return new VersionedMap(models, (model) => model);
}

/** A catalog of `models`, or `models` itself when it already is one (a runtime's `models`). */
export function catalogOf(models: ReadonlyMap<string, CertificateModel> | Iterable<CertificateModel>): ModelCatalog {
  if (models instanceof VersionedMap) return models as ModelCatalog;
  return createCatalog(models instanceof Map ? models.values() : (models as Iterable<CertificateModel>));
}
