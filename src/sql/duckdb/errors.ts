/** DuckDB's error messages turned into the CLI's `file:line: message` form, in Swedish. */

import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export async function describeDuckDbError(file: string, error: unknown): Promise<string> {
  const message = error instanceof Error ? error.message : String(error);
  // DuckDB's "line" is the record's number (blank lines skipped) plus one; the reader recounts.
  const malformed = /Malformed JSON.*?in line (\d+): ([^\n]*)/.exec(message);
  if (malformed) return `${file}:${await lineOfRecord(file, Number(malformed[1]) - 1)}: inte giltig JSON: ${malformed[2].trim()}`;
  if (/No files found|No such file|Cannot open file|IO Error/i.test(message)) return `Kan inte läsa ${file}: ${firstLine(message)}`;
  const conversion = /(Could not convert|Conversion Error|Invalid Input Error)[^\n]*/.exec(message);
  if (conversion) return `${file}: en rad har fel form för ett intyg (${firstLine(conversion[0])}). Prova --engine memory för att hitta raden.`;
  return `${file}: ${firstLine(message)}`;
}

const firstLine = (s: string) => s.split('\n')[0].trim();

/** The line number of the n-th non-blank line (DuckDB numbers records, skipping blank lines). */
export async function lineOfRecord(file: string, record: number): Promise<number> {
  let line = 0, seen = 0;
  for await (const text of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    line += 1;
    if (text.trim() !== '' && ++seen === record) return line;
  }
  return line;
}
