import type { BrowserContext, CDPSession, Frame, Page, Worker } from 'playwright-core';

/** One error-level message, and whose it is: the extension's (content script, extension page, worker) or the page's. */
export interface LoggedError {
  owner: 'extension' | 'page';
  where: string;
  text: string;
}

/**
 * Playwright's `console` event drops messages from isolated worlds it did not create, and a content script runs in
 * one. So each page (and each out-of-process iframe: the Greenhouse embed on a company site) gets its own CDP
 * session, and every error is attributed by its execution context's origin or its script URL: an error is the
 * extension's when it was raised in a `chrome-extension://<id>` context or script, the page's otherwise.
 */
export class ConsoleWatch {
  readonly errors: LoggedError[] = [];
  private readonly sessions: CDPSession[] = [];
  private readonly origins = new WeakMap<CDPSession, Map<number, string>>();

  constructor(private readonly extensionOrigin: string) {}

  private owner(url: string | undefined, contextOrigin: string | undefined): LoggedError['owner'] {
    return contextOrigin === this.extensionOrigin || url?.startsWith(this.extensionOrigin) ? 'extension' : 'page';
  }

  /** Watch a page or an out-of-process frame: console errors, uncaught exceptions, and browser-generated errors. */
  async attach(context: BrowserContext, target: Page | Frame, where: string): Promise<CDPSession> {
    const cdp = await context.newCDPSession(target);
    const origins = new Map<number, string>();
    this.origins.set(cdp, origins);
    cdp.on('Runtime.executionContextCreated', ({ context: c }) => origins.set(c.id, c.origin));
    cdp.on('Runtime.consoleAPICalled', (e) => {
      if (e.type !== 'error' && e.type !== 'assert') return;
      const text = e.args.map((a) => a.value ?? a.description ?? '').join(' ');
      this.errors.push({ owner: this.owner(e.stackTrace?.callFrames[0]?.url, origins.get(e.executionContextId)), where, text });
    });
    cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
      const text = `${d.text} ${d.exception?.description ?? ''}`.trim();
      this.errors.push({ owner: this.owner(d.url, d.executionContextId ? origins.get(d.executionContextId) : undefined), where, text });
    });
    cdp.on('Log.entryAdded', ({ entry }) => {
      if (entry.level === 'error') this.errors.push({ owner: this.owner(entry.url, undefined), where, text: entry.text });
    });
    await cdp.send('Runtime.enable');
    await cdp.send('Log.enable');
    this.sessions.push(cdp);
    return cdp;
  }

  /** Extension pages (popup, options) run in the main world, where Playwright's own events see everything. */
  watchExtensionPage(page: Page, where: string): void {
    page.on('console', (m) => m.type() === 'error' && this.errors.push({ owner: 'extension', where, text: m.text() }));
    page.on('pageerror', (e) => this.errors.push({ owner: 'extension', where, text: e.message }));
  }

  /**
   * The service worker: console errors through Playwright, uncaught errors and rejections through listeners put into
   * the worker (from now on; the worker has long finished starting when a test begins).
   */
  async watchWorker(worker: Worker): Promise<void> {
    worker.on('console', (m) => m.type() === 'error' && this.errors.push({ owner: 'extension', where: 'service worker', text: m.text() }));
    await worker.evaluate(() => {
      const seen: string[] = [];
      Object.assign(globalThis, { __uncaught: seen });
      self.addEventListener('error', (e) => seen.push(String((e).message)));
      self.addEventListener('unhandledrejection', (e) => seen.push(String((e).reason)));
    });
  }

  async workerUncaught(worker: Worker): Promise<LoggedError[]> {
    const seen = await worker.evaluate(() => (globalThis as unknown as { __uncaught?: string[] }).__uncaught ?? ['(recorder missing)']);
    return seen.map((text) => ({ owner: 'extension' as const, where: 'service worker', text }));
  }

  /** Run `expression` in the content script's world of a watched page: proves the watch hears that world. */
  async evaluateAsContentScript(cdp: CDPSession, expression: string): Promise<void> {
    const id = [...(this.origins.get(cdp) ?? new Map<number, string>())].find(([, origin]) => origin === this.extensionOrigin)?.[0];
    if (id === undefined) throw new Error('no content-script world on this page');
    await cdp.send('Runtime.evaluate', { expression, contextId: id });
  }

  async close(): Promise<void> {
    await Promise.all(this.sessions.map((s) => s.detach().catch(() => undefined)));
  }
}
