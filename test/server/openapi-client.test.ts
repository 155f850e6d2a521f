/**
 * A typed client, made the way a consuming service would: openapi-typescript reads the live
 * /openapi.json, a small openapi-fetch client is written beside the types in a scratch project,
 * the project's own `tsc` checks it under `strict` (it only compiles when `/validate`'s answer is
 * typed, neither `unknown` nor `any`), and the compiled client then calls the running server.
 */

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/util/package-root.js';
import { example, start, type Running } from './helpers.js';

const CLIENT = `import { readFileSync } from 'node:fs';
import createClient from 'openapi-fetch';
import type { components, paths } from './api.js';

type Certificate = components['schemas']['fk7804'];
/** true for unknown and any: then the assignments below do not compile. */
type Untyped<T> = unknown extends T ? true : false;

const certificate = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Certificate;
const client = createClient<paths>({ baseUrl: process.env.INTYG_URL });

const { data, response } = await client.POST('/validate', { body: certificate, params: { query: { today: '2026-11-20' } } });
const dataIsTyped: Untyped<typeof data> = false;
if (!data) throw new Error('no data: ' + response.status);
const valid: boolean = data.valid;
const issues: Array<{ field: string; code: string; message: string }> = [...data.errors, ...data.warnings, ...data.info];
// @ts-expect-error a ValidationResult has no such property (with any, this line would compile and the directive fail)
data.nonsense;

const refused = await client.POST('/validate', { body: { ...certificate, version: '0.0' } as unknown as Certificate });
const errorIsTyped: Untyped<typeof refused.error> = false;
if (!refused.error) throw new Error('expected an error');
const code: string = refused.error.code;
const messageEn: string = refused.error.messageEn;

console.log(JSON.stringify({ status: response.status, valid, issues: issues.length, data, refused: { status: refused.response.status, code, messageEn }, dataIsTyped, errorIsTyped }));
`;

const TSCONFIG = {
  compilerOptions: {
    strict: true, target: 'ES2022', module: 'nodenext', moduleResolution: 'nodenext', lib: ['ES2023', 'DOM'], types: ['node'],
    outDir: 'dist', skipLibCheck: true, noUncheckedIndexedAccess: true,
  },
  include: ['api.ts', 'client.ts'],
};

let s: Running;
let dir: string;
beforeAll(async () => {
  s = await start();
  dir = mkdtempSync(join(tmpdir(), 'intyg-client-'));
  writeFileSync(join(dir, 'client.ts'), CLIENT);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(TSCONFIG));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }));
  symlinkSync(join(PACKAGE_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
});
afterAll(async () => {
  await s.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Asynchronous: the server answering the client runs in this process, so its loop must stay free. */
async function run(command: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)(command, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
    return stdout;
  } catch (error) {
    const { code, stdout, stderr } = error as { code?: number; stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} exited ${code}:\n${stdout}\n${stderr}`);
  }
}

describe('a typed client from /openapi.json', () => {
  it('compiles under strict only because /validate is typed, and calls the server', async () => {
    const types = astToString(await openapiTS(new URL(`${s.url}/openapi.json`)));
    expect(types).toContain('ValidationResult');
    // A .ts file, not .d.ts, so skipLibCheck does not skip checking it.
    writeFileSync(join(dir, 'api.ts'), types);

    await run(process.execPath, [join(PACKAGE_ROOT, 'node_modules/typescript/bin/tsc'), '-p', '.']);

    const file = join(PACKAGE_ROOT, 'definitions/fk7804/examples/valid-heltid-lumbago.json');
    const out = JSON.parse(await run(process.execPath, ['dist/client.js', file], { INTYG_URL: s.url }));
    expect(out.status).toBe(200);
    expect(out.data).toEqual(s.server.ctx.runtime.validate(example('fk7804', 'valid-heltid-lumbago'), { today: '2026-11-20' }));
    expect(out.valid).toBe(true);
    expect(out.refused).toMatchObject({ status: 422, code: 'unknown-version' });
  }, 120_000);

  it('would not compile if the answer were untyped', async () => {
    // The same client against a document whose /validate 200 has an empty schema, as before: tsc must refuse it.
    const doc: any = await (await fetch(`${s.url}/openapi.json`)).json();
    doc.paths['/validate'].post.responses['200'].content['application/json'].schema = {};
    writeFileSync(join(dir, 'api.ts'), astToString(await openapiTS(doc)));
    const line = CLIENT.split('\n').findIndex((text) => text.startsWith('const dataIsTyped')) + 1;
    await expect(run(process.execPath, [join(PACKAGE_ROOT, 'node_modules/typescript/bin/tsc'), '-p', '.', '--noEmit'])).rejects.toThrow(`client.ts(${line},7): error TS2322`);
  }, 120_000);
});
