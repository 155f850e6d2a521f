/**
 * What the studio calls each definition it shows: a type's current version by the type's id
 * (`fk7804`), an earlier version by the type's id, `@` and the version (`fk7804@1.2`), the key the
 * printer already uses for that version's own print.hbs. A type id is `[a-z0-9-]`, so the two
 * never collide; both stay one URL path segment (`@` and `.` need no escaping), and a version is
 * digits and dots only, so an id can never name `..` or a path.
 */

export const TYPE_ID = /^[a-z0-9][a-z0-9-]*$/;
/** A version folder the studio shows: `versions/<version>/`, named as versions are (`definition/bad-version`). */
export const VERSION_FOLDER = /^[0-9]+(?:\.[0-9]+)*$/;
const ENTRY_ID = /^([a-z0-9][a-z0-9-]*)(?:@([0-9]+(?:\.[0-9]+)*))?$/;

export interface EntryPlace {
  /** The type's folder, `definitions/<type>/`. */
  type: string;
  /** For an earlier version, its folder `versions/<version>/`. */
  version?: string;
}

export function entryId(type: string, version?: string): string {
  return version === undefined ? type : `${type}@${version}`;
}

/** The type and version an id names, or undefined when it is no id at all. */
export function parseEntryId(id: unknown): EntryPlace | undefined {
  if (typeof id !== 'string' || id.length > 100) return undefined;
  const match = ENTRY_ID.exec(id);
  if (!match) return undefined;
  return match[2] === undefined ? { type: match[1] } : { type: match[1], version: match[2] };
}

/** The entry's folder below the definitions folder, as path parts: `[type]` or `[type, 'versions', version]`. */
export function entryFolder(place: EntryPlace): string[] {
  return place.version === undefined ? [place.type] : [place.type, 'versions', place.version];
}
