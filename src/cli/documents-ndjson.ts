/**
 * Reads an NDJSON file (or standard input) of documents, one JSON object per line, streamed so a
 * region's year is never held as one string. A line that is not a JSON object stops the command
 * with its file and line number (exit 2), never a stack trace.
 */

import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { isPlainObject } from '../fields/kind.js';
import { UsageError } from './io.js';
import { say } from './lang.js';

export async function readDocuments(file: string): Promise<Record<string, unknown>[]> {
  const name = file === '-' ? say('standard in', 'standard input') : file;
  const stream = file === '-' ? process.stdin : createReadStream(file, { encoding: 'utf8', highWaterMark: 1024 * 1024 });
  const opened = new Promise<void>((resolve, reject) => {
    if (file === '-') return resolve();
    stream.once('open', () => resolve());
    stream.once('error', reject);
  });
  try {
    await opened;
  } catch (error) {
    throw new UsageError(say(`Kan inte läsa ${name}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`, `Cannot read ${name}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`));
  }
  const documents: Record<string, unknown>[] = [];
  let lineNo = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    lineNo += 1;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new UsageError(say(`${name}:${lineNo}: inte giltig JSON: ${(error as Error).message}.`, `${name}:${lineNo}: not valid JSON: ${(error as Error).message}.`));
    }
    if (!isPlainObject(value)) throw new UsageError(say(`${name}:${lineNo}: raden är inget JSON-objekt.`, `${name}:${lineNo}: the line is not a JSON object.`));
    documents.push(value);
  }
  return documents;
}
