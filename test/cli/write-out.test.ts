/** Results written in pieces are byte for byte the one-string output they replace. */

import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writeJsonArray, writeLines } from '../../src/cli/write-out.js';

function sink(): { stream: Writable; text: () => string } {
  let text = '';
  return { stream: new Writable({ write(chunk, _encoding, done) { text += chunk; done(); } }), text: () => text };
}

describe('write-out', () => {
  it('writes JSON.stringify(items, null, 2) and a newline, however large', async () => {
    const big = Array.from({ length: 20_000 }, (_, i) => ({ personId: `19121212${String(i).padStart(4, '0')}`, name: 'Läkare "x"\nny rad', list: [i, { nested: [] }], none: null }));
    for (const items of [[], [1], [{ a: [1, { b: 'å' }], c: null }, 'x', [], {}], big.slice(0, 1000), big.slice(0, 1001), big]) {
      const out = sink();
      await writeJsonArray(items, out.stream);
      expect(out.text()).toBe(`${JSON.stringify(items, null, 2)}\n`);
    }
  });

  it('writes lines as join and a newline', async () => {
    const out = sink();
    await writeLines(['a;b', '', 'c'], out.stream);
    expect(out.text()).toBe('a;b\n\nc\n');
  });
});
