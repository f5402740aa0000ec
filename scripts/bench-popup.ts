/**
 * `npx tsx scripts/bench-popup.ts [--runs N]`: how fast the popup shows its first content and its full review, on
 * the Lever fixture, in Chromium with the built extension. Prints the median and the worst run beside the target.
 */
import { parseArgs } from 'node:util';
import { fixturePages } from '../tests/fixtures/pages';
import { launchWithExtension } from './harness/chromium';
import { openPopupFor } from './harness/popup';
import { servePages } from './harness/serve-pages';

const TARGET_FIRST_RENDER_MS = 100;

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' } } });
const runs = Number(values.runs);
const lever = fixturePages.find((p) => p.kind === 'lever')!;

const browser = await launchWithExtension();
const firstRender: number[] = [];
const parsed: number[] = [];
const reviewShown: number[] = [];
try {
  await servePages(browser.context, [{ url: lever.url, file: lever.file }]);
  const tab = await browser.context.newPage();
  await tab.goto(lever.url);
  for (let i = 0; i < runs; i++) {
    const popup = await openPopupFor(browser.context, browser.extensionId, tab);
    await popup.locator('.review').waitFor();
    const [first, review, html] = await popup.evaluate(() => [
      performance.getEntriesByName('applyfill:first-render')[0]?.startTime ?? NaN,
      performance.now(),
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domInteractive ?? NaN,
    ]);
    firstRender.push(first);
    parsed.push(html);
    reviewShown.push(review);
    await popup.close();
  }
} finally {
  await browser.close();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number) => `${n.toFixed(1)} ms`;
console.log(`popup, ${runs} runs (time since the popup document started loading)`);
console.log(`  first content rendered  median ${fmt(median(firstRender))}  worst ${fmt(Math.max(...firstRender))}  target ≤ ${TARGET_FIRST_RENDER_MS} ms`);
// The browser's own share: the popup's HTML parsed, before any of its script runs (a loaded machine shows here).
console.log(`  of which HTML parsed    median ${fmt(median(parsed))}  worst ${fmt(Math.max(...parsed))}  (the browser's part, before the popup's script)`);
console.log(`  review of the form shown median ${fmt(median(reviewShown))}  worst ${fmt(Math.max(...reviewShown))}  (includes asking the page)`);
