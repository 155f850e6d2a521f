/**
 * Streams an NDJSON file (one certificate or question per line) for `intyg sjukfall` and
 * `intyg statistik`. Lines are parsed one at a time and reduced to the fields sjukfall reads, so a
 * region's export never sits in memory as text or as whole payloads. Large files get a progress
 * bar on stderr; stdout stays the result.
 */

import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { SickLeaveCertificate } from '../decision/sjukfall.js';
import type { CertificateQuestion } from '../decision/statistics.js';
import { isPlainObject } from '../fields/kind.js';
import { UsageError } from './io.js';

const PROGRESS_FROM_BYTES = 8 * 1024 * 1024;

export interface NdjsonInput {
  certificates: SickLeaveCertificate[];
  questions: CertificateQuestion[];
}

/**
 * Keeps one copy of each repeated value. A region's export repeats the same dates, units, doctors
 * and diagnoses hundreds of thousands of times; sharing them roughly halves the memory a
 * million-line file needs once parsed.
 */
class Interner {
  private readonly strings = new Map<string, string>();
  private readonly objects = new Map<string, any>();
  str<T>(value: T): T {
    if (typeof value !== 'string') return value;
    let kept = this.strings.get(value);
    if (kept === undefined) this.strings.set(value, (kept = value));
    return kept as T;
  }
  /** An object of strings (issuer, unit, diagnoses), shared by its JSON text. */
  obj<T>(value: T): T {
    if (value === undefined || value === null || typeof value !== 'object') return value;
    const key = JSON.stringify(value);
    let kept = this.objects.get(key);
    if (kept === undefined) this.objects.set(key, (kept = value));
    return kept;
  }
}

/** The fields sjukfall and statistik use; everything else in the payload is dropped here. */
function compact(payload: Record<string, any>, intern: Interner): SickLeaveCertificate {
  const { id, type, status, signedAt, patient, issuer, unit, answers } = payload;
  let sjukskrivning = answers.sjukskrivning;
  if (isPlainObject(sjukskrivning)) {
    sjukskrivning = {};
    for (const [key, period] of Object.entries(answers.sjukskrivning as Record<string, any>)) {
      sjukskrivning[intern.str(key)] = isPlainObject(period) ? { from: intern.str(period.from), to: intern.str(period.to) } : period;
    }
  }
  return {
    id, type: intern.str(type), status: intern.str(status), signedAt: intern.str(signedAt),
    patient: isPlainObject(patient) ? { personId: intern.str(patient.personId as string) } : undefined,
    issuer: isPlainObject(issuer) ? intern.obj({ hsaId: issuer.hsaId as string, name: issuer.name as string }) : undefined,
    unit: isPlainObject(unit) ? intern.obj({ hsaId: unit.hsaId as string, name: unit.name as string }) : undefined,
    answers: { sjukskrivning, diagnoser: intern.obj(answers.diagnoser), sysselsattning: intern.obj(answers.sysselsattning) },
  };
}

function progress(size: number): (bytes: number, done?: boolean) => void {
  if (size < PROGRESS_FROM_BYTES) return () => {};
  const tty = process.stderr.isTTY;
  let shown = -1;
  return (bytes, done) => {
    const percent = done ? 100 : Math.floor((bytes / size) * 100);
    // A terminal gets a bar redrawn in place; a log gets a line per tenth.
    if (tty ? percent === shown : Math.floor(percent / 10) === Math.floor(shown / 10)) return;
    shown = percent;
    if (tty) process.stderr.write(`\rläser ${'#'.repeat(percent / 5).padEnd(20, '.')} ${percent} %${done ? '\n' : ''}`);
    else process.stderr.write(`läser: ${percent} %\n`);
  };
}

/** `-` reads standard input, whose size is unknown, so it gets no progress bar. */
function open(file: string): { stream: NodeJS.ReadableStream & { bytesRead?: number }; size: number; name: string } {
  if (file === '-') {
    process.stdin.setEncoding('utf8');
    return { stream: process.stdin, size: 0, name: 'standard in' };
  }
  let size: number;
  try {
    size = statSync(file).size;
  } catch (error) {
    throw new UsageError(`Kan inte läsa ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
  return { stream: createReadStream(file, { encoding: 'utf8', highWaterMark: 1024 * 1024 }), size, name: file };
}

export async function readNdjson(file: string): Promise<NdjsonInput> {
  const { stream, size, name } = open(file);
  file = name;
  const show = progress(size);
  const result: NdjsonInput = { certificates: [], questions: [] };
  const intern = new Interner();
  let lineNo = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    lineNo += 1;
    if ((lineNo & 0x3fff) === 0) show(stream.bytesRead ?? 0);
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new UsageError(`${file}:${lineNo}: inte giltig JSON: ${(error as Error).message}.`);
    }
    if (isPlainObject(value) && isPlainObject(value.answers)) result.certificates.push(compact(value, intern));
    else if (isPlainObject(value) && typeof value.certificateId === 'string' && typeof value.subject === 'string') {
      result.questions.push({ certificateId: value.certificateId, subject: value.subject });
    } else throw new UsageError(`${file}:${lineNo}: raden är varken ett intyg (med "answers") eller ett ärende (med "certificateId" och "subject").`);
  }
  show(size, true);
  return result;
}
