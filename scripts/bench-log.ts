/**
 * `npx tsx scripts/bench-log.ts [--runs N]`: the application log at its bound. Prints the stored size of 2,000
 * entries, the time to read and validate them, and, in Chromium with the built extension, the time the options
 * page's Applications view takes to show its table and to narrow the 2,000 on a search, a profile and a status.
 * Figures depend on the machine's load: run it alone.
 */
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { markApplied } from '../lib/log/build-entry';
import { MAX_LOG_ENTRIES } from '../lib/log/log-bounds';
import { logToCsv, logToJson } from '../lib/log/log-export';
import { filterEntries, NO_FILTER } from '../lib/log/log-filter';
import { parseLogEntry } from '../lib/log/log-migrations';
import { manyEntries } from '../tests/support/log-entries';
import { LOG_PAGE_SIZE } from '../components/log/applications-view';
import { launchWithExtension } from './harness/chromium';
import { setExtensionStorage } from './harness/extension-storage';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (xs: number[]) => `median ${median(xs).toFixed(1)} ms, worst ${Math.max(...xs).toFixed(1)} ms (${xs.length} runs)`;
const timed = (fn: () => void) => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};

// Every fifth entry carries two bullets and a note, as a user who tailors some applications would have; every
// third is marked applied.
const entries = manyEntries(MAX_LOG_ENTRIES)
  .map((e, i) => (i % 3 ? e : markApplied(e, e.lastFilledAt + 60_000)))
  .map((e, i) => (i % 5 ? e : { ...e, note: 'Recruiter call on Tuesday; ask about the on-call rota and the team size.' }));
const bytes = (s: string) => new TextEncoder().encode(s).length;
console.log(`entries: ${entries.length}`);
console.log(`stored size (JSON, as chrome.storage keeps it): ${(bytes(JSON.stringify(entries)) / 1024).toFixed(0)} kB`);
console.log(`export sizes: JSON ${(bytes(logToJson(entries, Date.now())) / 1024).toFixed(0)} kB, CSV ${(bytes(logToCsv(entries)) / 1024).toFixed(0)} kB`);
const raw = JSON.parse(JSON.stringify(entries)) as unknown[];
console.log(`read + validate 2,000 entries (node): ${ms(Array.from({ length: runs }, () => timed(() => raw.forEach((r) => parseLogEntry(r)))))}`);
console.log(`filter 2,000 entries by a search (node): ${ms(Array.from({ length: runs }, () => timed(() => filterEntries(entries, { ...NO_FILTER, query: 'staff platform' }))))}`);

// A change made as a person makes it (Playwright types and selects), timed until the count line shows the narrowed
// result; the figure includes the round trip to the browser (a few ms), so it errs on the slow side.
async function narrow(page: Page, what: 'search' | 'status' | 'profile'): Promise<number> {
  const count = page.locator('[data-testid=log-count]');
  const before = await count.textContent();
  const t0 = performance.now();
  if (what === 'search') await page.locator('#log-search').fill('engineer');
  else if (what === 'status') await page.locator('#log-status').selectOption('applied');
  else await page.locator('#log-profile').selectOption('elixir-staff-engineer');
  await page.waitForFunction((b) => document.querySelector('[data-testid=log-count]')?.textContent !== b, before);
  return performance.now() - t0;
}

const browser = await launchWithExtension();
const render: number[] = [];
const search: number[] = [];
const status: number[] = [];
const profile: number[] = [];
try {
  await setExtensionStorage(browser.context, { applications: entries });
  for (let i = 0; i < runs; i++) {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html#applications`);
    await page.locator('table.log-table tbody tr').nth(LOG_PAGE_SIZE - 1).waitFor({ state: 'attached', timeout: 120_000 });
    // From navigation start to the first frame with the table: storage read, validation of all 2,000, first page.
    render.push(await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())))));
    search.push(await narrow(page, 'search'));
    profile.push(await narrow(page, 'profile'));
    status.push(await narrow(page, 'status'));
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`Chromium, options page with 2,000 entries → table shown (newest ${LOG_PAGE_SIZE} rows): ${ms(render)}`);
console.log(`Chromium, search "engineer" → rows narrowed: ${ms(search)}`);
console.log(`Chromium, then a profile filter → rows narrowed: ${ms(profile)}`);
console.log(`Chromium, then a status filter → rows narrowed: ${ms(status)}`);
