/** YAML aliases: measured expansion, so bombs and cycles are refused and ordinary reuse is not. */

import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { checkAliases } from '../../src/definition/aliases.js';

const check = (text: string, limit?: number) => checkAliases(parseDocument(text), limit);

describe('checkAliases', () => {
  it('allows any number of aliases of a small node', () => {
    expect(check(`a: &a { k: 1 }\nlist: [${Array(500).fill('*a').join(', ')}]\n`)).toBeNull();
  });

  it('refuses aliases of aliases that grow past the limit, at the alias that crosses it', () => {
    const bomb = 'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n';
    expect(check(bomb)).toBeNull();
    const found = check(bomb, 500);
    expect(found).toMatchObject({ kind: 'bomb', name: 'b' });
    expect(found!.alias.range![0]).toBeGreaterThan(bomb.indexOf('c:'));
  });

  it('refuses an alias inside its own anchor', () => {
    expect(check('a: &a [1, *a]\n')).toMatchObject({ kind: 'cycle', name: 'a' });
    expect(check('a: &a { b: { c: *a } }\n')).toMatchObject({ kind: 'cycle', name: 'a' });
  });

  it('stays fast on a nine-level bomb, since anchored nodes are measured once', () => {
    const levels = Array.from({ length: 9 }, (_, i) => `l${i}: &l${i} [${Array(10).fill(i === 0 ? 'x' : `*l${i - 1}`).join(', ')}]`).join('\n');
    const started = performance.now();
    expect(check(levels)).toMatchObject({ kind: 'bomb' });
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
