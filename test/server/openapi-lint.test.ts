/**
 * An independent linter over the live /openapi.json: Redocly's built-in `recommended` rules
 * (@redocly/openapi-core, no network). Errors fail; warnings are printed. The four known
 * warnings are `operation-4xx-response` on GET /types, /health, /ready and /openapi.json, which
 * take no input and have no 4xx to send.
 */

import { createConfig, lintFromString, type NormalizedProblem } from '@redocly/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start, type Running } from './helpers.js';

let s: Running;
beforeAll(async () => { s = await start(); });
afterAll(async () => { await s.close(); });

const line = (problem: NormalizedProblem) => `${problem.severity} ${problem.ruleId} ${problem.location[0]?.pointer ?? ''}: ${problem.message}`;

describe('redocly recommended', () => {
  it('finds no errors in /openapi.json', async () => {
    const source = await (await fetch(`${s.url}/openapi.json`)).text();
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source, absoluteRef: 'openapi.json', config });
    const warnings = problems.filter((problem) => problem.severity !== 'error');
    if (warnings.length) console.warn(`redocly: ${warnings.length} warnings\n${warnings.map(line).join('\n')}`);
    expect(problems.filter((problem) => problem.severity === 'error').map(line)).toEqual([]);
  });

  it('would fail on a broken document', async () => {
    // The same linter on a document without servers or security must report errors, so the test above can fail.
    const source = await (await fetch(`${s.url}/openapi.json`)).text();
    const { servers: _servers, security: _security, ...rest } = JSON.parse(source);
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source: JSON.stringify(rest), absoluteRef: 'openapi.json', config });
    expect(problems.filter((problem) => problem.severity === 'error').map((problem) => problem.ruleId)).toEqual(expect.arrayContaining(['no-empty-servers', 'security-defined']));
  });
});
