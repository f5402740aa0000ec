import type { Page } from 'playwright-core';
import type { LaunchedBrowser } from './chromium';
import { manyEntries } from '../../tests/support/log-entries';
import { markApplied } from '../../lib/log/build-entry';
import { setExtensionStorage } from './extension-storage';
import { openPopupFor } from './popup';

/** The popup's real size (body width × height in entrypoints/popup/style.css). */
export const POPUP_SIZE = { width: 420, height: 580 };
export const PAGE_SIZE = { width: 1100, height: 820 };

/** One screen a person sees, opened in the built extension and ready to look at (screenshot, axe). */
export interface View {
  name: string;
  open: (browser: LaunchedBrowser) => Promise<Page>;
}

async function extensionPage(browser: LaunchedBrowser, path: string, ready: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(PAGE_SIZE);
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  await page.locator(ready).first().waitFor();
  return page;
}

async function popupOn(browser: LaunchedBrowser, url: string): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.goto(url);
  const popup = await openPopupFor(browser.context, browser.extensionId, tab);
  await popup.setViewportSize(POPUP_SIZE);
  // The page has been read once a panel shows (the shell drawn before has a footer, but no panel).
  await popup.locator('[role=tabpanel]').first().waitFor();
  // The tab behind the popup closes with it.
  popup.on('close', () => void tab.close().catch(() => undefined));
  return popup;
}

/** A job posting (for Tailor) and an application form, each served at its real address. */
export const POSTING = {
  url: 'https://job-boards.greenhouse.io/meshwork/jobs/4100200300',
  file: 'tests/fixtures/job-descriptions/greenhouse-rust-networking-posting.html',
};

/** Every view of the extension; `url` is an application form served at its real address, plus `POSTING`. */
export function allViews(url: string, optionSections: readonly string[]): View[] {
  return [
    { name: 'onboarding', open: (b) => extensionPage(b, 'onboarding.html', '#step-you') },
    { name: 'review', open: (b) => popupOn(b, url) },
    {
      name: 'needs-you',
      open: async (b) => {
        const popup = await popupOn(b, url);
        await popup.locator('button.jump').click();
        return popup;
      },
    },
    {
      name: 'after-fill',
      open: async (b) => {
        const popup = await popupOn(b, url);
        await popup.locator('button.fill').click();
        await popup.locator('[data-testid=fill-result]').waitFor({ timeout: 20_000 });
        return popup;
      },
    },
    {
      name: 'tailor',
      open: async (b) => {
        const popup = await popupOn(b, POSTING.url);
        await popup.getByRole('tab', { name: 'Tailor' }).click();
        await popup.locator('.position .bullet').first().waitFor({ timeout: 30_000 });
        return popup;
      },
    },
    { name: 'options', open: (b) => extensionPage(b, 'options.html', '#profile-select') },
    {
      // The log as a person who applies often sees it: a dozen fills, some marked applied or further along.
      name: 'applications',
      open: async (b) => {
        const entries = manyEntries(12, Date.UTC(2026, 10, 2)).map((e, i) =>
          i % 3 === 0 ? { ...markApplied(e, e.lastFilledAt + 60_000), status: (['applied', 'interviewing', 'offer', 'rejected'] as const)[(i / 3) % 4]! } : e,
        );
        await setExtensionStorage(b.context, { applications: entries });
        return extensionPage(b, 'options.html#applications', 'main.applications tbody tr');
      },
    },
    ...optionSections.map((id) => ({
      name: `options-${id}`,
      open: async (b: LaunchedBrowser) => {
        const page = await extensionPage(b, 'options.html', '#profile-select');
        await page.locator(`.options-nav a[href="#${id}"]`).click();
        return page;
      },
    })),
  ];
}
