/**
 * Which Chromium to start and how: Debian's, never a downloaded one. The real binary
 * (/usr/lib/chromium/chromium) skips the /usr/bin wrapper, which sources /etc/chromium.d and
 * adds GPU and extension flags, and starts ~30 ms faster (toolchain.md §2).
 */

import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-extensions',
  '--disable-default-apps',
  '--mute-audio',
  '--hide-scrollbars',
  // Docker gives /dev/shm 64 MB; renderers then crash on large pages.
  '--disable-dev-shm-usage',
] as const;

export class BrowserMissingError extends Error {}

/** `INTYG_CHROMIUM` wins; then Debian's binary; then its wrapper. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const override = env.INTYG_CHROMIUM;
  if (override) {
    if (!existsSync(override)) throw new BrowserMissingError(`INTYG_CHROMIUM pekar på ${override}, som inte finns.`);
    return override;
  }
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new BrowserMissingError('Chromium saknas. Kör scripts/ensure-browser.sh (installerar chromium, fonts-liberation och poppler-utils från Debian) eller sätt INTYG_CHROMIUM.');
  }
  return found;
}

/**
 * A fresh profile and HOME per browser. Chromium writes crash reports under ~/.config and
 * dconf under ~/.cache even with a temp profile; pointing HOME and XDG dirs at the same temp
 * directory keeps all of it there, and one `rm -r` cleans it up.
 */
export interface BrowserHome {
  dir: string;
  userDataDir: string;
  env: NodeJS.ProcessEnv;
  remove(): void;
}

const PREFIX = 'intyg-chromium-';
const OWNER = 'owner.pid';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes homes left behind by processes that were killed before they could clean up (a test
 * worker stopped on a timeout, a SIGKILL). Each home names its owner; a home whose owner is gone
 * is stale, as is one without an owner file that is over an hour old.
 */
export function sweepStaleHomes(now = Date.now()): void {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(PREFIX)) continue;
    const dir = join(tmpdir(), name);
    try {
      const owner = join(dir, OWNER);
      const stale = existsSync(owner) ? !alive(Number(readFileSync(owner, 'utf8'))) : now - statSync(dir).mtimeMs > 3_600_000;
      if (stale) rmSync(dir, { recursive: true, force: true });
    } catch {
      // Another process may be removing it at the same time; that is fine.
    }
  }
}

export function createBrowserHome(): BrowserHome {
  const dir = mkdtempSync(join(tmpdir(), PREFIX));
  writeFileSync(join(dir, OWNER), String(process.pid));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: dir,
    XDG_CONFIG_HOME: join(dir, '.config'),
    XDG_CACHE_HOME: join(dir, '.cache'),
    XDG_DATA_HOME: join(dir, '.local', 'share'),
  };
  return { dir, userDataDir: join(dir, 'profile'), env, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
