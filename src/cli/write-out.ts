/**
 * Large results to stdout in pieces: a region's cases as one JSON or CSV string would be
 * hundreds of megabytes (twice that as a two-byte string once a name has an å), more than the
 * whole computation needs. The text is byte for byte what `JSON.stringify(items, null, 2)` and
 * a joined CSV give.
 */

import { once } from 'node:events';

const CHUNK = 1 << 20;

async function writeAll(pieces: Iterable<string>, out: NodeJS.WritableStream): Promise<void> {
  let buffer = '';
  for (const piece of pieces) {
    buffer += piece;
    if (buffer.length >= CHUNK) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  if (buffer && !out.write(buffer)) await once(out, 'drain');
}

/** Items stringified a slice at a time: each slice's "[\n" and "\n]" cut off, its items already indented as in the whole. */
const ITEMS_PER_SLICE = 1000;

function* jsonPieces(items: readonly unknown[]): Generator<string> {
  if (items.length === 0) return yield '[]\n';
  yield '[\n';
  for (let start = 0; start < items.length; start += ITEMS_PER_SLICE) {
    const slice = JSON.stringify(items.slice(start, start + ITEMS_PER_SLICE), null, 2);
    yield `${start > 0 ? ',\n' : ''}${slice.slice(2, -2)}`;
  }
  yield '\n]\n';
}

/** `console.log(JSON.stringify(items, null, 2))`, without the one big string. */
export function writeJsonArray(items: readonly unknown[], out: NodeJS.WritableStream = process.stdout): Promise<void> {
  return writeAll(jsonPieces(items), out);
}

/** `console.log(lines.join('\n'))` for lines made one at a time. */
export function writeLines(lines: Iterable<string>, out: NodeJS.WritableStream = process.stdout): Promise<void> {
  return writeAll((function* () { for (const line of lines) yield `${line}\n`; })(), out);
}
