/** `intyg studio` as a process: listens on loopback, serves the page over the given definitions, exits 0 on SIGTERM; bad options exit 2. */

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/project-paths.js';
import { runCli, expectNoStackTrace } from '../cli/run-cli.js';
import { copyDefinitions } from './helpers.js';

/** The URL the studio prints once it listens. */
function studioUrl(child: ChildProcessWithoutNullStreams | ReturnType<typeof spawn>): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let stderr = '';
    child.stderr!.on('data', (chunk) => {
      stderr += chunk;
      const match = /intyg studio: (http:\/\/localhost:\d+\/studio\/)/.exec(stderr);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
  });
}

describe('intyg studio', () => {
  it('serves the studio over --definitions until SIGTERM, then exits 0', async () => {
    const copy = copyDefinitions();
    const child = spawn(process.execPath, [join(PACKAGE_ROOT, 'bin/intyg.mjs'), 'studio', '--port', '0', '--definitions', copy.dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await studioUrl(child);
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
      const types = (await (await fetch(new URL('/studio/api/types', url))).json()) as { types: unknown[] };
      // 22 types, and FK7804's earlier version 1.2 as an entry of its own.
      expect(types.types).toHaveLength(23);
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
      copy.remove();
    }
  });

  it.runIf(process.platform === 'linux')('--open hands the studio URL to the desktop opener (xdg-open)', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'intyg-open-'));
    const opened = join(bin, 'opened.txt');
    writeFileSync(join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s' "$1" > '${opened}'\n`);
    chmodSync(join(bin, 'xdg-open'), 0o755);
    const child = spawn(process.execPath, [join(PACKAGE_ROOT, 'bin/intyg.mjs'), 'studio', '--port', '0', '--open'], {
      stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}` },
    });
    try {
      const url = await studioUrl(child);
      await expect.poll(() => existsSync(opened) && readFileSync(opened, 'utf8'), { timeout: 5_000 }).toBe(url);
      expect((await fetch(url)).status).toBe(200);
    } finally {
      child.kill('SIGKILL');
      rmSync(bin, { recursive: true, force: true });
    }
  });

  it('says where to go when no browser can be opened, and keeps serving', async () => {
    const child = spawn(process.execPath, [join(PACKAGE_ROOT, 'bin/intyg.mjs'), 'studio', '--port', '0', '--open'], {
      stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PATH: mkdtempSync(join(tmpdir(), 'intyg-nobrowser-')) },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    try {
      const url = await studioUrl(child);
      await expect.poll(() => stderr, { timeout: 5_000 }).toContain(`Kunde inte öppna en webbläsare; öppna ${url} själv.`);
      expect((await fetch(url)).status).toBe(200);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('refuses a bad port and a missing definitions folder with exit 2 and a Swedish message', () => {
    const port = runCli(['studio', '--port', 'abc']);
    expect(port.status).toBe(2);
    expect(port.stderr).toContain('--port ska vara ett heltal');
    const missing = runCli(['studio', '--port', '0', '--definitions', '/finns/inte']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Hittar inte');
    expectNoStackTrace(missing);
  });

  it('is listed in the help', () => {
    expect(runCli(['--help']).stdout).toMatch(/studio \[flaggor\]\s+studion: se, prova och förstå formuläret/);
  });
});
