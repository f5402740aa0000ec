import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LaunchedBrowser } from '../../scripts/harness/chromium';
import { getExtensionStorage, storeProfiles } from '../../scripts/harness/extension-storage';
import { fillFromPopup, openPopupFor, openReviewSections } from '../../scripts/harness/popup';
import { servePages } from '../../scripts/harness/serve-pages';
import { fixturePages } from '../fixtures/pages';
import { e2eProfiles } from './e2e-profiles';

// A question answered once in the popup is answered on the next form that asks it in other words.
const [profile, other] = e2eProfiles();
const lever = fixturePages.find((p) => p.name === 'lever-apply')!;
const globex = { url: 'https://jobs.lever.co/globex/2b9d4e60-0000-4000-8000-00000000b002/apply', file: 'tests/fixtures/pages/lever-apply-globex.html' };
const WHY_ACME = 'cards[8a4d2b7c-1e3f-4a5b-8c9d-0e1f2a3b4c5d][field0]';
const WHY_GLOBEX = 'cards[5e6f7a8b-0000-4000-8000-00000000c003][field0]';
const SALARY_NOW = 'cards[5e6f7a8b-0000-4000-8000-00000000c003][field1]';
let browser: LaunchedBrowser;

const row = (popup: Page, name: string) => popup.locator(`li.review-field[data-field-id="name:${name}"]`);

beforeAll(async () => {
  browser = await launchWithExtension();
  await servePages(browser.context, [{ url: lever.url, file: lever.file }, globex]);
  await storeProfiles(browser.context, [profile, other]);
});

afterAll(async () => {
  await browser?.close();
});

/** The review section a row is listed in ("needs-you" first, then the ready sections). */
const sectionOf = (li: ReturnType<typeof row>) => li.evaluate((el) => el.closest('[data-section]')?.getAttribute('data-section') ?? 'none');

describe('answer bank in Chromium', () => {
  it('remembers a needs-you answer given in the popup and fills it, reworded, on another company’s form', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(lever.url);
    const popup = await openPopupFor(browser.context, browser.extensionId, tab);
    const why = row(popup, WHY_ACME);
    await why.waitFor();
    // Listed among what needs the person, marked as such.
    await expect.poll(() => sectionOf(why)).toBe('needs-you');
    // Typed key by key, as a person types: the row stays where it is answered and keeps the focus to the end.
    const answer = 'I have run fleet telemetry for years and Acme builds the platform I want to work on.';
    await why.locator('textarea').pressSequentially(answer);
    expect(await why.locator('textarea').inputValue()).toBe(answer);
    expect(await why.locator('textarea').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await sectionOf(why)).toBe('needs-you');
    const remember = why.locator('.remember input[type=checkbox]');
    expect(await remember.isChecked()).toBe(true);
    expect(await fillFromPopup(popup)).toMatch(/^filled \d+/);
    await expect.poll(async () => {
      // The bank belongs to the person, stored once for every profile (schema v2).
      const stored = (await getExtensionStorage(browser.context, ['identity'])).identity as { answerBank: { question: string }[] };
      return stored.answerBank.map((e) => e.question);
    }).toEqual(['Why do you want to work at Acme?']);
    await Promise.all([popup.close(), tab.close()]);

    const second = await browser.context.newPage();
    await second.goto(globex.url);
    const popup2 = await openPopupFor(browser.context, browser.extensionId, second);
    const draws = row(popup2, WHY_GLOBEX);
    // Answered from the bank, so it sits in a ready section, folded (its rows not drawn) until opened.
    await openReviewSections(popup2);
    await draws.waitFor({ state: 'attached' });
    expect(await draws.locator('.reason').textContent()).toMatch(/your answer to 'Why do you want to work at Acme\?' \(acme, Lever, \d+ \w{3}.*\); acme replaced by globex/i);
    // A look-alike on the same page stays the user's.
    await expect.poll(() => sectionOf(row(popup2, SALARY_NOW))).toBe('needs-you');
    await fillFromPopup(popup2);
    expect(await second.locator(`[name="${WHY_GLOBEX}"]`).inputValue()).toBe('I have run fleet telemetry for years and Globex builds the platform I want to work on.');
    expect(await second.locator(`[name="${SALARY_NOW}"]`).inputValue()).toBe('');
    await Promise.all([popup2.close(), second.close()]);
  });
});
