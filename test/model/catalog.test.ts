/** Versions side by side: ordering, what a user's "version 1" means, the catalog and retirement. */

import { describe, expect, it } from 'vitest';
import { catalogOf, compareVersions, createCatalog, generatedBaseName, isRetired, resolveVersion, versionSuffix } from '../../src/model/catalog.js';
import { makeModel } from '../helpers/model.js';

const version = (v: string, extra: object = {}) => ({ ...makeModel(), version: v, ...extra });

describe('compareVersions', () => {
  it('orders by the numbers, not the text', () => {
    expect(['10.0', '2.0', '1.2', '1.10', '1'].sort(compareVersions)).toEqual(['1', '1.2', '1.10', '2.0', '10.0']);
    expect(compareVersions('2', '2.0')).toBe(0);
  });
});

describe('resolveVersion', () => {
  it('takes the exact version, or the only one with that major number', () => {
    expect(resolveVersion(['1.2', '2.0'], '2.0')).toBe('2.0');
    expect(resolveVersion(['1.2', '2.0'], '1')).toBe('1.2');
    expect(resolveVersion(['1.2', '2.0'], '2')).toBe('2.0');
  });

  it('refuses what is ambiguous or absent, and never shortens a version with a dot', () => {
    expect(resolveVersion(['1.1', '1.2'], '1')).toBeUndefined();
    expect(resolveVersion(['1.2'], '3')).toBeUndefined();
    expect(resolveVersion(['1.2'], '1.0')).toBeUndefined();
  });
});

describe('a catalog', () => {
  const old = version('1.2');
  const current = version('2.0');
  const other = { ...makeModel(), id: 'annat' };
  const catalog = createCatalog([current, other, old]);

  it('maps a type id to its newest version, as a plain map of types would', () => {
    expect(catalog.get('exempel')).toBe(current);
    expect(catalog.size).toBe(2);
    expect([...catalog.keys()]).toEqual(['annat', 'exempel']);
  });

  it('finds every version by its exact number, oldest first', () => {
    expect(catalog.find('exempel', '1.2')).toBe(old);
    expect(catalog.find('exempel', '1')).toBeUndefined();
    expect(catalog.find('exempel', 12)).toBeUndefined();
    expect(catalog.versionsOf('exempel')).toEqual([old, current]);
    expect(catalog.all()).toEqual([other, old, current]);
    expect(catalog.isCurrent(current)).toBe(true);
    expect(catalog.isCurrent(old)).toBe(false);
  });

  it('is made from a plain map of current models too, and returned as it is when it already is one', () => {
    expect(catalogOf(catalog)).toBe(catalog);
    const fromMap = catalogOf(new Map([['exempel', current]]));
    expect(fromMap.versionsOf('exempel')).toEqual([current]);
  });
});

describe('generated names', () => {
  it('keeps the plain name for the current version and names the others by version', () => {
    expect(generatedBaseName({ id: 'fk7804', version: '2.0' }, true)).toBe('fk7804');
    expect(generatedBaseName({ id: 'fk7804', version: '1.2' }, false)).toBe('fk7804.v1.2');
    expect(versionSuffix('1.2')).toBe('V1_2');
  });
});

describe('isRetired', () => {
  it('is false through the retired day and true from the day after', () => {
    const model = version('1.2', { retired: '2025-08-04' });
    expect(isRetired(model, '2025-08-04')).toBe(false);
    expect(isRetired(model, '2025-08-05')).toBe(true);
    expect(isRetired(version('2.0'), '2099-01-01')).toBe(false);
  });
});
