/**
 * Progress of a long SQL step on stderr, as the NDJSON reader shows it: a bar redrawn in place on
 * a terminal, a line per tenth in a log, nothing for steps that finish within a second.
 */

/** percent is null when the engine cannot tell how far it is (PostgreSQL): then seconds are shown. */
export type ProgressSink = (step: string, percent: number | null, done: boolean, seconds?: number) => void;

const SHOW_AFTER_MS = 1000;

export function stderrProgress(stream: NodeJS.WriteStream = process.stderr): ProgressSink {
  let current = '', shown = -1;
  return (step, percent, done, seconds = 0) => {
    if (step !== current) { current = step; shown = -1; }
    if (percent === null) {
      if (done) return void (stream.isTTY && stream.write('\n'));
      if (stream.isTTY) stream.write(`\r${step} … ${seconds} s`);
      else if (seconds % 10 === 0 && seconds !== shown) stream.write(`${step}: ${seconds} s\n`);
      shown = seconds;
      return;
    }
    const p = done ? 100 : Math.max(0, Math.min(99, Math.floor(percent)));
    if (stream.isTTY ? p === shown : Math.floor(p / 10) === Math.floor(shown / 10)) return;
    shown = p;
    if (stream.isTTY) stream.write(`\r${step} ${'#'.repeat(Math.floor(p / 5)).padEnd(20, '.')} ${p} %${done ? '\n' : ''}`);
    else stream.write(`${step}: ${p} %\n`);
  };
}

/** Polls `percent()` (−1: unknown) while `work` runs; reports only when it runs longer than a second. */
export async function withProgress<T>(sink: ProgressSink | undefined, step: string, percent: () => number, work: Promise<T>): Promise<T> {
  if (!sink) return work;
  const started = Date.now();
  let reported = false, known = false;
  const timer = setInterval(() => {
    if (Date.now() - started < SHOW_AFTER_MS) return;
    const p = percent();
    reported = true;
    known = p >= 0;
    sink(step, known ? p : null, false, Math.floor((Date.now() - started) / 1000));
  }, 250);
  try {
    const result = await work;
    if (reported) sink(step, known ? 100 : null, true);
    return result;
  } finally {
    clearInterval(timer);
  }
}
