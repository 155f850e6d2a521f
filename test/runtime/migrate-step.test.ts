/** How `migrate.values` maps an answer: a single option id, each item of a list, each key of a keyed answer. */

import { describe, expect, it } from 'vitest';
import { mapValue } from '../../src/runtime/migrate-step.js';

const map = { UNDERSOKNING: 'FYSISK', FORALDRALEDIG: null, TRETTIO: 1 };

describe('mapValue', () => {
  it('maps a single value, leaves an unmapped one, and gives nothing for a value mapped to null', () => {
    expect(mapValue('UNDERSOKNING', map)).toBe('FYSISK');
    expect(mapValue('TRETTIO', map)).toBe(1);
    expect(mapValue('ANNAT', map)).toBe('ANNAT');
    expect(mapValue('FORALDRALEDIG', map)).toBeUndefined();
  });

  it('maps each item of a list, drops the nulls and the repeats, and gives nothing for an empty result', () => {
    expect(mapValue(['UNDERSOKNING', 'FORALDRALEDIG', 'ANNAT'], map)).toEqual(['FYSISK', 'ANNAT']);
    expect(mapValue(['UNDERSOKNING', 'FYSISK'], map)).toEqual(['FYSISK']);
    expect(mapValue(['FORALDRALEDIG'], map)).toBeUndefined();
  });

  it('maps the keys of an answer keyed by options, keeping what each key holds', () => {
    expect(mapValue({ UNDERSOKNING: '2026-11-19', ANNAT: '2026-11-18' }, map)).toEqual({ FYSISK: '2026-11-19', ANNAT: '2026-11-18' });
    expect(mapValue({ FORALDRALEDIG: { from: '2026-11-01', to: '2026-11-30' } }, map)).toBeUndefined();
  });

  it('does not read an option id off the prototype', () => {
    expect(mapValue('constructor', map)).toBe('constructor');
  });
});
