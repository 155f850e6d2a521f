/**
 * The small JSONPath subset conditions may use (`$.key`, `$[0]`, chains of them). Kept this small
 * so the fast evaluator resolves a path in a few property reads and agrees with jsonpath-plus,
 * which json-rules-engine uses for the same strings.
 */

export type PathSegment = string | number;

const SEGMENT = /\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d{1,4})\]/y;

/** Parses `$.a[0].b`; returns null when the path is outside the supported subset. */
export function parsePath(path: string): PathSegment[] | null {
  if (!path.startsWith('$')) return null;
  const segments: PathSegment[] = [];
  SEGMENT.lastIndex = 1;
  let index = 1;
  while (index < path.length) {
    SEGMENT.lastIndex = index;
    const match = SEGMENT.exec(path);
    if (!match) return null;
    segments.push(match[1] !== undefined ? match[1] : Number(match[2]));
    index = SEGMENT.lastIndex;
  }
  return segments;
}

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * Resolves like json-rules-engine's almanac: a fact that is not an object is returned as it is,
 * inside an object a missing step gives undefined. Only own properties are read, so a payload
 * cannot reach prototype members through a path.
 */
export function resolvePath(value: unknown, segments: readonly PathSegment[]): unknown {
  if (value === null || typeof value !== 'object' || segments.length === 0) return value;
  let current: unknown = value;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    if (typeof segment === 'number') {
      if (!Array.isArray(current)) return undefined;
      current = current[segment];
    } else {
      if (Array.isArray(current) || !hasOwn.call(current, segment)) return undefined;
      current = (current as Record<string, unknown>)[segment];
    }
  }
  return current;
}

/** `a.b[0].c` style path used in validation results, built from a field id and segments. */
export function joinFieldPath(base: string, segments: readonly PathSegment[]): string {
  let out = base;
  for (const segment of segments) out += typeof segment === 'number' ? `[${segment}]` : `.${segment}`;
  return out;
}
