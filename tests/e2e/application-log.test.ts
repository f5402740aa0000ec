import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchWithExtension, type LaunchedBrowser } from '../../scripts/harness/chromium';
import { getExtensionStorage, resetExtensionStorage, storeProfiles } from '../../scripts/harness/extension-storage';
import { runFillShortcut } from '../../scripts/harness/fill-shortcut';
import { fillFromPopup, openPopupFor } from '../../scripts/harness/popup';
import { servePages } from '../../scripts/harness/serve-pages';
import { CSV_HEADER } from '../../lib/log/log-export';
import { parseCsv } from '../../lib/log/csv';
import { fixturePages } from '../fixtures/pages';
import { e2eProfiles } from './e2e-profiles';

/**
 * The application log as a person meets it: two fills on two forms (one from the popup, one from the shortcut)
 * give two entries, the third visit says "You applied to …", the Applications view exports and re-imports, and
 * nothing tries to leave the machine all the while.
 */
const [profile, other] = e2eProfiles();
const lever = fixturePages.find((p) => p.kind === 'lever')!;
const classic = fixturePages.find((p) => p.kind === 'greenhouse-classic')!;
const SHOTS = process.env.APPLYFILL_SHOTS_DIR;

let browser: LaunchedBrowser;
let network: { refused: string[]; served: string[] };
const requests: string[] = [];
/** The profiles, nothing in the log: where the first test starts. */
let stored: Record<string, unknown>;
/** What storage holds after `fillTwoForms` from `stored`: where the later tests start, without filling again. */
let afterTwoFills: Record<string, unknown> | undefined;
/** How many requests (and refusals) there were when the current test started. */
let seen = { requests: 0, refused: 0 };

async function open(url: string): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.goto(url);
  return tab;
}

const storedLog = async () => (await getExtensionStorage(browser.context, ['applications'])).applications as { url: string; title: string; status: string; fills: number }[];

async function optionsAt(hash: string): Promise<Page> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html${hash}`);
  return options;
}

beforeAll(async () => {
  browser = await launchWithExtension();
  browser.context.on('request', (r) => requests.push(r.url()));
  network = await servePages(browser.context, [lever, classic].map((p) => ({ url: p.url, file: p.file })));
  await storeProfiles(browser.context, [profile, other], profile.id);
  stored = await getExtensionStorage(browser.context);
});

beforeEach(async () => {
  await resetExtensionStorage(browser.context, stored);
  seen = { requests: requests.length, refused: network.refused.length };
});

/**
 * Nothing the current test did left the machine: every request went to a served page. A test that loaded pages
 * also proves the listener saw them (`loadedPages`), so an empty list cannot pass for a clean one.
 */
function expectNothingLeft(loadedPages = true): void {
  expect(network.refused.slice(seen.refused)).toEqual([]);
  const web = requests.slice(seen.requests).filter((u) => /^https?:/.test(u));
  if (loadedPages) expect(web.length).toBeGreaterThan(0);
  expect(web.filter((u) => !network.served.includes(u))).toEqual([]);
}

/** Fill the Lever form from the popup and mark it applied, then the Greenhouse one with the shortcut. */
async function fillTwoForms(): Promise<void> {
  const tab = await open(lever.url);
  const popup = await openPopupFor(browser.context, browser.extensionId, tab);
  await popup.locator('button.fill').waitFor();
  expect(await fillFromPopup(popup)).toMatch(/^filled \d+/);
  await popup.locator('button.mark-applied').click();
  await expect.poll(() => popup.locator('[data-testid=applied-status]').textContent()).toMatch(/^Marked as applied on \d{1,2} [A-Z][a-z]{2}\.$/);
  const second = await open(classic.url);
  await second.locator('#first_name').waitFor();
  expect(await runFillShortcut(browser.context, second.url())).toMatch(/^filled \d+/);
  await Promise.all([popup.close(), tab.close(), second.close()]);
}

/** Storage as `fillTwoForms` leaves it: filled once (by whichever test asks first), then reset to that state. */
async function startAfterTwoFills(): Promise<void> {
  if (afterTwoFills) return resetExtensionStorage(browser.context, afterTwoFills);
  await fillTwoForms();
  afterTwoFills = await getExtensionStorage(browser.context);
}

afterAll(async () => {
  await browser?.close();
});

describe('the application log in Chromium', () => {
  it('two fills on two forms (popup, then shortcut) give two entries; the popup marks the first as applied', async () => {
    const tab = await open(lever.url);
    const popup = await openPopupFor(browser.context, browser.extensionId, tab);
    await popup.locator('button.fill').waitFor();
    // First visit: the log has nothing to say before Fill.
    expect(await popup.locator('[data-testid=repeat-notice]').count()).toBe(0);
    await Promise.all([popup.close(), tab.close()]);
    await startAfterTwoFills();

    const log = await storedLog();
    expect(log.map((e) => [e.url, e.status, e.fills])).toEqual([
      ['https://job-boards.greenhouse.io/acme/jobs/123', 'filled', 1],
      ['https://jobs.lever.co/acme/7f3c2a10-0000-4000-8000-00000000a001', 'applied', 1],
    ]);
    expectNothingLeft();
  });

  it('the third visit says so before Fill, naming company, job, day and profile', async () => {
    await startAfterTwoFills();
    const tab = await open(lever.url);
    const popup = await openPopupFor(browser.context, browser.extensionId, tab);
    const notice = popup.locator('[data-testid=repeat-notice]');
    await notice.waitFor();
    const title = (await storedLog()).find((e) => e.url.includes('lever'))!.title;
    expect(title).toBe('Senior Backend Engineer, Fleet Telemetry');
    expect(await notice.textContent()).toMatch(new RegExp(`^You applied to \\w+ \\(${title}\\) on \\d{1,2} [A-Z][a-z]{2} with the ${profile.label} profile\\.$`));
    expect(await popup.locator('[data-testid=fill-result]').count()).toBe(0);
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      for (const scheme of ['light', 'dark'] as const) {
        await popup.emulateMedia({ colorScheme: scheme });
        await popup.setViewportSize({ width: 400, height: 600 });
        await popup.screenshot({ path: `${SHOTS}/popup-repeat-notice-${scheme}.png` });
      }
    }
    await Promise.all([popup.close(), tab.close()]);
    expectNothingLeft();
  });

  it('the Applications view lists, filters, exports CSV and JSON, deletes all, and re-imports without duplicates', async () => {
    const fillsHere = afterTwoFills === undefined;
    await startAfterTwoFills();
    const options = await optionsAt('#applications');
    const rows = options.locator('table.log-table tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await options.locator('[aria-current=page]').textContent()).toBe('Applications');

    await options.getByRole('searchbox').fill('fleet telemetry');
    await expect.poll(() => rows.count()).toBe(1);
    await options.getByRole('searchbox').fill('');
    await options.locator('#log-status').selectOption('applied');
    await expect.poll(() => rows.count()).toBe(1);
    await options.locator('#log-status').selectOption('all');
    await expect.poll(() => rows.count()).toBe(2);
    await rows.first().getByRole('combobox').selectOption('interviewing');
    await expect.poll(async () => (await storedLog()).find((e) => e.url.includes('greenhouse'))!.status).toBe('interviewing');

    if (SHOTS) {
      for (const scheme of ['light', 'dark'] as const) {
        await options.emulateMedia({ colorScheme: scheme });
        await options.screenshot({ path: `${SHOTS}/options-applications-${scheme}.png`, fullPage: true });
      }
      await options.emulateMedia({ colorScheme: 'light' });
    }

    const [csvDownload] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = parseCsv(readFileSync((await csvDownload.path()), 'utf8'));
    expect(csv[0]).toEqual([...CSV_HEADER]);
    expect(csv).toHaveLength(3);
    expect(csvDownload.suggestedFilename()).toMatch(/^applyfill-applications-\d{4}-\d{2}-\d{2}\.csv$/);

    const [jsonDownload] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export JSON' }).click()]);
    const jsonPath = (await jsonDownload.path());
    const before = await storedLog();

    await options.getByRole('button', { name: 'Delete all' }).click();
    await options.getByRole('alertdialog').getByRole('button', { name: 'Delete all' }).click();
    await expect.poll(() => options.locator('.empty').textContent()).toMatch(/^No applications yet/);
    expect(await storedLog()).toEqual([]);

    await options.locator('input[type=file]').setInputFiles(jsonPath);
    await expect.poll(() => options.locator('[data-testid=log-message]').textContent()).toBe('Imported: 2 new applications, 0 updated, 0 already in the log.');
    expect(await storedLog()).toEqual(before);
    await options.locator('input[type=file]').setInputFiles(jsonPath);
    await expect.poll(() => options.locator('[data-testid=log-message]').textContent()).toBe('Imported: 0 new applications, 0 updated, 2 already in the log.');
    expect(await storedLog()).toEqual(before);
    await expect.poll(() => rows.count()).toBe(2);

    await options.locator('input[type=file]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "applyfill-application-log", "entries": [{"url": 1}]}') });
    await expect.poll(() => options.locator('[data-testid=log-message]').textContent()).toMatch(/^Not imported: 1 of 1 entries cannot be read: entries\.0\..*Nothing was changed\.$/);
    expect(await storedLog()).toEqual(before);
    await options.close();
    // This test may start from stored fills (no page loaded): export and import must not reach the web either.
    expectNothingLeft(fillsHere);
  });
});
