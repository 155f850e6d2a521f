/**
 * Stage 3 of printing, and the only code that touches a browser: HTML → A4 PDF in Debian's
 * Chromium through puppeteer-core. One long-lived browser and a small pool of reused pages:
 * reusing a page is ~3× faster than opening one per print, and two pages saturate two cores
 * (toolchain.md §2). Every page is locked: JavaScript off, and every request that is not a
 * `data:` URL aborted, so a print can neither run code nor reach the network.
 *
 * A crashed page or browser costs a retry, not a print: the page (or the browser and all pages)
 * is replaced and the job runs again, up to three attempts.
 */

import puppeteer, { type Browser, type CDPSession, type HTTPRequest, type Page } from 'puppeteer-core';
import { BrowserMissingError, CHROMIUM_ARGS, chromiumPath, createBrowserHome, sweepStaleHomes, type BrowserHome } from './chromium.js';
import { PdfMetadataError, stampPdfDates } from './pdf-metadata.js';
import { Slots } from './slots.js';

export interface PrintJob {
  /** A complete document; its CSS sets the page (A4, margins, margin boxes). */
  html: string;
  /** Written as the PDF's creation and modification date. */
  printedAtInstant: number;
}

export interface PrinterOptions {
  /** Pages printing at once; default 2 (one per core on the reference machine). */
  pages?: number;
  /** Open and close a page per print instead of reusing one (for the benchmark only). */
  freshPagePerPrint?: boolean;
  executablePath?: string;
  /** Per navigation and per PDF, ms; default 30 s. */
  timeoutMs?: number;
}

export interface PrinterStats {
  prints: number;
  /** Requests the pages tried to make and were refused; payload text must never cause one. */
  blockedRequests: number;
  blockedUrls: string[];
  pageRestarts: number;
  browserLaunches: number;
}

const ATTEMPTS = 3;

/** A4 and no margins as fallbacks only: the document's @page rule sets both. Tagged, no outline. */
const PRINT_PARAMETERS = {
  paperWidth: 8.27,
  paperHeight: 11.69,
  marginTop: 0,
  marginBottom: 0,
  marginLeft: 0,
  marginRight: 0,
  preferCSSPageSize: true,
  printBackground: true,
  generateTaggedPDF: true,
  generateDocumentOutline: false,
  transferMode: 'ReturnAsBase64',
} as const;

interface Slot {
  page?: Page;
  generation: number;
}

export class PdfPrinter {
  readonly stats: PrinterStats = { prints: 0, blockedRequests: 0, blockedUrls: [], pageRestarts: 0, browserLaunches: 0 };
  private readonly slots: Slots<Slot>;
  /** Why a page crashed, once it has; a print on it then fails at once and is retried on a new page. */
  private readonly crashes = new WeakMap<Page, Error>();
  private readonly sessions = new WeakMap<Page, CDPSession>();
  private current?: { browser: Browser; home: BrowserHome };
  /** Counts browser launches, so a slot never reuses a page of a browser that is gone. */
  private generation = 0;
  private launching?: Promise<Browser>;
  private closed = false;
  /** A process that exits without close() still leaves no profile behind. */
  private readonly removeHomes = () => this.current?.home.remove();

  constructor(private readonly options: PrinterOptions = {}) {
    this.slots = new Slots(Array.from({ length: Math.max(1, options.pages ?? 2) }, () => ({ generation: -1 })));
  }

  /** The running browser, if any (tests use it to crash pages on purpose). */
  get browser(): Browser | undefined {
    return this.current?.browser;
  }

  /** The running browser's temporary HOME and profile; removed on close and on relaunch. */
  get profileDir(): string | undefined {
    return this.current?.home.dir;
  }

  /** Starts the browser now rather than on the first print. */
  async start(): Promise<void> {
    await this.ensureBrowser();
  }

  async print(job: PrintJob): Promise<Buffer> {
    let lastError: unknown;
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      const slot = await this.slots.acquire();
      try {
        const page = await this.pageFor(slot);
        const pdf = await this.printOn(page, job);
        if (this.options.freshPagePerPrint) await this.discard(slot);
        this.stats.prints += 1;
        return stampPdfDates(pdf, job.printedAtInstant);
      } catch (error) {
        // Retrying cannot help when there is no browser to start or the output format changed.
        if (error instanceof PdfMetadataError || error instanceof BrowserMissingError || this.closed) throw error;
        lastError = error;
        this.stats.pageRestarts += 1;
        await this.discard(slot);
      } finally {
        this.slots.release(slot);
      }
    }
    throw new Error(`Utskriften misslyckades efter ${ATTEMPTS} försök: ${(lastError as Error)?.message ?? lastError}`);
  }

  /** Closes the browser and removes its temporary profile; pending prints are refused. */
  async close(): Promise<void> {
    this.closed = true;
    this.slots.close(new Error('Utskriftstjänsten har stängts.'));
    await this.launching?.catch(() => undefined);
    await this.disposeBrowser();
  }

  private async printOn(page: Page, job: PrintJob): Promise<Uint8Array> {
    const timeout = this.options.timeoutMs ?? 30_000;
    const session = this.sessions.get(page)!;
    let timer: NodeJS.Timeout | undefined;
    const work = (async () => {
      // The document loads nothing (every request is refused, fonts are local), so the parsed DOM
      // is all there is; waiting for 'load' as well only adds a lifecycle round trip.
      await page.setContent(job.html, { waitUntil: 'domcontentloaded', timeout });
      // Straight to CDP with the PDF inline: puppeteer's page.pdf() streams it back in chunks,
      // which cost ~12% of the throughput in round trips. Size and margins come from @page.
      const { data } = await session.send('Page.printToPDF', PRINT_PARAMETERS);
      return Buffer.from(data, 'base64');
    })();
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Utskriften tog mer än ${timeout} ms.`)), timeout);
    });
    // A renderer crash leaves CDP calls hanging; the page's 'error' event ends the wait. The
    // abandoned call may still fail later, which must not become an unhandled rejection.
    work.catch(() => undefined);
    // The crash listener lives for this print only. Racing every print against one long-lived
    // promise per page hung a reaction on it per print, each holding that print's PDF: ~60 kB
    // retained per print until the page closed (found by the 5,000-render soak of `intyg serve`).
    // `on`/`off` with the same function: puppeteer wraps `once` handlers, so `off` would miss them.
    let onCrash: ((error: Error) => void) | undefined;
    const crashed = new Promise<never>((_, reject) => {
      const earlier = this.crashes.get(page);
      if (earlier) reject(earlier);
      else page.on('error', (onCrash = reject));
    });
    crashed.catch(() => undefined);
    try {
      return await Promise.race([work, crashed, limit]);
    } finally {
      clearTimeout(timer);
      if (onCrash) page.off('error', onCrash);
    }
  }

  private async pageFor(slot: Slot): Promise<Page> {
    const browser = await this.ensureBrowser();
    if (slot.page && slot.generation === this.generation && !slot.page.isClosed()) return slot.page;
    slot.page = await this.newLockedPage(browser);
    slot.generation = this.generation;
    return slot.page;
  }

  private async newLockedPage(browser: Browser): Promise<Page> {
    const page = await browser.newPage();
    page.once('error', (error) => this.crashes.set(page, error));
    this.sessions.set(page, await page.createCDPSession());
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      const url = request.url();
      if (url.startsWith('data:')) return void request.continue().catch(() => undefined);
      this.stats.blockedRequests += 1;
      if (this.stats.blockedUrls.length < 50) this.stats.blockedUrls.push(url);
      request.abort('blockedbyclient').catch(() => undefined);
    });
    return page;
  }

  private async discard(slot: Slot): Promise<void> {
    const page = slot.page;
    slot.page = undefined;
    if (page && !page.isClosed()) await page.close().catch(() => undefined);
  }

  private async ensureBrowser(): Promise<Browser> {
    if (this.closed) throw new Error('Utskriftstjänsten har stängts.');
    if (this.current?.browser.connected) return this.current.browser;
    // One relaunch however many prints notice the dead browser at once.
    this.launching ??= this.launch().finally(() => {
      this.launching = undefined;
    });
    return this.launching;
  }

  private async launch(): Promise<Browser> {
    await this.disposeBrowser();
    sweepStaleHomes();
    const home = createBrowserHome();
    process.once('exit', this.removeHomes);
    try {
      const browser = await puppeteer.launch({
        executablePath: this.options.executablePath ?? chromiumPath(),
        headless: true,
        pipe: true,
        userDataDir: home.userDataDir,
        env: home.env,
        args: [...CHROMIUM_ARGS],
      });
      this.stats.browserLaunches += 1;
      this.generation += 1;
      this.current = { browser, home };
      return browser;
    } catch (error) {
      home.remove();
      process.removeListener('exit', this.removeHomes);
      throw error;
    }
  }

  private async disposeBrowser(): Promise<void> {
    const current = this.current;
    if (!current) return;
    this.current = undefined;
    for (const slot of this.slots.all) slot.page = undefined;
    const process_ = current.browser.process();
    await Promise.race([current.browser.close().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
    if (process_ && process_.exitCode === null && process_.signalCode === null) process_.kill('SIGKILL');
    current.home.remove();
    process.removeListener('exit', this.removeHomes);
  }
}
