/** Times on a printout: Swedish wall time whatever the machine's zone, and PDF dates. */

import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/project.js';
import { dateOf, formatInstant, formatTimestamp, instantOf, pdfDate } from '../../src/render/time.js';

describe('formatTimestamp', () => {
  it.each([
    ['2026-11-20', '2026-11-20'],
    ['2026-11-20T14:05', '2026-11-20 14:05'],
    ['2026-11-20T14:05:59.123', '2026-11-20 14:05'],
    ['2026-11-20T13:05:00Z', '2026-11-20 14:05'],
    ['2026-06-20T12:05:00Z', '2026-06-20 14:05'],
    ['2026-11-20T23:30:00Z', '2026-11-21 00:30'],
    ['2026-11-20T14:05:00+01:00', '2026-11-20 14:05'],
  ])('%s → %s', (value, expected) => {
    expect(formatTimestamp(value)).toBe(expected);
  });

  it.each([undefined, 42, '', 'i går', '2026-11-20 14:05'])('%s is no timestamp', (value) => {
    expect(formatTimestamp(value)).toBeUndefined();
  });
});

describe('instantOf', () => {
  it('reads a time without offset as Swedish time, winter and summer', () => {
    expect(instantOf('2026-11-20T14:05')).toBe(Date.UTC(2026, 10, 20, 13, 5));
    expect(instantOf('2026-06-20T14:05')).toBe(Date.UTC(2026, 5, 20, 12, 5));
    expect(instantOf('2026-11-20')).toBe(Date.UTC(2026, 10, 19, 23, 0));
  });

  it('takes an explicit offset as given', () => {
    expect(instantOf('2026-11-20T14:05:00Z')).toBe(Date.UTC(2026, 10, 20, 14, 5));
    expect(formatInstant(instantOf('2026-11-20T14:05:00Z')!)).toBe('2026-11-20 15:05');
    expect(dateOf('2026-11-20T23:30:00Z')).toBe('2026-11-21');
  });

  it('is the same in any time zone of the machine', () => {
    const script = "import('./src/render/time.ts').then((t) => console.log(t.instantOf('2026-11-20T14:05'), t.formatTimestamp('2026-11-20T13:05:00Z')))";
    const outputs = ['UTC', 'America/New_York', 'Asia/Tokyo'].map((zone) =>
      spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: PACKAGE_ROOT, encoding: 'utf8', env: { ...process.env, TZ: zone } }).stdout.trim());
    expect(new Set(outputs)).toEqual(new Set([`${Date.UTC(2026, 10, 20, 13, 5)} 2026-11-20 14:05`]));
  });
});

describe('pdfDate', () => {
  it('has the 23 characters of Skia\'s own dates, in UTC', () => {
    expect(pdfDate(Date.UTC(2026, 10, 20, 13, 5, 9))).toBe("D:20261120130509+00'00'");
  });
});
