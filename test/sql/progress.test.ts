/** Progress on stderr: nothing for a quick step, a bar on a terminal, a line per tenth in a log, seconds when the engine cannot tell. */

import { describe, expect, it } from 'vitest';
import { stderrProgress, withProgress } from '../../src/sql/progress.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function stream(isTTY: boolean): NodeJS.WriteStream & { text: string } {
  const s = { isTTY, text: '', write(chunk: string) { s.text += chunk; return true; } };
  return s as unknown as NodeJS.WriteStream & { text: string };
}

describe('progress', () => {
  it('says nothing for a step that finishes within a second', async () => {
    const log = stream(false);
    expect(await withProgress(stderrProgress(log), 'läser', () => 50, sleep(50).then(() => 7))).toBe(7);
    expect(log.text).toBe('');
  });

  it('reports a long step by tenths in a log and ends at 100 %', async () => {
    const log = stream(false);
    let percent = 0;
    const work = (async () => { for (percent = 0; percent < 60; percent += 20) await sleep(450); })();
    await withProgress(stderrProgress(log), 'läser', () => percent, work);
    const lines = log.text.trim().split('\n');
    expect(lines.at(-1)).toBe('läser: 100 %');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(new Set(lines).size).toBe(lines.length);
  });

  it('draws a bar on a terminal, and seconds when the percentage is unknown', () => {
    const tty = stream(true);
    const sink = stderrProgress(tty);
    sink('läser', 50, false);
    sink('läser', 100, true);
    expect(tty.text).toBe('\rläser ##########.......... 50 %\rläser #################### 100 %\n');
    const log = stream(false);
    stderrProgress(log)('beräknar i PostgreSQL', null, false, 10);
    expect(log.text).toBe('beräknar i PostgreSQL: 10 s\n');
  });
});
