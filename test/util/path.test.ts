/**
 * Owns the JSONPath subset (`$.key`, `$[n]`, chains) and resolvePath, which must behave like
 * json-rules-engine's almanac for answers while never reaching prototype members.
 */

import { describe, expect, it } from 'vitest';
import { joinFieldPath, parsePath, resolvePath } from '../../src/util/path.js';

describe('parsePath', () => {
  it('parses keys, indexes and chains', () => {
    expect(parsePath('$')).toEqual([]);
    expect(parsePath('$.ANNAT')).toEqual(['ANNAT']);
    expect(parsePath('$[0]')).toEqual([0]);
    expect(parsePath('$.HALFTEN.from')).toEqual(['HALFTEN', 'from']);
    expect(parsePath('$[0].datum')).toEqual([0, 'datum']);
    expect(parsePath('$.a[12][3].b_2')).toEqual(['a', 12, 3, 'b_2']);
    expect(parsePath('$._x')).toEqual(['_x']);
  });

  it('returns null outside the subset', () => {
    const outside = [
      '', 'ANNAT', '.ANNAT', '$.', '$..a', '$.*', '$[*]', '$["a"]', "$['a']", '$[-1]', '$[12345]',
      '$.2a', '$.a-b', '$.a b', '$[0', '$.a]', '$ .a', '$.å', '@.a', '$.a.', '$[0.5]',
    ];
    for (const path of outside) expect(parsePath(path), path).toBeNull();
  });

  it('is not confused by a previous parse (the regex is sticky and shared)', () => {
    expect(parsePath('$.a-b')).toBeNull();
    expect(parsePath('$.b')).toEqual(['b']);
    expect(parsePath('$[1]')).toEqual([1]);
  });
});

describe('resolvePath', () => {
  const answers = {
    baseratPa: { ANNAT: '2026-11-01' },
    diagnoser: [{ code: 'F32.1', description: 'Depression' }],
    sjukskrivning: { HALFTEN: { from: '2026-11-10', to: '2026-11-30' } },
  };

  it('follows keys and indexes', () => {
    expect(resolvePath(answers, ['baseratPa', 'ANNAT'])).toBe('2026-11-01');
    expect(resolvePath(answers, ['diagnoser', 0, 'code'])).toBe('F32.1');
    expect(resolvePath(answers, ['sjukskrivning', 'HALFTEN', 'to'])).toBe('2026-11-30');
    expect(resolvePath(answers, [])).toBe(answers);
  });

  it('gives undefined for a missing step or a step of the wrong kind', () => {
    expect(resolvePath(answers, ['baseratPa', 'UNDERSOKNING'])).toBeUndefined();
    expect(resolvePath(answers, ['diagnoser', 1, 'code'])).toBeUndefined();
    expect(resolvePath(answers, ['diagnoser', 'length'])).toBeUndefined();
    expect(resolvePath(answers, ['baseratPa', 0])).toBeUndefined();
    expect(resolvePath(answers, ['baseratPa', 'ANNAT', 'length'])).toBeUndefined();
    expect(resolvePath({ a: null }, ['a', 'b'])).toBeUndefined();
  });

  it('returns a fact that is not an object as it is, as the almanac does', () => {
    expect(resolvePath('2026-11-20', ['from'])).toBe('2026-11-20');
    expect(resolvePath(3, [0])).toBe(3);
    expect(resolvePath(undefined, ['a'])).toBeUndefined();
    expect(resolvePath(null, ['a'])).toBeNull();
  });

  it('never reads prototype members', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__']) {
      expect(resolvePath({}, [name]), name).toBeUndefined();
      expect(resolvePath({ a: {} }, ['a', name]), name).toBeUndefined();
      expect(resolvePath([], [name]), name).toBeUndefined();
    }
    expect(resolvePath({}, ['constructor', 'name'])).toBeUndefined();
    expect(resolvePath(Object.create({ inherited: 'x' }), ['inherited'])).toBeUndefined();
  });

  it('reads own properties even when they carry prototype names', () => {
    const payload = JSON.parse('{"__proto__": {"x": 1}, "constructor": "c"}') as unknown;
    expect(resolvePath(payload, ['__proto__', 'x'])).toBe(1);
    expect(resolvePath(payload, ['constructor'])).toBe('c');
  });

  it('reads array holes as undefined', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(resolvePath([, 'b'], [0])).toBeUndefined();
  });
});

describe('joinFieldPath', () => {
  it('builds result paths as validation reports them', () => {
    expect(joinFieldPath('annatBeskrivning', [])).toBe('annatBeskrivning');
    expect(joinFieldPath('baseratPa', ['ANNAT'])).toBe('baseratPa.ANNAT');
    expect(joinFieldPath('sjukskrivning', ['HALFTEN', 'to'])).toBe('sjukskrivning.HALFTEN.to');
    expect(joinFieldPath('diagnoser', [1, 'code'])).toBe('diagnoser[1].code');
  });

  it('is the inverse of parsePath for the supported subset', () => {
    for (const path of ['$.a', '$[0].b', '$.a[2][3].c']) expect(`$${joinFieldPath('', parsePath(path)!)}`).toBe(path);
  });
});
