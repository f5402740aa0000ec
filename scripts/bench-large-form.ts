/**
 * The 2,000-field figures of `npm run bench`: a generated form (scripts/harness/forty-field-form.ts, 200 blocks of
 * ten questions) in Chromium with the built extension. "popup ready" is the time from the popup document starting
 * to load until its Fill button can be pressed (the page was asked, classified, planned and the review drawn);
 * "fill" is the time from pressing Fill until the popup shows the result. Both are read inside the popup
 * (performance.now() stamped by a MutationObserver), so the harness's polling adds nothing.
 */
import { writeFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import type { FillReport } from '../lib/fill/fill-report';
import { setExtensionStorage } from './harness/extension-storage';
import { openPopupFor, storedFillReport } from './harness/popup';

export const TARGET_LARGE_FORM_MS = 1000;

export interface LargeFormRun {
  fields: number;
  popupReadyMs: number;
  fillMs: number;
  report: FillReport;
}

interface Stamps {
  ready?: number;
  clicked?: number;
  done?: number;
}

/** Stamp, inside the popup, when Fill becomes pressable and when the fill result shows. */
function watchPopup(): void {
  const stamps: Stamps = {};
  Object.assign(window, { __stamps: stamps });
  new MutationObserver(() => {
    const fill = document.querySelector<HTMLButtonElement>('button.fill');
    if (stamps.ready === undefined && fill && !fill.disabled && document.querySelector('.review')) stamps.ready = performance.now();
    if (stamps.clicked !== undefined && stamps.done === undefined && document.querySelector('[data-testid="fill-result"]')) stamps.done = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

/** `profileTo`: write a CPU profile of the popup (load, review, fill) there, for DevTools. */
export async function largeFormRun(context: BrowserContext, extensionId: string, tab: Page, profileTo?: string): Promise<LargeFormRun> {
  // openPopupFor loads the popup twice (to learn the tab id); the stamps are taken on the second load, the real one.
  const popup = await openPopupFor(context, extensionId, tab);
  try {
    await popup.addInitScript(watchPopup);
    const cdp = profileTo ? await context.newCDPSession(popup) : undefined;
    if (cdp) await cdp.send('Profiler.enable');
    if (cdp) await cdp.send('Profiler.start');
    await setExtensionStorage(context, { lastFillReport: null });
    await popup.reload();
    const stamps = () => popup.evaluate(() => (window as unknown as { __stamps: Stamps }).__stamps);
    await popup.waitForFunction(() => (window as unknown as { __stamps: Stamps }).__stamps.ready !== undefined, null, { timeout: 120_000, polling: 100 });
    await popup.evaluate(() => {
      (window as unknown as { __stamps: Stamps }).__stamps.clicked = performance.now();
      document.querySelector<HTMLButtonElement>('button.fill')!.click();
    });
    await popup.waitForFunction(() => (window as unknown as { __stamps: Stamps }).__stamps.done !== undefined, null, { timeout: 120_000, polling: 100 });
    const { ready, clicked, done } = await stamps();
    if (cdp && profileTo) writeFileSync(profileTo, JSON.stringify((await cdp.send('Profiler.stop')).profile));
    const report = (await storedFillReport(context)) as FillReport;
    return { fields: report.results.length, popupReadyMs: ready!, fillMs: done! - clicked!, report };
  } finally {
    await popup.close();
  }
}
