/**
 * `npm run bench:popup [-- --runs N]`: how soon the popup shows a person its content, on the Lever fixture, in
 * Chromium with the built extension. Prints medians and worst runs beside the target.
 *
 * - First content: the browser's `first-contentful-paint` of the popup, i.e. the first frame with text in it
 *   presented on screen (popup.html's static shell: header, résumé switch, "Reading the page…", Fill), timed from
 *   the start of the popup's navigation. A paint the person sees, not a mark set by our own script.
 * - Floor: the same for a page of the same extension holding one line of text and nothing else, opened the same way
 *   in the same runs: what no popup beats on this machine at this load (the browser making an extension page).
 * - Review shown: until the review of the form is drawn (loading the popup's code, asking the page, classifying).
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext, Page } from 'playwright-core';
import { fixturePages } from '../tests/fixtures/pages';
import { EXTENSION_DIR, launchWithExtension } from './harness/chromium';
import { openPopupFor } from './harness/popup';
import { servePages } from './harness/serve-pages';

const TARGET_FIRST_CONTENT_MS = 100;
const FLOOR_PAGE = 'bench-floor.html';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' } } });
const runs = Number(values.runs);
const lever = fixturePages.find((p) => p.kind === 'lever')!;

// A copy of the built extension with the floor page added (the build itself is left as it is).
const extensionDir = mkdtempSync(join(tmpdir(), 'applyfill-bench-popup-'));
cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
writeFileSync(join(extensionDir, FLOOR_PAGE), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title></head><body><p>Reading the page…</p></body></html>');

/** The page's paint and navigation timings, once its first contentful paint has been presented. */
async function timings(page: Page) {
  return page.evaluate(async () => {
    const fcp = await new Promise<number>((done) => {
      new PerformanceObserver((list) => {
        const entry = list.getEntriesByName('first-contentful-paint')[0];
        if (entry) done(entry.startTime);
      }).observe({ type: 'paint', buffered: true });
    });
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return { fcp, parsed: nav?.domInteractive ?? NaN, takenOver: performance.getEntriesByName('applyfill:shell-taken-over')[0]?.startTime ?? NaN };
  });
}

/** Open a page of the extension in a new tab, in one navigation, as the toolbar opens the popup. */
async function openOnce(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

const browser = await launchWithExtension({ extensionDir });
const figures = { first: [] as number[], floor: [] as number[], parsed: [] as number[], takenOver: [] as number[], review: [] as number[] };
try {
  await servePages(browser.context, [{ url: lever.url, file: lever.file }]);
  const tab = await browser.context.newPage();
  await tab.goto(lever.url);
  // The harness finds the tab's id with a first load of the popup; every measured run opens the popup once with it
  // (a first load still running its scripts in the same extension process would slow the measured one).
  const found = await openPopupFor(browser.context, browser.extensionId, tab);
  const popupUrl = found.url();
  await found.close();
  for (let i = 0; i < runs; i++) {
    const floor = await openOnce(browser.context, `chrome-extension://${browser.extensionId}/${FLOOR_PAGE}`);
    figures.floor.push((await timings(floor)).fcp);
    await floor.close();
    await tab.bringToFront();
    const popup = await openOnce(browser.context, popupUrl);
    await popup.locator('.review').waitFor();
    figures.review.push(await popup.evaluate(() => performance.now()));
    const t = await timings(popup);
    figures.first.push(t.fcp);
    figures.parsed.push(t.parsed);
    figures.takenOver.push(t.takenOver);
    await popup.close();
  }
} finally {
  await browser.close();
  rmSync(extensionDir, { recursive: true, force: true });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const line = (label: string, xs: number[], note: string) =>
  console.log(`  ${label.padEnd(34)} median ${median(xs).toFixed(1).padStart(6)} ms  worst ${Math.max(...xs).toFixed(1).padStart(6)} ms  ${note}`);
console.log(`popup, ${runs} runs (ms since the popup's navigation started)`);
line('first content painted', figures.first, `target ≤ ${TARGET_FIRST_CONTENT_MS} ms (first-contentful-paint: the shell on screen)`);
line('  floor: one-line extension page', figures.floor, '(same runs, same load: the browser alone)');
line('  popup beyond the floor', figures.first.map((f, i) => f - figures.floor[i]!), '(each run minus its own floor run)');
line('  HTML parsed', figures.parsed, '(domInteractive)');
line('  script took the shell over', figures.takenOver, '(popup code loaded and rendered; the person saw the shell before)');
line('review of the form shown', figures.review, '(includes asking the page)');
