/** `intyg actions` through the real CLI: allowed actions, the reasons for the rest, and bad input. */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFINITIONS_DIR } from '../../src/project.js';
import { expectNoStackTrace, runCli, tempDir, writeTemp } from './run-cli.js';

const { dir, cleanup } = tempDir('actions');
afterAll(cleanup);

// A real, valid FK7804: sending validates it.
const example = JSON.parse(readFileSync(join(DEFINITIONS_DIR, 'fk7804', 'examples', 'valid-heltid-lumbago.json'), 'utf8'));
const fk7804 = { ...example, status: 'signed', signedAt: '2026-11-20', patient: { personId: '191212121212' } };

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

  it('an invalid signed certificate may not be sent, and the errors say why', () => {
    const file = writeTemp(dir, 'invalid.json', JSON.stringify({ certificate: { ...fk7804, answers: {} }, context: { consent: true } }));
    const run = runCli(['actions', file, '--as', 'lakare', '--today', '2026-11-23', '--json']);
    const result = JSON.parse(run.stdout) as { actions: Array<{ action: string; allowed: boolean; code?: string; errors?: unknown[] }> };
    const send = result.actions.find((entry) => entry.action === 'send')!;
    expect(send).toMatchObject({ allowed: false, code: 'invalid-certificate' });
    expect(send.errors!.length).toBeGreaterThan(0);
  });

  it.each([
    [['--as', 'kock'], /--as ska vara en av/],
    [['--as', 'lakare', '--today', 'igår'], /--today ska vara ett datum/],
    [['--as', 'lakare', '--today', '2026-02-30'], /--today "2026-02-30" är inget datum som finns i kalendern/],
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
