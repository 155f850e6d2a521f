/**
 * A real Debian Chromium for tests that drive web pages (the browser build, the studio), started
 * the way the printer starts it: puppeteer-core, no downloaded browser, a throwaway HOME.
 */

import puppeteer, { type Browser } from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath, createBrowserHome } from '../../src/render/chromium.js';

export interface TestBrowser {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchTestBrowser(): Promise<TestBrowser> {
  const home = createBrowserHome();
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(), headless: true, pipe: true, userDataDir: home.userDataDir, env: home.env, args: [...CHROMIUM_ARGS],
  });
  return {
    browser,
    close: async () => {
      await browser.close().catch(() => undefined);
      home.remove();
    },
  };
}
