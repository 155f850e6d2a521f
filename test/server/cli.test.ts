/** `intyg serve` as a process: listens on the given loopback port and exits 0 on SIGTERM. */

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/project.js';

describe('intyg serve', () => {
  it('serves until SIGTERM, then exits 0 with JSON logs on stdout', async () => {
    const child = spawn(process.execPath, [join(PACKAGE_ROOT, 'bin/intyg.mjs'), 'serve', '--port', '0', '--host', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    const url = await new Promise<string>((resolve, reject) => {
      let stderr = '';
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
        const match = /lyssnar på (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
        if (match) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
    });
    expect((await fetch(`${url}/health`)).status).toBe(200);
    // 'close', not 'exit': stdout may still hold the last log lines when the process has exited.
    const exited = new Promise<number | null>((resolve) => child.once('close', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.some((line) => line.route === '/health' && line.status === 200)).toBe(true);
    expect(lines.some((line) => line.msg === 'closed')).toBe(true);
  });

  it('refuses a bad port with exit 2', async () => {
    const child = spawn(process.execPath, [join(PACKAGE_ROOT, 'bin/intyg.mjs'), 'serve', '--port', 'abc'], { stdio: 'ignore' });
    expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(2);
  });
});
