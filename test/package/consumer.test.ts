/**
 * The package as a consumer gets it: `npm pack`, then installed from the tarball with
 * `--engine-strict` into scratch projects on this Node 20, with no tsx and no dev dependencies.
 * A plain-JS ESM project calls `validate` and `renderHtml`; TypeScript projects (strict, with
 * `node16` and with `bundler` resolution, library checks on) type-check against the shipped
 * `.d.ts`, using a generated certificate type; the installed CLI runs, and reports a damaged
 * installation as an internal error (exit 3) in one line.
 */

import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/project.js';

const scratch = mkdtempSync(join(tmpdir(), 'intyg-consumer-'));
const example = join(PACKAGE_ROOT, 'definitions/fk7804/examples/valid-deltid-ojamn-arbetstid.json');
let tarball = '';

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, {
    cwd, encoding: 'utf8', timeout: 240_000,
    env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: 'true', npm_config_engine_strict: 'true', npm_config_audit: 'false', npm_config_fund: 'false', INTYG_LANG: '' },
  });
  if (result.error) throw result.error;
  return result;
}

function project(name: string, extra: string[] = []): string {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }));
  const install = run('npm', ['install', tarball, ...extra, '--engine-strict', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund'], dir);
  expect(install.status, install.stdout + install.stderr).toBe(0);
  return dir;
}

beforeAll(() => {
  const pack = run('npm', ['pack', '--pack-destination', scratch, '--json'], PACKAGE_ROOT);
  expect(pack.status, pack.stderr).toBe(0);
  const [info] = JSON.parse(pack.stdout) as Array<{ filename: string; entryCount: number; size: number; unpackedSize: number; files: Array<{ path: string }> }>;
  tarball = join(scratch, info.filename);
  console.log(`npm pack: ${info.filename}, ${info.entryCount} files, ${(info.size / 1024).toFixed(0)} kB packed, ${(info.unpackedSize / 1024).toFixed(0)} kB unpacked`);
  const paths = info.files.map((file) => file.path);
  expect(paths).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'bin/intyg.mjs', 'dist/src/index.js', 'dist/src/index.d.ts', 'dist/generated/index.d.ts', 'generated/fk7804.model.json']));
  expect(paths.filter((path) => /^(test|src|scripts\/bench|\.ci)\//.test(path) || path.endsWith('.test.ts'))).toEqual([]);
}, 240_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }), 120_000);

describe('a plain JavaScript ESM project', () => {
  let dir = '';
  beforeAll(() => {
    dir = project('plain');
  }, 240_000);

  it('imports validate and renderHtml without tsx or any dev dependency', () => {
    for (const absent of ['tsx', 'esbuild', 'fast-check', 'typescript', 'vitest']) expect(existsSync(join(dir, 'node_modules', absent)), absent).toBe(false);
    writeFileSync(join(dir, 'app.mjs'), `
      import { readFileSync } from 'node:fs';
      import { validate, renderHtml } from 'intyg';
      const payload = JSON.parse(readFileSync(process.argv[2], 'utf8'));
      const result = validate(payload, { today: '2026-11-20' });
      const html = renderHtml(payload, { today: '2026-11-20', printedAt: '2026-11-20T12:00' });
      console.log(JSON.stringify({ valid: result.valid, errors: result.errors, title: /<title>([^<]*)/.exec(html)?.[1] }));
    `);
    const app = run(process.execPath, ['app.mjs', example], dir);
    expect(app.status, app.stderr).toBe(0);
    expect(JSON.parse(app.stdout)).toEqual({ valid: true, errors: [], title: 'Läkarintyg för sjukpenning (FK7804)' });
  });

  it('runs the installed command line', () => {
    const version = run('npx', ['intyg', '--version'], dir);
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version);
    const validated = run('npx', ['intyg', 'validate', example, '--today', '2026-11-20'], dir);
    expect(validated.status, validated.stderr).toBe(0);
    expect(validated.stdout).toContain('giltigt');
  });

  it('reports a damaged installation as an internal error: exit 3, one line, no stack trace', () => {
    const model = join(dir, 'node_modules/intyg/generated/fk7804.model.json');
    writeFileSync(model, readFileSync(model, 'utf8').slice(0, 200));
    const broken = run('npx', ['intyg', 'validate', example], dir);
    expect(broken.status).toBe(3);
    expect(broken.stderr).toMatch(/^intyg: internt fel: generated\/fk7804\.model\.json är inte giltig JSON .*Kör `npx intyg generate`/m);
    expect(broken.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('TypeScript projects against the shipped .d.ts', () => {
  let dir = '';
  beforeAll(() => {
    dir = project('typed', ['@types/node@20.19.43']);
    writeFileSync(join(dir, 'usage.ts'), `
      import { validate, evaluate, renderHtml, type ValidationResult, type EvaluationResult } from 'intyg';
      import type { AnyCertificate, Fk7804Certificate } from 'intyg/types';
      import type { Fk7804Answers } from 'intyg/types/fk7804';

      const certificate: Fk7804Certificate = {
        type: 'fk7804', version: '2.0', patient: { personId: '191212121212' },
        answers: { sjukskrivning: { HALFTEN: { from: '2026-11-20', to: '2026-11-30' } } },
      };
      const any: AnyCertificate = certificate;
      const result: ValidationResult = validate(any, { today: '2026-11-20' });
      const evaluation: EvaluationResult = evaluate(certificate);
      const html: string = renderHtml(certificate);
      const firstError: string | undefined = result.errors[0]?.message;
      // @ts-expect-error: a degree the form does not have
      const wrong: Fk7804Answers = { sjukskrivning: { HALVA: { from: '2026-11-20', to: '2026-11-30' } } };
      export { evaluation, html, firstError, wrong };
    `);
  }, 240_000);

  it.each([
    ['node16', { module: 'node16', moduleResolution: 'node16' }],
    ['bundler', { module: 'esnext', moduleResolution: 'bundler' }],
  ])('type-checks with strict and moduleResolution %s, library checks on', (name, resolution) => {
    const config = join(dir, `tsconfig.${name}.json`);
    writeFileSync(config, JSON.stringify({ compilerOptions: { strict: true, target: 'ES2022', noEmit: true, skipLibCheck: false, ...resolution }, files: ['usage.ts'] }));
    const tsc = run(process.execPath, [join(PACKAGE_ROOT, 'node_modules/typescript/bin/tsc'), '-p', config], dir);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  }, 120_000);
});
