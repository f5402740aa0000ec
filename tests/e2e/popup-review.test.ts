import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../../scripts/harness/axe';
import { launchWithExtension, type LaunchedBrowser } from '../../scripts/harness/chromium';
import { storeProfiles } from '../../scripts/harness/extension-storage';
import { runFillShortcut } from '../../scripts/harness/fill-shortcut';
import { openPopupFor, openReviewSections } from '../../scripts/harness/popup';
import { servePages } from '../../scripts/harness/serve-pages';
import { fixturePages } from '../fixtures/pages';
import { e2eProfiles } from './e2e-profiles';

const [profile, other] = e2eProfiles();
const lever = fixturePages.find((p) => p.kind === 'lever')!;
let browser: LaunchedBrowser;

async function openLever(): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.goto(lever.url);
  return tab;
}

const row = (popup: Page, fieldId: string) => popup.locator(`li.review-field[data-field-id="${fieldId}"]`);
const pageValue = (tab: Page, name: string) => tab.locator(`[name="${name}"]`).inputValue();

beforeAll(async () => {
  browser = await launchWithExtension();
  await servePages(browser.context, fixturePages.map((p) => ({ url: p.url, file: p.file })));
  await storeProfiles(browser.context, [profile, other], profile.id);
});

afterAll(async () => {
  await browser?.close();
});

describe('popup review in Chromium', () => {
  it('shows the planned values with the label matched and the reason, edits and unticks change the fill, undo restores', async () => {
    const tab = await openLever();
    const popup = await openPopupFor(browser.context, browser.extensionId, tab);
    const email = row(popup, 'name:email');
    await popup.locator('details[data-section=Links]').waitFor();
    expect(await popup.locator('.review h2').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^Contact/), expect.stringMatching(/^Links/)]));
    // Ready sections start folded, their rows not drawn; a click on the section's heading opens it.
    expect(await email.count()).toBe(0);
    await popup.locator('details[data-section=Contact] summary').click();
    await popup.locator('details[data-section=Links] summary').click();
    expect(await email.locator('input[type=text]').inputValue()).toBe(profile.identity.email);
    expect(await email.locator('.review-head label').textContent()).toBe('Email');
    expect(await email.locator('.reason').textContent()).toBe("the form's e-mail field");
    expect(await email.locator('.reason').getAttribute('title')).toMatch(/Lever standard field "email"/);

    await row(popup, 'name:phone').locator('input[type=text]').fill('+49 30 1234567');
    await row(popup, 'name:urls[LinkedIn]').locator('input[type=checkbox]').first().uncheck();
    await popup.locator('button.fill').click();
    await expect.poll(() => popup.locator('[data-testid=fill-result]').textContent()).toMatch(/^filled \d+, needs you \d+/);

    expect(await pageValue(tab, 'email')).toBe(profile.identity.email);
    expect(await pageValue(tab, 'phone')).toBe('+49 30 1234567');
    expect(await pageValue(tab, 'urls[LinkedIn]')).toBe('');
    expect(await pageValue(tab, 'urls[GitHub]')).toBe(profile.links.github);
    expect(await tab.locator('[name="email"]').getAttribute('data-applyfill')).toBe('filled');

    await popup.locator('button.undo').click();
    await expect.poll(() => popup.locator('[data-testid=fill-result]').textContent()).toMatch(/undone: \d+ restored/);
    for (const name of ['name', 'email', 'phone', 'urls[GitHub]']) expect(await pageValue(tab, name)).toBe('');
    expect(await tab.locator('[data-applyfill]').count()).toBe(0);
    await popup.close();
    await tab.close();
  });

  it('a fill that fails on the page says why in the popup, and counts nothing as filled', async () => {
    const tab = await openLever();
    const popup = await openPopupFor(browser.context, browser.extensionId, tab);
    await popup.locator('details[data-section=Contact]').waitFor();
    // Between the review and Fill the tab goes to another page (a reload, a click on a link): the form the review
    // was made for is gone, and no content script answers in that frame.
    const careers = fixturePages.find((p) => p.name === 'acme-careers-embed-host')!;
    await tab.goto(careers.url);
    await popup.locator('button.fill').click();
    const alert = popup.locator('.fill-footer [role=alert]');
    await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toMatch(/did not answer\. Reload it and try again/);
    expect(await popup.locator('[data-testid=fill-result]').count()).toBe(0);
    await popup.close();
    await tab.close();
  });

  it('the shortcut’s command handler fills with the reviewed plan, without the popup', async () => {
    const tab = await openLever();
    await tab.locator('[name="email"]').waitFor();
    const outcome = await runFillShortcut(browser.context, tab.url());
    expect(outcome).toMatch(/^filled \d+, needs you \d+$/);
    expect(await pageValue(tab, 'email')).toBe(profile.identity.email);
    // The review from the test above is stored for this form and profile: its edit and its untick still hold.
    expect(await pageValue(tab, 'phone')).toBe('+49 30 1234567');
    expect(await pageValue(tab, 'urls[LinkedIn]')).toBe('');
    await tab.close();
  });

  it('axe-core finds no violations in the popup (review and tailor views) and the options page', async () => {
    const tab = await openLever();
    const popup = await openPopupFor(browser.context, browser.extensionId, tab);
    // Every section open, so axe reads every row.
    await openReviewSections(popup);
    await row(popup, 'name:email').waitFor();
    expect(await axeViolations(popup)).toEqual([]);
    await popup.getByRole('tab', { name: 'Tailor' }).click();
    expect(await axeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(popup)).toEqual([]);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('main').waitFor();
    expect(await axeViolations(options)).toEqual([]);
    await Promise.all([popup.close(), options.close(), tab.close()]);
  });
});
