import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LaunchedBrowser } from '../../scripts/harness/chromium';
import { getExtensionStorage, storeProfiles } from '../../scripts/harness/extension-storage';
import { fillFromPopup, openPopupFor, openReviewSections } from '../../scripts/harness/popup';
import { servePages } from '../../scripts/harness/serve-pages';
import { demoProfileWithAnswers } from '../../scripts/harness/demo-answers';
import type { FillReport } from '../../lib/fill/fill-report';
import { fixturePath } from '../fixtures/pages';

/**
 * A page built to trick the extension (tests/fixtures/pages/hostile-board.html): 30 shapes that hide a field the
 * profile answers, and a page script (the leak probe) that records every attribute change and every input, key,
 * focus and click event it can see. Via the popup and via the shortcut: no hidden field is filled, the page sees
 * no profile value before Fill, and after Fill only the values of the fields that were filled.
 */

const URL_ = 'https://boards.greenhouse.io/hostile/jobs/999';
const profile = demoProfileWithAnswers('Hostile');
let browser: LaunchedBrowser;

interface ProbeEntry {
  kind: string;
  id: string;
  name?: string;
  value: string;
}

// Every value of the profile a page could learn something from, the answers a person declines to give included.
const SECRETS = [
  profile.identity.firstName,
  profile.identity.lastName,
  profile.identity.email,
  profile.identity.phone,
  profile.links.linkedin,
  profile.links.github,
  profile.links.website,
  profile.identity.location.country,
  profile.identity.location.city,
  'decline',
].map((s) => s.toLowerCase());

const leaks = (entries: ProbeEntry[]) => entries.filter((e) => SECRETS.some((s) => e.value.toLowerCase().includes(s)));
const probe = (tab: Page) => tab.evaluate(() => (window as unknown as { __probe: ProbeEntry[] }).__probe.slice());
const shapeIds = (tab: Page) => tab.locator('#hiding_shapes input, #hiding_shapes select').evaluateAll((els) => els.map((el) => el.id || el.getAttribute('name')!));
/** Value, ticks and selection of every control in the hiding shapes. */
const shapeState = (tab: Page) =>
  tab.locator('#hiding_shapes input, #hiding_shapes select').evaluateAll((els) =>
    els.map((el) => `${el.id || (el as HTMLInputElement).name}=${(el as HTMLInputElement).value}:${(el as HTMLInputElement).checked ?? ''}:${(el as HTMLSelectElement).selectedIndex ?? ''}`),
  );

async function open(): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.goto(URL_);
  await tab.waitForFunction(() => Array.isArray((window as unknown as { __probe?: unknown }).__probe));
  return tab;
}

/** The ids of the fields the report says were filled, and checks every probe entry that carries a value against them. */
function checkAfterFill(report: FillReport, entries: ProbeEntry[], hidden: string[]): void {
  const filled = new Set(report.results.filter((r) => r.status === 'filled').flatMap((r) => [r.fieldId.replace(/^#|^name:/, ''), r.domId, r.name]));
  const stray = leaks(entries).filter((e) => !filled.has(e.id));
  expect(stray, 'a profile value reached a field that was not filled').toEqual([]);
  for (const id of hidden) expect(filled.has(id), `hidden field ${id} reported filled`).toBe(false);
}

beforeAll(async () => {
  browser = await launchWithExtension();
  await servePages(browser.context, [{ url: URL_, file: fixturePath('hostile-board') }]);
  await storeProfiles(browser.context, [profile], profile.id);
});

afterAll(async () => {
  await browser?.close();
});

describe('a hostile page in Chromium: 30 ways to hide a field, and a script that watches', () => {
  it('via the popup: hidden fields are listed as hidden, never filled; the page learns nothing before Fill and only filled values after', async () => {
    const tab = await open();
    const hidden = await shapeIds(tab);
    expect(hidden.length).toBeGreaterThanOrEqual(25);
    const before = await shapeState(tab);
    const popup = await openPopupFor(browser.context, browser.extensionId, tab);
    await openReviewSections(popup);
    // The review names hidden fields and says they stay empty.
    const hiddenRows = popup.locator('li.review-field.state-hidden');
    expect(await hiddenRows.count()).toBeGreaterThanOrEqual(20);
    expect(await hiddenRows.first().locator('.reason').textContent()).toBe('hidden on the page: not filled');
    expect(leaks(await probe(tab)), 'the page saw a profile value before Fill').toEqual([]);

    expect(await fillFromPopup(popup)).toMatch(/^filled \d+, needs you \d+/);
    const { lastFillReport } = await getExtensionStorage(browser.context, ['lastFillReport']);
    const report = lastFillReport as FillReport;
    expect(await shapeState(tab)).toEqual(before);
    for (const id of ['first_name', 'last_name', 'email', 'phone']) expect(report.results.find((r) => r.fieldId === `#${id}`)?.status, id).toBe('filled');
    expect(await tab.locator('#email').inputValue()).toBe(profile.identity.email);
    checkAfterFill(report, await probe(tab), hidden);
    // Highlights and their tooltips say nothing of the profile for what was not filled.
    const titles = await tab.locator('[data-applyfill="needs-you"]').evaluateAll((els) => els.map((el) => el.getAttribute('title') ?? ''));
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.filter((t) => SECRETS.some((s) => t.toLowerCase().includes(s)))).toEqual([]);
    expect(await tab.evaluate(() => document.body.dataset.submitted ?? 'no')).toBe('no');
    await popup.close();
    await tab.close();
  });

  it('via the shortcut: the same, with no review at all', async () => {
    const tab = await open();
    const hidden = await shapeIds(tab);
    const before = await shapeState(tab);
    const worker = browser.context.serviceWorkers()[0]!;
    const outcome = await worker.evaluate(async (url) => {
      const g = globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } };
        applyfill: { onCommand(command: string, tabId?: number): Promise<string> };
      };
      // The newest tab at that address (the previous test's tab may still be closing).
      const [target] = (await g.chrome.tabs.query({})).filter((t) => t.url === url).sort((a, b) => b.id - a.id);
      return g.applyfill.onCommand('fill-page', target!.id);
    }, URL_);
    expect(outcome).toMatch(/^filled \d+, needs you \d+$/);
    const { lastFillReport } = await getExtensionStorage(browser.context, ['lastFillReport']);
    expect(await shapeState(tab)).toEqual(before);
    const firstName = (lastFillReport as FillReport).results.find((r) => r.fieldId === "#first_name");
    expect(firstName, JSON.stringify(firstName)).toMatchObject({ status: "filled" });
    expect(await tab.locator("#first_name").inputValue()).toBe(profile.identity.firstName);
    checkAfterFill(lastFillReport as FillReport, await probe(tab), hidden);
    await tab.close();
  });
});
