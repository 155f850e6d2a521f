/** The FK7804 FMB length warning in the runtime (Webcert's validateSickLeavePeriod), opt-in. */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFmb } from '../../src/decision/load.js';
import { PACKAGE_ROOT, loadRuntime } from '../../src/project.js';

const runtime = loadRuntime();
const fmb = loadFmb();
const today = '2026-11-20';

/** Lumbago (M545): FMB recommends at most 14 days; the example asks for 22. */
function lumbago(from = '2026-11-19', to = '2026-12-10') {
  const payload = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'definitions/fk7804/examples/valid-heltid-lumbago.json'), 'utf8'));
  payload.answers.sjukskrivning = { HELT_NEDSATT: { from, to } };
  return payload;
}

const fmbIssues = (warnings: Array<{ field: string; code: string; message: string }>) => warnings.filter((w) => w.code === 'fmb-length-exceeded');

describe('FMB length warning', () => {
  it('changes nothing unless both the FMB data and the earlier periods are given', () => {
    const plain = runtime.validate(lumbago(), { today });
    expect(plain.warnings).toEqual([]);
    expect(runtime.validate(lumbago(), { today, fmb })).toEqual(plain);
    expect(runtime.validate(lumbago(), { today, earlierPeriods: [] })).toEqual(plain);
  });

  it('warns on question 37 when this certificate alone is longer than the recommendation', () => {
    const result = runtime.validate(lumbago(), { today, fmb, earlierPeriods: [] });
    expect(result.valid).toBe(true);
    const [warning] = fmbIssues(result.warnings);
    expect(warning.field).toBe('forlangningFmb');
    expect(warning.message).toContain('Den föreslagna sjukskrivningsperioden är längre än FMB:s rekommendation på 14 dagar för diagnosen M545');
    expect(warning.message).toContain('fråga 37');
  });

  it('adds earlier certificates of the same case (gap 5) but not older cases', () => {
    const short = lumbago('2026-11-19', '2026-11-28'); // 10 days
    expect(fmbIssues(runtime.validate(short, { today, fmb, earlierPeriods: [] }).warnings)).toEqual([]);
    // 10–14 November, then 15–18 uncovered (4 days): one case of 5 + 10 days.
    const joined = fmbIssues(runtime.validate(short, { today, fmb, earlierPeriods: [{ from: '2026-11-10', to: '2026-11-14' }] }).warnings);
    expect(joined[0].message).toMatch(/^Den totala sjukskrivningsperioden är 15 dagar och därmed längre än FMB:s rekommendation på 14 dagar/);
    // Ending 12 November leaves 13–18 uncovered, six days: another case.
    expect(fmbIssues(runtime.validate(short, { today, fmb, earlierPeriods: [{ from: '2026-11-01', to: '2026-11-12' }] }).warnings)).toEqual([]);
  });

  it('stays silent without FMB support for the diagnosis', () => {
    const payload = lumbago();
    payload.answers.diagnoser = [{ code: 'X99', description: 'Okänd' }];
    expect(fmbIssues(runtime.validate(payload, { today, fmb, earlierPeriods: [] }).warnings)).toEqual([]);
  });
});
