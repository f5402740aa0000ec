import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from '../../scripts/harness/axe';
import { launchWithExtension, type LaunchedBrowser } from '../../scripts/harness/chromium';
import { getExtensionStorage, resetExtensionStorage, storedForm, storeProfiles } from '../../scripts/harness/extension-storage';
import { openPopupFor } from '../../scripts/harness/popup';
import { servePages } from '../../scripts/harness/serve-pages';
import { rankProfile } from '../../lib/tailor/bullet-ranking';
import { e2eProfiles } from './e2e-profiles';

const POSTING_URL = 'https://job-boards.greenhouse.io/meshwork/jobs/4100200300';
const POSTING_FILE = 'tests/fixtures/job-descriptions/greenhouse-rust-networking-posting.html';
const [profile, other] = e2eProfiles();
let browser: LaunchedBrowser;
/** The two profiles and nothing tailored yet: each test reads the page itself, none finds another's choices. */
let stored: Record<string, unknown>;

async function openTailor(): Promise<{ tab: Page; popup: Page }> {
  const tab = await browser.context.newPage();
  await tab.goto(POSTING_URL);
  const popup = await openPopupFor(browser.context, browser.extensionId, tab);
  await popup.getByRole('tab', { name: 'Tailor' }).click();
  await popup.locator('.position .bullet').first().waitFor();
  return { tab, popup };
}

beforeAll(async () => {
  browser = await launchWithExtension();
  await servePages(browser.context, [{ url: POSTING_URL, file: POSTING_FILE }]);
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await storeProfiles(browser.context, [profile, other], profile.id);
  stored = await getExtensionStorage(browser.context);
});

beforeEach(() => resetExtensionStorage(browser.context, stored));

afterAll(async () => {
  await browser?.close();
});

describe('tailoring in the popup, in Chromium', () => {
  it('reads the description from the page (Readability injected on demand) and ranks the expected bullet first', async () => {
    const { tab, popup } = await openTailor();
    expect(await popup.locator('#job-description').inputValue()).toMatch(/libp2p/i);
    const first = await popup.locator('.position').first().locator('.bullet-text').first().textContent();
    // A Rust peer-to-peer posting: the libp2p work (its lead, hole punching, the Kademlia DHT) comes first.
    expect(first).toMatch(/libp2p|hole punching|Kademlia/);
    // The same ranking the command line gives, on the description the popup read.
    const description = await popup.locator('#job-description').inputValue();
    expect(first).toBe(rankProfile(description, profile, { ignore: ['Meshwork'] }).bullets[0]!.text);
    expect(await popup.locator('.position').first().locator('.matched').first().textContent()).toMatch(/^matches: .*(libp2p|hole|peer-to-peer)/i);
    // The workspace with its ranked bullets, light and dark, and a bullet open for editing.
    expect(await axeViolations(popup)).toEqual([]);
    await popup.locator('.position').first().locator('.bullet').first().getByRole('button', { name: /^Edit/ }).click();
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(popup)).toEqual([]);
    await Promise.all([popup.close(), tab.close()]);
  });

  it('copies a bullet and the whole tailored résumé to the clipboard, and keeps the choices for this job', async () => {
    const { tab, popup } = await openTailor();
    const firstBullet = popup.locator('.position').first().locator('.bullet').first();
    const text = (await firstBullet.locator('.bullet-text').textContent())!;
    await firstBullet.locator('.copy-bullet').click();
    await expect.poll(() => popup.getByTestId('tailor-message').textContent()).toBe('Copied the bullet.');
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(`• ${text}`);

    // Untick the top bullet: it leaves the tailored résumé, and the choice is stored for this job and profile.
    await firstBullet.locator('input[type=checkbox]').uncheck();
    await popup.locator('button.copy-resume-md').click();
    await expect.poll(() => popup.getByTestId('tailor-message').textContent()).toMatch(/Markdown/);
    const markdown = await popup.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toMatch(/^## Experience\n\n### /);
    expect(markdown).toMatch(/\n- /);
    expect(markdown).not.toContain(text);
    await expect
      .poll(async () => JSON.stringify((await getExtensionStorage(browser.context, ['tailorings'])).tailorings ?? {}))
      .toContain(profile.id);
    // The stored profile is untouched until the user saves back.
    const { profiles } = await getExtensionStorage(browser.context, ['profiles']);
    expect(profiles).toEqual(storedForm([profile, other]).profiles);
    await Promise.all([popup.close(), tab.close()]);
  });
});
