/**
 * A look at JSON text before `JSON.parse` builds it. Parsing costs far more for some shapes than
 * their size suggests: every distinct object key becomes an internalised string and a new hidden
 * class in V8, so 2 MB of unique keys take ~180 ms to parse (one small array of numbers of the
 * same size, ~7 ms); a million values cost a million objects before anything can count them; and
 * deep nesting reaches recursive code. No certificate, context or batch of certificates has more
 * than a few hundred distinct keys or more than a handful of levels, so one linear pass over the
 * characters refuses such text before any object exists. Strings are skipped with `indexOf`, so
 * long texts cost next to nothing.
 */

export interface JsonScanLimits {
  /** Objects and arrays inside each other. */
  depth: number;
  /** Different object keys in the whole document (counted by a 32-bit hash; collisions only undercount). */
  distinctKeys: number;
  /** Values of any kind (an upper bound: separators and containers are counted). */
  values: number;
}

/** What the service and the command line accept: far beyond any real payload, far below harm. */
export const PAYLOAD_SCAN_LIMITS: JsonScanLimits = { depth: 32, distinctKeys: 10_000, values: 200_000 };

export type JsonScanProblem = 'too-deep' | 'too-many-keys' | 'too-many-values';

const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;
const COMMA = 44;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;

/** The quote at `index` is escaped when an odd number of backslashes precede it. */
function escaped(text: string, index: number): boolean {
  let count = 0;
  for (let i = index - 1; i >= 0 && text.charCodeAt(i) === BACKSLASH; i -= 1) count += 1;
  return count % 2 === 1;
}

/**
 * FNV-1a over the first 64 UTF-16 units of text[start, end) and its length: no substring is
 * allocated, and a key of megabytes costs no more than a short one.
 */
function hash(text: string, start: number, end: number): number {
  let h = Math.imul(2166136261 ^ (end - start), 16777619);
  for (let i = start, stop = Math.min(end, start + 64); i < stop; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h;
}

/** The first limit the text breaks, or null. Malformed JSON is left to JSON.parse to report. */
export function scanJson(text: string, limits: JsonScanLimits): JsonScanProblem | null {
  const keys = new Set<number>();
  let depth = 0;
  let values = 1;
  let stringStart = 0;
  let stringEnd = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      let end = text.indexOf('"', i + 1);
      while (end !== -1 && escaped(text, end)) end = text.indexOf('"', end + 1);
      if (end === -1) return null;
      stringStart = i + 1;
      stringEnd = end;
      i = end;
    } else if (c === COLON) {
      // The string just closed was a key.
      keys.add(hash(text, stringStart, stringEnd));
      if (keys.size > limits.distinctKeys) return 'too-many-keys';
    } else if (c === COMMA) {
      if (++values > limits.values) return 'too-many-values';
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (++depth > limits.depth) return 'too-deep';
      if (++values > limits.values) return 'too-many-values';
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) depth -= 1;
  }
  return null;
}
