/**
 * Makes Chromium's PDF reproducible. Chromium (Skia) writes no document /ID and names font
 * subsets deterministically, so the only bytes that differ between two prints of the same HTML
 * are /CreationDate and /ModDate in the document information dictionary, stamped with the wall
 * clock. They are overwritten in place with the caller's print time, in the very format Skia
 * uses (`D:YYYYMMDDHHmmSS+HH'MM'`, always 23 characters), so no byte offset moves and the
 * cross-reference table stays valid. Title and /Lang come from the HTML (<title>, lang).
 *
 * Why not pdf-lib: it would parse and re-serialise every object (milliseconds per print, when
 * the whole print budget is ~50 ms) and has had no release since 2021; this needs 23 bytes.
 */

import { pdfDate } from './time.js';

const DATE_KEYS = ['CreationDate', 'ModDate'] as const;
/** Skia's date: D:, 14 digits, then Z or a signed offset `+HH'MM'`. */
const SKIA_DATE = /^D:\d{14}(?:[+-]\d{2}'\d{2}'|Z)$/;

export class PdfMetadataError extends Error {}

/** Finds the byte range of the /Info object through the trailer and the xref table. */
function infoObjectRange(text: string): { start: number; end: number } {
  const trailerAt = text.lastIndexOf('trailer');
  const info = /\/Info (\d+) 0 R/.exec(text.slice(trailerAt));
  const startxref = /startxref\s+(\d+)/.exec(text.slice(text.lastIndexOf('startxref')));
  if (trailerAt < 0 || !info || !startxref) throw new PdfMetadataError('PDF:en saknar trailer med /Info; Chromiums PDF-format har ändrats.');
  const objectNumber = Number(info[1]);
  let at = Number(startxref[1]);
  if (text.slice(at, at + 4) !== 'xref') throw new PdfMetadataError('PDF:en har ingen klassisk xref-tabell; Chromiums PDF-format har ändrats.');
  at += 4;
  // Subsections: "first count" then count entries of exactly 20 bytes.
  const header = /\s*(\d+) (\d+)\s/y;
  for (;;) {
    header.lastIndex = at;
    const sub = header.exec(text);
    if (!sub) break;
    const first = Number(sub[1]);
    const count = Number(sub[2]);
    at = header.lastIndex;
    if (objectNumber >= first && objectNumber < first + count) {
      const entry = text.slice(at + (objectNumber - first) * 20, at + (objectNumber - first) * 20 + 10);
      const start = Number(entry);
      const end = text.indexOf('endobj', start);
      if (!Number.isFinite(start) || end < 0) break;
      return { start, end };
    }
    at += count * 20;
  }
  throw new PdfMetadataError(`PDF:ens /Info-objekt ${objectNumber} finns inte i xref-tabellen.`);
}

/** The PDF with its creation and modification dates set to `instant` (ms since 1970). */
export function stampPdfDates(pdf: Uint8Array, instant: number): Buffer {
  const out = Buffer.from(pdf);
  // latin1 maps every byte to one UTF-16 unit, so string indices are byte offsets.
  const text = out.toString('latin1');
  const { start, end } = infoObjectRange(text);
  const stamp = pdfDate(instant);
  for (const key of DATE_KEYS) {
    const match = new RegExp(`/${key} \\((D:[^)]*)\\)`).exec(text.slice(start, end));
    if (!match) continue;
    if (!SKIA_DATE.test(match[1]) || match[1].length !== stamp.length) {
      throw new PdfMetadataError(`Oväntat datumformat i PDF:en (${key} ${match[1]}); Chromiums PDF-format har ändrats.`);
    }
    out.write(stamp, start + match.index + key.length + 3, 'latin1');
  }
  return out;
}
