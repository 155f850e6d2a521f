/**
 * Progress of a long SQL step on stderr, as the NDJSON reader shows it: a bar redrawn in place on
 * a terminal, a line per tenth in a log, nothing for steps that finish within a second.
 */

export type ProgressSink = (step: string, percent: number, done: boolean) => void;

const SHOW_AFTER_MS = 1000;

export function stderrProgress(stream: NodeJS.WriteStream = process.stderr): ProgressSink {
  let current = '', shown = -1;
  return (step, percent, done) => {
    if (step !== current) { current = step; shown = -1; }
    const p = done ? 100 : Math.max(0, Math.min(99, Math.floor(percent)));
    if (stream.isTTY ? p === shown : Math.floor(p / 10) === Math.floor(shown / 10)) return;
    shown = p;
    if (stream.isTTY) stream.write(`\r${step} ${'#'.repeat(Math.floor(p / 5)).padEnd(20, '.')} ${p} %${done ? '\n' : ''}`);
    else stream.write(`${step}: ${p} %\n`);
  };
}

/** Polls `percent()` while `work` runs; reports only when it runs longer than a second. */
export async function withProgress<T>(sink: ProgressSink | undefined, step: string, percent: () => number, work: Promise<T>): Promise<T> {
  if (!sink) return work;
  const started = Date.now();
  let reported = false;
  const timer = setInterval(() => {
    if (Date.now() - started < SHOW_AFTER_MS) return;
    const p = percent();
    if (p >= 0) { reported = true; sink(step, p, false); }
  }, 250);
  try {
    const result = await work;
    if (reported) sink(step, 100, true);
    return result;
  } finally {
    clearInterval(timer);
  }
}
