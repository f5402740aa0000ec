import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../../scripts/harness/axe';
import { launchWithExtension, type LaunchedBrowser } from '../../scripts/harness/chromium';
import { storeProfiles } from '../../scripts/harness/extension-storage';
import { servePages } from '../../scripts/harness/serve-pages';
import { allViews, POSTING } from '../../scripts/harness/views';
import { fixturePages } from '../fixtures/pages';
import { e2eProfiles } from './e2e-profiles';

/** Every view `npm run shots` pictures, in both themes: axe-core finds nothing (the review with Fill in view). */
const lever = fixturePages.find((p) => p.name === 'lever-apply')!;
let browser: LaunchedBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
  await servePages(browser.context, [{ url: lever.url, file: lever.file }, POSTING]);
});

afterAll(async () => {
  await browser?.close();
});

describe('axe on every view, light and dark', () => {
  // One check per view, so a slow or failing view names itself. The options page is one document: its sections
  // share one check (their pictures are separate).
  for (const view of allViews(lever.url, [])) {
    it(`${view.name}: no violations`, async () => {
      if (view.name === 'review') await storeProfiles(browser.context, e2eProfiles());
      const page = await view.open(browser);
      if (view.name === 'review') expect(await page.locator('button.fill').isVisible(), 'Fill in view').toBe(true);
      const found: Record<string, string[]> = {};
      for (const theme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: theme });
        const violations = await axeViolations(page);
        if (violations.length) found[theme] = violations;
      }
      await page.close();
      expect(found).toEqual({});
    });
  }
});
