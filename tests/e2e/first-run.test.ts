import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchWithExtension, type LaunchedBrowser } from '../../scripts/harness/chromium';
import { getExtensionStorage, resetExtensionStorage, setExtensionStorage } from '../../scripts/harness/extension-storage';
import { splitProfile } from '../../lib/profile/combine-profile';
import { profileSchema } from '../../lib/profile/profile-schema';
import { openPopupFor } from '../../scripts/harness/popup';
import { servePages } from '../../scripts/harness/serve-pages';
import { POSTING } from '../../scripts/harness/views';
import { fixturePages } from '../fixtures/pages';

/**
 * A new user, from an empty browser profile: the extension opens its setup on install, the person enters who they
 * are once and keeps the shipped résumés, then fills an application with the keyboard alone, with either résumé.
 */
const lever = fixturePages.find((p) => p.name === 'lever-apply')!;
let browser: LaunchedBrowser;
let installedAt = 0;
/** What the install stored (the shipped résumés, no person yet). */
let installed: Record<string, unknown>;
/** The person the setup test types, as the extension stores it: the start of the tests after setup. */
const ada = splitProfile(
  profileSchema.parse({
    schemaVersion: 1, id: 'ada', label: 'Ada',
    identity: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.org', phone: '+44 20 7946 0000' },
    links: { linkedin: 'https://linkedin.com/in/ada-example' },
  }),
).identity;

beforeAll(async () => {
  installedAt = performance.now();
  browser = await launchWithExtension();
  await servePages(browser.context, [{ url: lever.url, file: lever.file }, POSTING]);
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // Waits for the install's shipped profiles, then writes nothing new.
  await setExtensionStorage(browser.context, {});
  installed = await getExtensionStorage(browser.context);
});

afterAll(async () => {
  await browser?.close();
});

const onboardingPage = async (): Promise<Page> => {
  for (let waited = 0; waited < 15_000; waited += 100) {
    const page = browser.context.pages().find((p) => p.url().endsWith('/onboarding.html'));
    if (page) return page;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the setup page did not open on install');
};

const focused = (page: Page) => page.evaluate(() => `${document.activeElement?.tagName.toLowerCase()}.${document.activeElement?.className}#${document.activeElement?.id}`);

describe('first run to first fill', () => {
  it('opens the setup on install; who you are is entered once (a bare LinkedIn address completed), then the first fill by keyboard alone', async () => {
    const setup = await onboardingPage();
    await setup.locator('#you-firstName').waitFor();
    await setup.locator('#you-firstName').fill('Ada');
    await setup.locator('#you-lastName').fill('Lovelace');
    // A required field left empty is named, in words, and nothing moves on.
    await setup.getByRole('button', { name: 'Save and continue' }).click();
    expect(await setup.locator('#you-email-error').textContent()).toMatch(/E-mail is needed/);
    await setup.locator('#you-email').fill('ada@example.org');
    await setup.locator('#you-phone').fill('+44 20 7946 0000');
    await setup.locator('#you-city').fill('London');
    await setup.locator('#you-country').fill('United Kingdom');
    await setup.locator('#you-linkedin').fill('linkedin.com/in/ada-example');
    await setup.getByRole('button', { name: 'Save and continue' }).click();
    await setup.locator('#step-resumes').waitFor();
    const { identity } = await getExtensionStorage(browser.context, ['identity']);
    expect(identity).toMatchObject({ contact: { firstName: 'Ada', email: 'ada@example.org' }, links: { linkedin: 'https://linkedin.com/in/ada-example' } });
    expect(await setup.locator('.resume-card').count()).toBe(2);
    await setup.getByRole('button', { name: 'Continue' }).click();
    await setup.locator('#step-done').waitFor();
    expect(await setup.locator('#step-done').locator('xpath=..').textContent()).toMatch(/Open a job application .* press Fill/);
    await setup.close();

    // Then, keyboard only: Fill from the footer, focus comes back to Undo; the time from install to first fill is printed.
    const tab = await browser.context.newPage();
    await tab.goto(lever.url);
    const popup = await openPopupFor(browser.context, browser.extensionId, tab);
    await popup.locator('button.fill').waitFor();
    // Tab from the top of the popup until the Fill button has the focus, then Enter.
    for (let i = 0; i < 60 && !(await focused(popup)).includes('fill'); i++) await popup.keyboard.press('Tab');
    expect(await focused(popup)).toMatch(/^button\..*fill/);
    await popup.keyboard.press('Enter');
    await popup.locator('[data-testid=fill-result]').waitFor({ timeout: 20_000 });
    const seconds = (performance.now() - installedAt) / 1000;
    console.log(`install to first useful fill: ${seconds.toFixed(1)} s (fresh browser profile, setup typed by the test)`);
    expect(await tab.locator('[name="email"]').inputValue()).toBe('ada@example.org');
    expect(await tab.locator('[name="urls[LinkedIn]"]').inputValue()).toBe('https://linkedin.com/in/ada-example');
    await expect.poll(() => focused(popup)).toMatch(/^button\.undo/);
    await popup.close();
    await tab.close();
  });
});

describe('after the setup, by keyboard alone', () => {
  // Each starts from the install's résumés and the person entered once, whatever the test before it left.
  beforeEach(() => resetExtensionStorage(browser.context, { ...installed, identity: ada }));

  it('keyboard only: switch to the other résumé; the contact saved once fills with it too', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(lever.url);
    const popup = await openPopupFor(browser.context, browser.extensionId, tab);
    const select = popup.locator('#profile-switch');
    // The static shell paints an empty select before the popup's script takes it over: wait for the résumés.
    await expect.poll(() => select.locator('option').count()).toBeGreaterThan(1);
    const before = await select.inputValue();
    await select.focus();
    await popup.keyboard.press('ArrowDown');
    await expect.poll(() => select.inputValue()).not.toBe(before);
    for (let i = 0; i < 60 && !(await focused(popup)).includes('fill'); i++) await popup.keyboard.press('Tab');
    await popup.keyboard.press('Enter');
    await popup.locator('[data-testid=fill-result]').waitFor({ timeout: 20_000 });
    expect(await tab.locator('[name="email"]').inputValue()).toBe('ada@example.org');
    expect(await tab.locator('[name="name"]').inputValue()).toBe('Ada Lovelace');
    const { activeProfileId } = await getExtensionStorage(browser.context, ['activeProfileId']);
    expect(activeProfileId).toBe(await select.inputValue());
    await popup.close();
    await tab.close();
  });

  it('keyboard only: the tabs move with the arrow keys, a bullet list is one tab stop, Enter copies a bullet', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(lever.url);
    const popup = await openPopupFor(browser.context, browser.extensionId, tab);
    await popup.locator('#tab-review').waitFor();
    await popup.locator('#tab-review').focus();
    await popup.keyboard.press('ArrowRight');
    await expect.poll(() => popup.locator('#tab-tailor').getAttribute('aria-selected')).toBe('true');
    expect(await focused(popup)).toMatch(/#tab-tailor$/);
    await popup.close();
    await tab.close();

    const posting = await browser.context.newPage();
    await posting.goto(POSTING.url);
    const tailor = await openPopupFor(browser.context, browser.extensionId, posting);
    await tailor.getByRole('tab', { name: 'Tailor' }).click();
    const firstList = tailor.locator('.position .bullets').first();
    await firstList.locator('.bullet').first().waitFor({ timeout: 20_000 });
    // One tab stop per list: only the controls of one row can be reached with Tab.
    const reachable = await firstList.evaluate((ul) => Array.from(ul.querySelectorAll('.bullet')).map((li) => Array.from(li.querySelectorAll('button, input')).filter((c) => (c as HTMLElement).tabIndex >= 0).length));
    expect(reachable.filter((n) => n > 0)).toHaveLength(1);
    await firstList.locator('.bullet').first().locator('input[type=checkbox]').focus();
    await tailor.keyboard.press('ArrowDown');
    expect(await tailor.evaluate(() => document.activeElement?.closest('.bullet')?.previousElementSibling !== null)).toBe(true);
    const row = tailor.locator('.bullet:focus-within');
    const text = await row.locator('.bullet-text').textContent();
    for (let i = 0; i < 6 && !(await focused(tailor)).includes('copy-bullet'); i++) await tailor.keyboard.press('Tab');
    expect(await focused(tailor)).toMatch(/copy-bullet/);
    await tailor.keyboard.press('Enter');
    await expect.poll(() => tailor.evaluate(() => navigator.clipboard.readText())).toBe(`• ${text}`);
    await tailor.close();
    await posting.close();
  });
});
