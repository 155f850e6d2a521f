/** Envelope timestamps in Swedish time, whatever the machine's zone. */

import { describe, expect, it } from 'vitest';
import { swedishDate, swedishInstant, swedishWallTime } from '../../src/documents/time.js';

describe('timestamps', () => {
  it.each([
    ['2026-03-18', '2026-03-18', '2026-03-18', Date.UTC(2026, 2, 17, 23)],
    ['2026-03-18T08:42', '2026-03-18', '2026-03-18 08:42', Date.UTC(2026, 2, 18, 7, 42)],
    ['2026-03-18T23:30Z', '2026-03-19', '2026-03-19 00:30', Date.UTC(2026, 2, 18, 23, 30)],
    ['2026-07-01T22:30Z', '2026-07-02', '2026-07-02 00:30', Date.UTC(2026, 6, 1, 22, 30)],
    ['2026-07-01T08:00', '2026-07-01', '2026-07-01 08:00', Date.UTC(2026, 6, 1, 6)],
    ['2026-07-01T08:00+02:00', '2026-07-01', '2026-07-01 08:00', Date.UTC(2026, 6, 1, 6)],
  ])('%s: day %s, wall time %s', (timestamp, day, wall, instant) => {
    expect(swedishDate(timestamp)).toBe(day);
    expect(swedishWallTime(timestamp)).toBe(wall);
    expect(swedishInstant(timestamp)).toBe(instant);
  });
});
