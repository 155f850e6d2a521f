/**
 * The studio end to end, as its user works: a real server on loopback over a private copy of the
 * definitions, the page in Debian's Chromium through puppeteer-core, and files saved on disk as
 * an editor saves them. Each test file gets its own studio, copy and browser.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { buildStudio, type Studio } from '../../../src/studio/server.js';
import { launchTestBrowser, type TestBrowser } from '../../helpers/browser.js';
import { copyDefinitions, type DefinitionsCopy } from '../helpers.js';

export const TODAY = '2026-11-20';

export interface Harness {
  copy: DefinitionsCopy;
  studio: Studio;
  chromium: TestBrowser;
  origin: string;
  /** Uncaught errors of any page: the studio must never have one. */
  pageErrors: string[];
}

/** Starts a studio and a browser for the test file; `harness` is filled in before the first test. */
export function useStudio(): Harness {
  const harness = { pageErrors: [] as string[] } as Harness;
  beforeAll(async () => {
    harness.copy = copyDefinitions();
    harness.studio = buildStudio({ definitions: harness.copy.dir });
    harness.origin = await harness.studio.app.listen({ port: 0, host: '127.0.0.1' });
    harness.chromium = await launchTestBrowser();
  }, 60_000);
  afterAll(async () => {
    await harness.chromium?.close();
    await harness.studio?.close();
    harness.copy?.remove();
  });
  return harness;
}

export async function openType(harness: Harness, type: string, options: { viewport?: { width: number; height: number }; bypassCsp?: boolean } = {}): Promise<Page> {
  const page = await harness.chromium.browser.newPage();
  await page.setViewport(options.viewport ?? { width: 1440, height: 1000 });
  if (options.bypassCsp) await page.setBypassCSP(true);
  page.on('pageerror', (error) => harness.pageErrors.push(`${type}: ${(error as Error).message}`));
  await page.goto(`${harness.origin}/studio/#/${type}`);
  await page.waitForSelector('form.certificate [data-field]');
  await setToday(page, TODAY);
  return page;
}

/** Replaces an input's text the way a user does: select all, type. */
export async function retype(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector, { clickCount: 3 });
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text);
}

export async function setToday(page: Page, date: string): Promise<void> {
  await retype(page, '#today', date);
  await page.waitForFunction((day) => (document.querySelector('#today') as HTMLInputElement).value === day, {}, date);
}

export const shownFields = (page: Page) => page.$$eval('form.certificate [data-field]', (nodes) => nodes.map((node) => node.getAttribute('data-field')!));
export const textOf = (page: Page, selector: string) => page.$eval(selector, (node) => (node as HTMLElement).innerText);
/** The error messages shown at a question, without the "Fel:" said only to screen readers. */
export const errorsAt = (page: Page, field: string) =>
  page.$$eval(`[data-field="${field}"] .issue-error`, (nodes) => nodes.map((node) => node.lastChild?.textContent));
export const showMissing = (page: Page) => page.click('.topbar .switch:nth-of-type(1) input');
export const showHidden = (page: Page) => page.click('.topbar .switch:nth-of-type(2) input');

export const definitionFile = (harness: Harness, type = 'fk7804') => join(harness.copy.dir, type, 'definition.yaml');
/** Saves the definition as an editor would. */
export function editDefinition(harness: Harness, change: (text: string) => string, type = 'fk7804'): void {
  writeFileSync(definitionFile(harness, type), change(readFileSync(definitionFile(harness, type), 'utf8')));
}
