/**
 * The adversarial payload corpus through `intyg validate`: a result (exit 0 or 1) with the issue
 * list capped, or a one-line usage error (exit 2) for shapes no certificate has; never a stack
 * trace, never a hang.
 */

import { afterAll, describe, expect, it } from 'vitest';
import { adversarialPayloads } from '../../scripts/bench/adversarial-payloads.js';
import { project } from '../helpers/project.js';
import { expectNoStackTrace, runCli, tempDir, writeTemp } from './run-cli.js';

const { dir, cleanup } = tempDir('adversarial');
afterAll(cleanup);

const corpus = adversarialPayloads(new Map([...project().runtime.models].map(([id, model]) => [id, model.version])));
const pick = (name: string) => corpus.find((payload) => payload.name === name)!;

describe('intyg validate on adversarial payloads', () => {
  it.each([
    'icf-190000-duplicate-codes', 'diagnoses-190000-wrong-items', 'answers-9500-unknown-questions',
    'text-one-nul-at-the-end', 'text-full-of-lone-surrogates', 'impossible-dates-everywhere',
  ])('%s: exit 1 with a capped JSON result', (name) => {
    const run = runCli(['validate', writeTemp(dir, `${name}.json`, pick(name).body), '--json', '--today', '2026-11-20']);
    expectNoStackTrace(run);
    expect(run.status).toBe(1);
    const result = JSON.parse(run.stdout);
    expect(result.valid).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors.length).toBeLessThanOrEqual(100);
    expect(run.stdout.length).toBeLessThan(100_000);
  });

  it.each([
    ['20000-distinct-keys', /fler än 10000 olika nycklar; det är inget intyg/],
    ['nesting-a-million-deep', /nästlad djupare än 32 nivåer; det är inget intyg/],
    ['a-million-values', /fler än 200000 värden; det är inget intyg/],
  ])('%s: exit 2 with one line saying why', (name, message) => {
    const run = runCli(['validate', writeTemp(dir, `${name}.json`, pick(name).body)]);
    expectNoStackTrace(run);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('names the flag for an impossible --today, in Swedish', () => {
    const run = runCli(['validate', writeTemp(dir, 'dates.json', pick('impossible-dates-everywhere').body), '--today', '2026-02-30']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('intyg: --today "2026-02-30" är inget datum som finns i kalendern. Ange ett verkligt datum, ÅÅÅÅ-MM-DD.\n');
  });

  it('names the flag for an impossible --printed-at', () => {
    const run = runCli(['render', writeTemp(dir, 'print.json', pick('impossible-dates-everywhere').body), '--html', '--printed-at', '2026-11-20T25:00']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^intyg: --printed-at "2026-11-20T25:00" är ingen verklig tidpunkt\./);
  });
});
