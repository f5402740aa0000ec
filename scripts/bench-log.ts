/**
 * `npx tsx scripts/bench-log.ts [--runs N]`: the application log at its bound. Prints the stored size of 2,000
 * entries, the time to read and validate them, and, in Chromium with the built extension, the time the options
 * page's Applications view takes to show its table and to narrow the 2,000 on a search, a profile and a status.
 * Figures depend on the machine's load: run it alone.
 */
import { parseArgs } from 'node:util';
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

// Sent as text: tsx would wrap named functions in a helper the page does not have.
const NARROW = `new Promise((resolve) => {
  const what = 'WHAT';
  // The count line changes with every narrowing, even when the page of rows shown stays full.
  const rows = () => document.querySelector('[data-testid=log-count]').textContent;
  const before = rows();
  const t0 = performance.now();
  if (what === 'search') {
    const box = document.querySelector('#log-search');
    box.value = 'staff platform';
    box.dispatchEvent(new Event('input', { bubbles: true }));
  } else {
    const select = document.querySelector(what === 'status' ? '#log-status' : '#log-profile');
    select.value = what === 'status' ? 'applied' : 'elixir-staff-engineer';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }
  const wait = () => (rows() !== before ? requestAnimationFrame(() => resolve(performance.now() - t0)) : requestAnimationFrame(wait));
  wait();
})`;

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
    // A change, then the first frame after the table shows the narrowed rows.
    const narrow = (what: 'search' | 'status' | 'profile') => page.evaluate<number>(NARROW.replace('WHAT', what));
    search.push(await narrow('search'));
    profile.push(await narrow('profile'));
    status.push(await narrow('status'));
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`Chromium, options page with 2,000 entries → table shown (newest ${LOG_PAGE_SIZE} rows): ${ms(render)}`);
console.log(`Chromium, search "staff platform" → rows narrowed: ${ms(search)}`);
console.log(`Chromium, then a profile filter → rows narrowed: ${ms(profile)}`);
console.log(`Chromium, then a status filter → rows narrowed: ${ms(status)}`);
