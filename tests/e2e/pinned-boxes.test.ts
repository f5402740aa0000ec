import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FillReport } from '../../lib/fill/fill-report';
import { launchWithExtension, type LaunchedBrowser } from '../../scripts/harness/chromium';
import { demoProfileWithAnswers } from '../../scripts/harness/demo-answers';
import { getExtensionStorage, storeProfiles } from '../../scripts/harness/extension-storage';
import { fillFromPopup, openPopupFor } from '../../scripts/harness/popup';
import { servePages } from '../../scripts/harness/serve-pages';
import { repoPath } from '../support/repo-path';

/**
 * Boxes pinned to the viewport (tests/fixtures/pages/pinned-boxes.html). A fixed box that covers a field only at
 * some scroll positions does not hide it: a person scrolls the field out from under it. A fixed box that covers it
 * at every position does. Layout decides, so this runs in Chromium.
 */

const URL_ = 'https://boards.greenhouse.io/pinned/jobs/321';
const profile = demoProfileWithAnswers('Pinned');
let browser: LaunchedBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
  await servePages(browser.context, [{ url: URL_, file: repoPath('tests/fixtures/pages/pinned-boxes.html') }]);
  await storeProfiles(browser.context, [profile], profile.id);
});

afterAll(async () => {
  await browser?.close();
});

describe('fields under boxes pinned to the viewport, in Chromium', () => {
  it('a box across the middle of the viewport hides nothing a scroll shows; a panel over the whole height hides its field', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(URL_);
    // The last fields rest under the middle box even with the page scrolled to its end: the premise of the page.
    const underAtEnd = await tab.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      const r = document.getElementById('website')!.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      window.scrollTo(0, 0);
      return hit?.id;
    });
    expect(underAtEnd).toBe('status-box');
    const popup = await openPopupFor(browser.context, browser.extensionId, tab);
    expect(await fillFromPopup(popup)).toMatch(/^filled \d+/);
    const { lastFillReport } = await getExtensionStorage(browser.context, ['lastFillReport']);
    const byId = new Map((lastFillReport as FillReport).results.map((r) => [r.fieldId, r]));
    for (const id of ['first_name', 'last_name', 'email', 'linkedin', 'website']) expect(byId.get(`#${id}`)?.status, id).toBe('filled');
    expect(await tab.locator('#website').inputValue()).toBe(profile.links.website);
    expect(await tab.locator('#linkedin').inputValue()).toBe(profile.links.linkedin);
    expect(byId.get('#phone')).toMatchObject({ status: 'skipped' });
    expect(byId.get('#phone')?.reason).toMatch(/^hidden on the page \(covered by another element \(div#side-panel\)\)/);
    expect(await tab.locator('#phone').inputValue()).toBe('');
    await popup.close();
    await tab.close();
  });
});
