/**
 * The command line's plumbing, through the real binary: commands load only what they need,
 * `evaluate` reads as text or JSON, NDJSON comes from standard input, and `generate` writes a
 * developer's own definitions into their own folder.
 */

import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/project.js';
import { expectNoStackTrace, pickExample, runCli, tempDir } from './run-cli.js';

const { dir: scratch, cleanup } = tempDir('plumbing');
afterAll(cleanup);

function importsOf(args: string[]): string[] {
  const trace = join(scratch, `trace-${args.join('-').replace(/[^a-z0-9-]/gi, '')}.txt`);
  writeFileSync(trace, '');
  const run = spawnSync(process.execPath, ['--import', './test/helpers/trace-imports.mjs', 'bin/intyg.mjs', ...args], {
    cwd: PACKAGE_ROOT, encoding: 'utf8', env: { ...process.env, INTYG_TRACE_IMPORTS: trace },
  });
  expect(run.status, run.stderr).toBe(0);
  return readFileSync(trace, 'utf8').split('\n').filter(Boolean);
}

describe('commands load lazily', () => {
  it('--help loads no command, no server and no browser driver', () => {
    const loaded = importsOf(['--help']);
    expect(loaded.some((url) => url.includes('/dist/src/cli/main.js'))).toBe(true);
    for (const heavy of ['fastify', 'puppeteer', 'pino', 'ajv', 'yaml', 'handlebars', '/cli/commands/']) {
      expect(loaded.filter((url) => url.includes(heavy)), heavy).toEqual([]);
    }
  });

  it('validate loads neither YAML, the compiler, the server nor the browser driver', () => {
    const example = pickExample(true);
    const loaded = importsOf(['validate', example.file, '--today', example.expect.today]);
    expect(loaded.some((url) => url.includes('/cli/commands/validate.js'))).toBe(true);
    for (const heavy of ['fastify', 'puppeteer', 'pino', 'handlebars', '/node_modules/yaml/', '/node_modules/ajv/', '/src/compile.js']) {
      expect(loaded.filter((url) => url.includes(heavy)), heavy).toEqual([]);
    }
  });
});

describe('intyg evaluate', () => {
  const example = pickExample(true);

  it('reads as text: what is shown first, with required and disabled marked', () => {
    const run = runCli(['evaluate', example.file, '--today', example.expect.today]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^${example.file}: ${example.type}, \\d+ av \\d+ fält visas`));
    expect(run.stdout).toMatch(/^ {2}\S+\s+visas(, obligatoriskt)?/m);
  });

  it('gives the evaluation as JSON with --json', () => {
    const run = runCli(['evaluate', example.file, '--today', example.expect.today, '--json']);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as { type: string; fields: Record<string, { shown: boolean }> };
    expect(result.type).toBe(example.type);
    expect(Object.values(result.fields).some((field) => field.shown)).toBe(true);
  });

  it('refuses an impossible --today with exit 2 and names the flag', () => {
    const run = runCli(['evaluate', example.file, '--today', '2026-02-30']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--today "2026-02-30" är inget datum som finns i kalendern');
    expectNoStackTrace(run);
  });
});

describe('NDJSON from standard input', () => {
  const line = JSON.stringify({
    type: 'fk7804', version: '2.0', id: 'a', status: 'signed', signedAt: '2026-11-01T09:00',
    patient: { personId: '191212121212' }, unit: { hsaId: 'SE-VE-1', name: 'VC' },
    answers: { sjukskrivning: { HELT_NEDSATT: { from: '2026-11-01', to: '2026-11-30' } }, diagnoser: [{ code: 'F321' }] },
  });

  it.each(['sjukfall', 'statistik'])('%s reads - as standard input', (command) => {
    const run = runCli([command, '-', '--date', '2026-11-20', '--json'], { input: `${line}\n` });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(command === 'sjukfall' ? '191212121212' : '"total"');
  });
});

describe('intyg generate --definitions --out', () => {
  it("compiles a developer's own definitions into their own folder, with paths relative to it", () => {
    const project = join(scratch, 'mitt-projekt');
    mkdirSync(join(project, 'definitioner'), { recursive: true });
    cpSync(join(PACKAGE_ROOT, 'definitions', 'fk7210'), join(project, 'definitioner', 'fk7210'), { recursive: true });
    const run = runCli(['generate', '--definitions', join(project, 'definitioner'), '--out', join(project, 'typer')]);
    expect(run.status, run.stderr).toBe(0);
    const written = readdirSync(join(project, 'typer')).sort();
    expect(written).toEqual(['common.ts', 'definition.schema.json', 'block.schema.json', 'fk7210.model.json', 'fk7210.rules.json', 'fk7210.schema.json', 'fk7210.ts', 'index.ts'].sort());
    const types = readFileSync(join(project, 'typer', 'fk7210.ts'), 'utf8');
    expect(types).toContain('@generated from definitioner/fk7210/definition.yaml');
    expect(types).not.toContain(scratch);
    const again = runCli(['generate', '--definitions', join(project, 'definitioner'), '--out', join(project, 'typer'), '--check']);
    expect(again.status).toBe(0);
    // The same folder validates through --definitions, compiled on demand.
    const example = join(project, 'definitioner', 'fk7210', 'examples', 'valid-beraknat-idag.json');
    expect(existsSync(example)).toBe(true);
    const validated = runCli(['validate', example, '--definitions', join(project, 'definitioner'), '--today', '2026-11-20']);
    expect(validated.status, validated.stdout + validated.stderr).toBe(0);
  });
});

describe('intyg generate --watch', () => {
  it('rewrites the compiled model of the one definition saved, and reports a broken save without writing', async () => {
    const definitions = join(scratch, 'watched', 'definitions');
    const out = join(scratch, 'watched', 'generated');
    mkdirSync(definitions, { recursive: true });
    for (const id of ['fk7210', 'fk7472']) cpSync(join(PACKAGE_ROOT, 'definitions', id), join(definitions, id), { recursive: true });
    const child = spawn(process.execPath, ['bin/intyg.mjs', 'generate', '--watch', '--definitions', definitions, '--out', out], { cwd: PACKAGE_ROOT, env: { ...process.env, INTYG_LANG: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const until = async (done: () => boolean, what: string) => {
      const deadline = Date.now() + 20_000;
      while (!done()) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    };
    try {
      await until(() => stderr.includes('Bevakar'), 'the watcher');
      const file = join(definitions, 'fk7210', 'definition.yaml');
      const original = readFileSync(file, 'utf8');
      writeFileSync(file, original.replace('label: Datum', 'label: Beräknat datum'));
      await until(() => readFileSync(join(out, 'fk7210.model.json'), 'utf8').includes('Beräknat datum'), 'the rewritten model');
      await until(() => /1 filer ändrade|[1-4] filer ändrade/.test(stderr), 'the summary');
      const before = stderr.length;
      writeFileSync(file, original.replace('label: Datum', 'labl: Datum'));
      await until(() => stdout.includes('definition/') && stderr.slice(before).includes('inget skrevs'), 'the diagnostic');
      expect(stdout).toMatch(/definitions\/fk7210\/definition\.yaml:\d+:\d+ definition\//);
      expect(readFileSync(join(out, 'fk7210.model.json'), 'utf8')).toContain('Beräknat datum');
    } finally {
      child.kill('SIGTERM');
    }
  });
});
