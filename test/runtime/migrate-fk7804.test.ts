/**
 * FK7804 version 1.2 (lisjp) drafts migrated to 2.0: the report's content on the examples, and
 * the property the issue asks for: over generated valid 1.2 drafts, the migrated draft is valid
 * or has errors only on questions the report names.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listExamples } from '../../src/examples.js';
import type { MigrationReport } from '../../src/runtime/migrate.js';
import { fk7804v12Draft, V12_TODAY } from '../helpers/fk7804-v12.js';
import { project } from '../helpers/project.js';

const { runtime } = project();
const examples = listExamples().filter((example) => example.type === 'fk7804' && example.version === '1.2');
const byName = (name: string) => examples.find((example) => example.name === name)!;

function migrated(payload: unknown, today = V12_TODAY) {
  const outcome = runtime.migrate(payload, { today });
  if (outcome.errors.length || !('report' in outcome)) throw new Error(JSON.stringify(outcome.errors));
  return outcome;
}

const summary = (report: MigrationReport) => report.changes.map((entry) => `${entry.kind} ${entry.from ? `${entry.from}→` : ''}${entry.field}${entry.reason ? ` (${entry.reason})` : ''}`);

describe('FK7804 1.2 → 2.0', () => {
  it('reports every answer moved, changed or dropped, and the questions 2.0 now requires', () => {
    const { certificate, report } = migrated(byName('valid-deltid-atgarder-och-kontakt').payload);
    expect(report).toMatchObject({ type: 'fk7804', from: '1.2', to: '2.0' });
    expect(summary(report)).toEqual([
      'changed baseratPa',
      'changed prognos',
      'dropped arbetslivsinriktadeAtgarder (declared)',
      'dropped planeradBehandling (declared)',
      'dropped arbetstidsforlaggning (declared)',
      'dropped arbetstidsforlaggningMotivering (declared)',
      'moved prognosDagarTillArbete→prognosManader',
      'required ojamnArbetstid',
    ]);
    expect(report.changes.find((entry) => entry.field === 'prognosManader')).toMatchObject({ before: 'SEXTIO_DGR', after: 2 });
    expect(report.changes.find((entry) => entry.field === 'planeradBehandling')!.message).toBe(
      'Svaret på "Planerade medicinska behandlingar/åtgärder." följer inte med till version 2.0: version 2.0 frågar bara om pågående och planerade behandlingar i en och samma fråga (19). För över texten dit om den behövs.',
    );
    expect(certificate).toMatchObject({ version: '2.0', answers: { baseratPa: { FYSISKUNDERSOKNING: '2024-03-12' }, prognos: 'ATER_X_ANTAL_MANADER', prognosManader: 2 } });
    expect(runtime.validate(certificate, { today: V12_TODAY }).errors.map((issue) => `${issue.field} ${issue.code}`)).toEqual(['ojamnArbetstid required']);
  });

  it('carries a full-time draft without anything to report but the dropped measures', () => {
    const { certificate, report } = migrated(byName('valid-heltid-lumbago').payload);
    expect(summary(report)).toEqual(['changed baseratPa', 'dropped arbetslivsinriktadeAtgarder (declared)']);
    expect(runtime.validate(certificate, { today: V12_TODAY }).valid).toBe(true);
  });

  it('says that an unclear prognosis now needs its description, and drops the 1.2-only help texts', () => {
    const payload = structuredClone(byName('valid-telefonkontakt-tidig-start').payload) as { answers: Record<string, unknown> };
    payload.answers.prognos = 'PROGNOS_OKLAR';
    const { report } = migrated(payload);
    expect(summary(report)).toEqual([
      'dropped arbetslivsinriktadeAtgarder (declared)',
      'dropped motiveringInteBaseratPaUndersokning (declared)',
      'dropped motiveringTidigtStartdatum (declared)',
      'required prognosBeskrivning',
    ]);
  });

  it('refuses the signed certificate: it stays a 1.2 certificate', () => {
    const outcome = runtime.migrate(byName('valid-signerat-efter-avveckling').payload, { today: '2026-11-20' });
    expect(outcome.errors).toEqual([expect.objectContaining({ code: 'not-a-draft' })]);
    expect(runtime.validate(byName('valid-signerat-efter-avveckling').payload, { today: '2026-11-20' }).valid).toBe(true);
  });

  it('property: a migrated valid 1.2 draft is valid, or has errors only on questions the report names', () => {
    const kinds = new Map<string, number>();
    fc.assert(fc.property(fk7804v12Draft, (payload) => {
      const before = runtime.validate(payload, { today: V12_TODAY });
      expect(before.errors, 'the generator makes valid 1.2 drafts').toEqual([]);
      const { certificate, report } = migrated(payload);
      for (const entry of report.changes) kinds.set(entry.kind, (kinds.get(entry.kind) ?? 0) + 1);
      const named = new Set(report.changes.filter((entry) => entry.kind !== 'dropped').map((entry) => entry.field));
      const after = runtime.validate(certificate, { today: V12_TODAY });
      for (const issue of after.errors) expect(named, `${issue.field} ${issue.code}: ${issue.message}`).toContain(/^[A-Za-z0-9]+/.exec(issue.field)?.[0]);
      // What the report calls required or invalid really is wrong with the draft.
      for (const entry of report.changes.filter((change) => change.kind === 'required' || change.kind === 'invalid')) {
        expect(after.errors.some((issue) => issue.field.startsWith(entry.field)), `${entry.kind} ${entry.field}`).toBe(true);
      }
    }), { numRuns: 300, seed: 15 });
    // The generated drafts reach every kind of change the FK7804 migration has.
    for (const kind of ['changed', 'moved', 'dropped', 'required', 'invalid']) expect(kinds.get(kind), kind).toBeGreaterThan(0);
  });
});
