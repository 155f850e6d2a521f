/** `intyg actions` through the real CLI: allowed actions, the reasons for the rest, and bad input. */

import { afterAll, describe, expect, it } from 'vitest';
import { expectNoStackTrace, runCli, tempDir, writeTemp } from './run-cli.js';

const { dir, cleanup } = tempDir('actions');
afterAll(cleanup);

const fk7804 = { type: 'fk7804', status: 'signed', signedAt: '2026-11-20', patient: { personId: '191212121212' }, answers: {} };

describe('intyg actions', () => {
  it('lists allowed actions and the reasons for the others', () => {
    const file = writeTemp(dir, 'fk7804.json', JSON.stringify(fk7804));
    const run = runCli(['actions', file, '--as', 'sjukskoterska', '--today', '2026-11-23']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Läkarintyg för sjukpenning, status signed, som sjukskoterska:');
    expect(run.stdout).toMatch(/tillåten {2}renew \(Förnya\)/);
    expect(run.stdout).toContain('nej       replace (Ersätt): Sjuksköterska får inte ersätta Läkarintyg för sjukpenning.');
    expect(run.stdout).toContain('[consent-missing]');
  });

  it('--json, with a context from the file', () => {
    const file = writeTemp(dir, 'wrapped.json', JSON.stringify({ certificate: fk7804, context: { consent: true } }));
    const run = runCli(['actions', file, '--as', 'lakare', '--today', '2026-11-23', '--json']);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as { status: string; actions: Array<{ action: string; allowed: boolean }> };
    expect(result.status).toBe('signed');
    expect(result.actions.find((entry) => entry.action === 'send')?.allowed).toBe(true);
  });

  it.each([
    [['--as', 'kock'], /--as ska vara en av/],
    [['--as', 'lakare', '--today', 'igår'], /--today ska vara ett datum/],
  ])('refuses %j with exit 2', (args, message) => {
    const file = writeTemp(dir, 'ok.json', JSON.stringify(fk7804));
    const run = runCli(['actions', file, ...args]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expectNoStackTrace(run);
  });

  it('an unknown type is a usage error', () => {
    const file = writeTemp(dir, 'unknown.json', JSON.stringify({ ...fk7804, type: 'nej' }));
    const run = runCli(['actions', file, '--as', 'lakare']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Okänd intygstyp "nej"');
  });
});
