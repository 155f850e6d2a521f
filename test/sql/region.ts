/**
 * Seeded random regions for the differential tests: a few patients whose certificates crowd
 * around the active date, so overlaps, gaps of exactly N days, ties in signing time, revoked,
 * locked and replaced certificates, missing ids and odd personnummer all occur often.
 */

import fc from 'fast-check';
import { formatDay, parseDay } from '../../src/decision/days.js';
import type { SickLeaveCertificate, SjukfallOptions } from '../../src/decision/sjukfall.js';

export const ACTIVE = '2026-03-15';
const base = parseDay(ACTIVE) - 40;

/** Valid, samordningsnummer (day + 60), with dash, wrong check digit, ten digits, junk. */
const PERSON_IDS = ['191212121212', '194011306125', '19121212-1212', '199001011239', '198502612383', '191212121213', '8001011234', 'x', '20010229-1234', '196508172399'];
const DEGREES = ['HELT_NEDSATT', 'TRE_FJARDEDEL', 'HALFTEN', 'EN_FJARDEDEL', 'OKAND'];
const CODES = ['F321', 'f32.1', 'M545', 'S82.50', 'J06', '', 'Z', 'U071', 'X99.9', 'C50.9'];
const SIGNED = ['2026-01-10', '2026-01-10T09:00', '2026-01-10T09:00:00Z', '2026-02-01T08:30', '2026-02-20', '2026-03-14T23:59', undefined];
const STATUSES = ['signed', 'signed', 'signed', 'signed', 'signed', undefined, 'draft', 'locked', 'revoked'];

const period = fc.record({ start: fc.noBias(fc.integer({ min: 15, max: 50 })), length: fc.noBias(fc.integer({ min: 0, max: 20 })), inverted: fc.integer({ min: 0, max: 14 }).map((n) => n === 0) })
  .map(({ start, length, inverted }) => (inverted ? { from: formatDay(base + start + length + 1), to: formatDay(base + start) } : { from: formatDay(base + start), to: formatDay(base + start + length) }));

const certificate = fc.record({
  patient: fc.constantFrom(...PERSON_IDS),
  periods: fc.array(fc.tuple(fc.constantFrom(...DEGREES), period), { minLength: 0, maxLength: 3, size: 'max' }),
  signedAt: fc.constantFrom(...SIGNED),
  status: fc.constantFrom(...STATUSES),
  unit: fc.constantFrom('SE-VE-1', 'SE-VE-1', 'SE-VE-2', undefined),
  issuer: fc.option(fc.record({ hsaId: fc.constantFrom('SE-LAK-1', 'SE-LAK-2'), name: fc.option(fc.constant('Ajla Doktor'), { nil: undefined }) }), { nil: undefined }),
  codes: fc.array(fc.constantFrom(...CODES), { maxLength: 3 }),
  occupation: fc.subarray(['NUVARANDE_ARBETE', 'ARBETSSOKANDE', 'STUDIER']),
  id: fc.option(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'), { nil: undefined, freq: 6 }),
  replacedBy: fc.option(fc.record({ signedAt: fc.constantFrom('2026-03-01T10:00', '2026-03-20'), code: fc.constantFrom(...CODES) }), { nil: undefined, freq: 5 }),
});

type Drawn = typeof certificate extends fc.Arbitrary<infer T> ? T : never;

function payload(c: Drawn, n: number): SickLeaveCertificate[] {
  const sjukskrivning: Record<string, { from: string; to: string }> = {};
  for (const [degree, p] of c.periods) sjukskrivning[degree] = p;
  const cert: SickLeaveCertificate = {
    id: c.id === undefined ? undefined : `${c.id}${n}`,
    type: 'fk7804', status: c.status, signedAt: c.signedAt,
    patient: { personId: c.patient },
    issuer: c.issuer, unit: c.unit === undefined ? undefined : { hsaId: c.unit, name: `Enhet ${c.unit}` },
    answers: { sjukskrivning, diagnoser: c.codes.map((code) => ({ code })), sysselsattning: c.occupation },
  };
  // A replacement: the same periods signed later with another diagnosis; the replaced one stays signed.
  if (!c.replacedBy) return [cert];
  return [cert, { ...cert, id: `${cert.id ?? `r${n}`}-ersatt`, signedAt: c.replacedBy.signedAt, answers: { ...cert.answers, diagnoser: [{ code: c.replacedBy.code }] } }];
}

export const region = fc.array(certificate, { minLength: 1, maxLength: 40, size: 'max' }).map((list) => list.flatMap(payload));

export const options = fc.record({
  activeDate: fc.constantFrom(ACTIVE, '2026-03-04', '2026-03-22'),
  gapDays: fc.constantFrom(0, 1, 2, 5, 5, 7, 30, 90),
  recentlyEndedDays: fc.constantFrom(0, 0, 1, 3, 14),
  unit: fc.constantFrom<string | undefined>(undefined, undefined, 'SE-VE-1', 'SE-VE-2'),
}) satisfies fc.Arbitrary<SjukfallOptions>;

/** Questions about some of the region's certificates (and one about none of them). */
export function questionsFor(certs: readonly SickLeaveCertificate[]): Array<{ certificateId: string; subject: string }> {
  const asked = certs.flatMap((c, i) => (i % 3 === 0 ? [{ certificateId: c.id ?? `#${i + 1}`, subject: i % 2 === 0 ? 'KOMPLT' : 'OVRIGT' }] : []));
  return [...asked, { certificateId: 'okänt-intyg', subject: 'KOMPLT' }];
}

export const toNdjson = (lines: readonly unknown[]) => lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
