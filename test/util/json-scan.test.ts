/** The look at JSON text before parsing: depth, distinct keys and values, each refused early. */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanJson } from '../../src/util/json-scan.js';

const limits = { depth: 4, distinctKeys: 3, values: 10 };

describe('scanJson', () => {
  it('passes ordinary documents', () => {
    expect(scanJson('{"a":[1,2,{"b":"c"}],"d":null}', limits)).toBeNull();
    expect(scanJson('"just text"', limits)).toBeNull();
  });

  it('counts nesting, and ignores brackets inside strings', () => {
    expect(scanJson('[[[[1]]]]', limits)).toBeNull();
    expect(scanJson('[[[[[1]]]]]', limits)).toBe('too-deep');
    expect(scanJson('["[[[[[[[[[[["]', limits)).toBeNull();
  });

  it('counts distinct keys, the same key any number of times once', () => {
    expect(scanJson('[{"a":1},{"a":2},{"b":3},{"c":4}]', limits)).toBeNull();
    expect(scanJson('{"a":1,"b":2,"c":3,"d":4}', { ...limits, values: 100 })).toBe('too-many-keys');
  });

  it('counts values as separators and containers, an upper bound', () => {
    expect(scanJson(`[${Array(10).fill(0).join(',')}]`, { ...limits, values: 11 })).toBeNull();
    expect(scanJson(`[${Array(20).fill(0).join(',')}]`, limits)).toBe('too-many-values');
    expect(scanJson('["a,b,c,d,e,f,g,h,i,j,k,l"]', limits)).toBeNull();
  });

  it('handles escaped quotes and backslashes in strings and keys', () => {
    expect(scanJson('{"a\\\\":"\\"{{{{{{\\"","b\\"c":1}', limits)).toBeNull();
    expect(scanJson('["\\\\\\"[[[[[[["]', limits)).toBeNull();
  });

  it('leaves malformed JSON to JSON.parse', () => {
    expect(scanJson('{"a":"unterminated', limits)).toBeNull();
  });

  it('never refuses what JSON.parse reads within the limits (property)', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
      const text = JSON.stringify(value);
      expect(scanJson(text, { depth: 32, distinctKeys: 10_000, values: 100_000 })).toBeNull();
    }), { numRuns: 500 });
  });
});
