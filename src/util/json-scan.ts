/**
 * A look at JSON text before `JSON.parse` builds it. Parsing costs far more for some shapes than
 * their size suggests: every distinct object key becomes an internalised string and a new hidden
 * class in V8, so 2 MB of unique keys take ~180 ms to parse (one small array of numbers of the
 * same size, ~7 ms), and deep nesting reaches recursive code. No certificate, context or batch
 * of certificates has more than a few hundred distinct keys or more than a handful of levels, so
 * one linear pass over the characters refuses such text before any object exists.
 */

export interface JsonScanLimits {
  /** Objects and arrays inside each other. */
  depth: number;
  /** Different object keys in the whole document (counted by a 32-bit hash; collisions only undercount). */
  distinctKeys: number;
}

/** What the service and the command line accept: far beyond any real payload, far below harm. */
export const PAYLOAD_SCAN_LIMITS: JsonScanLimits = { depth: 32, distinctKeys: 10_000 };

export type JsonScanProblem = 'too-deep' | 'too-many-keys';

const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;

/** The first limit the text breaks, or null. Malformed JSON is left to JSON.parse to report. */
export function scanJson(text: string, limits: JsonScanLimits): JsonScanProblem | null {
  const keys = new Set<number>();
  let depth = 0;
  let inString = false;
  let escaped = false;
  let hash = 0;
  let lastString = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (c === BACKSLASH) escaped = true;
      else if (c === QUOTE) {
        inString = false;
        lastString = hash;
        continue;
      }
      // FNV-1a over UTF-16 units: no substring is ever allocated.
      hash = Math.imul(hash ^ c, 16777619);
      continue;
    }
    if (c === QUOTE) {
      inString = true;
      hash = 2166136261 | 0;
    } else if (c === COLON) {
      // The string just closed was a key.
      keys.add(lastString);
      if (keys.size > limits.distinctKeys) return 'too-many-keys';
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      depth += 1;
      if (depth > limits.depth) return 'too-deep';
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) depth -= 1;
  }
  return null;
}
