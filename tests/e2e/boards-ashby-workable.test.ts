import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Profile } from '../../lib/profile/profile-schema';
import { buildFixtures } from '../../scripts/build-fixtures';
import { launchWithExtension, type LaunchedBrowser } from '../../scripts/harness/chromium';
import { demoProfileWithAnswers, RESUME_NAME } from '../../scripts/harness/demo-answers';
import { setExtensionStorage } from '../../scripts/harness/extension-storage';
import { openPopupFor, openReviewSections } from '../../scripts/harness/popup';
import { readBack } from '../../scripts/harness/read-back';
import { servePages } from '../../scripts/harness/serve-pages';
import { storeResume } from '../../scripts/harness/stored-resume';
import { fixturePages } from '../fixtures/pages';
import { fillAndReadBack, type Filled } from './plan-read-back';
import { checkNetworkPerTest } from './network-per-test';

let browser: LaunchedBrowser;
let profile: Profile;
let network: { refused: string[]; served: string[] };

async function open(name: string): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.goto(fixturePages.find((p) => p.name === name)!.url);
  return tab;
}

const row = (popup: Page, fieldId: string) => popup.locator(`li.review-field[data-field-id="${fieldId}"]`);

const mark = (tab: Page, selector: string) => tab.locator(selector).first().getAttribute('data-applyfill');
const submitted = (tab: Page) => tab.evaluate(() => document.body.dataset.submitted ?? 'no');

/** Undo from the popup that filled: every field the fill touched reads as before, and no outline is left. */
async function undoAndCheck(tab: Page, f: Filled): Promise<void> {
  await f.popup.locator('button.undo').click();
  await expect.poll(() => f.popup.locator('[data-testid=fill-result]').textContent()).toMatch(/undone: \d+ restored/);
  const after = await readBack(tab, f.steps);
  for (const s of f.steps) if (after[s.fieldId] !== '(unaddressable)') expect(after[s.fieldId], `${s.fieldId} after undo`).toBe('');
  expect(await tab.locator('[data-applyfill]').count()).toBe(0);
  await f.popup.close();
}

async function shortcut(tab: Page): Promise<string> {
  const worker = browser.context.serviceWorkers()[0]!;
  return worker.evaluate(async (url) => {
    const g = globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } };
      applyfill: { onCommand(command: string, tabId?: number): Promise<string> };
    };
    const [target] = (await g.chrome.tabs.query({})).filter((t) => t.url === url);
    return g.applyfill.onCommand('fill-page', target!.id);
  }, tab.url());
}

beforeAll(async () => {
  await buildFixtures();
  browser = await launchWithExtension();
  network = await servePages(browser.context, fixturePages.map((p) => ({ url: p.url, file: p.file })));
  const base = demoProfileWithAnswers('Boards');
  profile = await storeResume(browser.context, { ...base, headline: 'Senior backend engineer, peer-to-peer networking', summary: 'Backend engineer building P2P systems in Rust.' });
  await setExtensionStorage(browser.context, { profiles: [profile], activeProfileId: profile.id });
});

afterAll(async () => {
  await browser?.close();
});

// Nothing leaves the machine: after each test, every request it caused went to a fixture page.
checkNetworkPerTest(() => network);

describe('Ashby in Chromium: review, fill, read-back, highlights, undo, shortcut', () => {
  it('reviews and fills as a person would: buttons pressed, places picked, boxes ticked, résumé attached, the parser left alone', async () => {
    const tab = await open('ashby-application');
    await tab.locator('#_systemfield_name').waitFor();
    const popup = await openPopupFor(browser.context, browser.extensionId, tab);
    await openReviewSections(popup);
    await row(popup, '#_systemfield_name').waitFor();
    expect(await row(popup, '#_systemfield_name').locator('input[type=text]').inputValue()).toBe('Demo Candidate');
    expect(await row(popup, '#_systemfield_name').locator('.reason').textContent()).toMatch(/full name/);
    await popup.close();

    const f = await fillAndReadBack(browser.context, browser.extensionId, tab, profile);
    expect(f.shown).toMatchObject({
      '#_systemfield_name': 'Demo Candidate',
      '#_systemfield_email': profile.identity.email,
      '#81ee2d82-0000-4000-8000-00000000c001': profile.identity.phone,
      '#_systemfield_resume': RESUME_NAME,
      'path:_systemfield_location': 'Berlin, Berlin, Germany',
      'name:35678460-0000-4000-8000-00000000c004': 'Yes',
      'name:72de01e8-0000-4000-8000-00000000c005': 'No',
      'name:c9f10fbd-0000-4000-8000-00000000c006': '',
      'path:0ff273ae-0000-4000-8000-00000000c007': 'Germany',
      'name:f1__systemfield_eeoc_gender': 'Decline to self-identify',
      'path:1e21d43f-0000-4000-8000-00000000c010': 'I prefer not to answer',
    });
    // The hidden checkbox behind the Yes/No pair holds what the page will send.
    expect(await tab.locator('input[name="35678460-0000-4000-8000-00000000c004"]').isChecked()).toBe(true);
    expect(await tab.locator('input[name="72de01e8-0000-4000-8000-00000000c005"]').isChecked()).toBe(false);
    expect(f.byId['name:c9f10fbd-0000-4000-8000-00000000c006']).toMatchObject({ status: 'needs-you' });
    // "Other" is never ticked for want of a better option.
    expect(await tab.locator('#f0_0b3b7773-labeled-checkbox-2').isChecked()).toBe(false);
    expect(await tab.locator('#f1_1e21d43f-labeled-checkbox-2').isChecked()).toBe(false);
    // The "Autofill from resume" box got nothing; the résumé question got the file, shown by the page.
    expect(await tab.locator('#autofill-root input[type=file]').evaluate((i: HTMLInputElement) => i.files?.length ?? 0)).toBe(0);
    expect(await tab.evaluate(() => document.body.dataset.autofilled ?? 'no')).toBe('no');
    expect(await tab.locator('#resume-root .board-chip').textContent()).toBe(RESUME_NAME);
    // Pressing a button inside the form never submitted it.
    expect(await submitted(tab)).toBe('no');
    // Highlights on what a person sees: the input, the row of buttons, the needs-you question.
    expect(await mark(tab, '#_systemfield_name')).toBe('filled');
    expect(await mark(tab, '[data-field-path="35678460-0000-4000-8000-00000000c004"] ._yesno')).toBe('filled');
    expect(await mark(tab, '[data-field-path="c9f10fbd-0000-4000-8000-00000000c006"] ._yesno')).toBe('needs-you');
    await tab.screenshot({ path: 'test-results/ashby-filled.png', fullPage: true });
    await undoAndCheck(tab, f);
    expect(await tab.locator('#_systemfield_resume').evaluate((i: HTMLInputElement) => i.files?.length ?? 0)).toBe(0);
    await tab.close();
  });

  it('the shortcut fills the same form without the popup', async () => {
    const tab = await open('ashby-application');
    await tab.locator('#_systemfield_name').waitFor();
    expect(await shortcut(tab)).toMatch(/^filled \d+, needs you \d+$/);
    expect(await tab.locator('#_systemfield_name').inputValue()).toBe('Demo Candidate');
    expect(await tab.locator('[data-field-path="72de01e8-0000-4000-8000-00000000c005"] button._active_1svni').textContent()).toBe('No');
    expect(await submitted(tab)).toBe('no');
    await tab.close();
  });
});

describe('Workable in Chromium: review, fill, read-back, highlights, undo, shortcut', () => {
  it('fills the standard fields, ARIA radios and the dropdown; never clicks "+ Add"; leaves the photo and hidden boxes', async () => {
    const tab = await open('workable-apply');
    await tab.locator('#firstname').waitFor();
    const popup = await openPopupFor(browser.context, browser.extensionId, tab);
    await openReviewSections(popup);
    await row(popup, '#headline').waitFor();
    expect(await row(popup, '#headline').locator('.reason').textContent()).toMatch(/headline/);
    await popup.close();

    const f = await fillAndReadBack(browser.context, browser.extensionId, tab, profile, ['name:QA_1002']);
    expect(f.shown).toMatchObject({
      '#firstname': 'Demo',
      '#lastname': 'Candidate',
      '#email': profile.identity.email,
      '#headline': profile.headline,
      'name:phone': profile.identity.phone,
      '#address': 'Berlin, Germany',
      '#city': '',
      '#summary': profile.summary,
      '#input_files_input_resume': RESUME_NAME,
      '#input_files_input_avatar': '',
      'name:QA_1001': 'YES',
      '#input_QA_1002_input': 'Germany',
      // "Which languages do you speak fluently?": the profile's native language is ticked.
      'path:QA_1003': 'German',
    });
    // The ARIA wrapper a person sees shows the choice; the dropdown's hidden input holds it for the form.
    expect(await tab.locator('#wrapper_QA_1001_0').getAttribute('aria-checked')).toBe('true');
    expect(await tab.locator('input[name="QA_1002"]').getAttribute('value')).toBe('Germany');
    expect(await tab.locator('.entry-form').count()).toBe(0);
    expect(await submitted(tab)).toBe('no');
    expect(await mark(tab, '#firstname')).toBe('filled');
    expect(await mark(tab, '#wrapper_QA_1001_0')).toBe('filled');
    await tab.screenshot({ path: 'test-results/workable-filled.png', fullPage: true });
    await undoAndCheck(tab, f);
    await tab.close();
  });

  it('"+ Add" only when ticked in the review: the entry opens with the profile\'s education, Save is left to the person, Undo closes it', async () => {
    const tab = await open('workable-apply');
    await tab.locator('#firstname').waitFor();
    const popup = await openPopupFor(browser.context, browser.extensionId, tab);
    await openReviewSections(popup);
    const entry = row(popup, 'add:education');
    await entry.waitFor();
    expect(await entry.locator('input[type=checkbox]').isChecked()).toBe(false);
    expect(await entry.locator('.value').textContent()).toContain(profile.education[0]!.institution);
    await entry.locator('input[type=checkbox]').check();
    await entry.scrollIntoViewIfNeeded();
    await popup.screenshot({ path: 'test-results/workable-entry-review.png' });
    await popup.locator('button.fill').click();
    await expect.poll(() => popup.locator('[data-testid=fill-result]').textContent(), { timeout: 20_000 }).toMatch(/^filled \d+/);
    const form = tab.locator('[data-ui="education"] .entry-form');
    expect(await form.count()).toBe(1);
    expect(await form.locator('input[name="school"]').inputValue()).toBe(profile.education[0]!.institution);
    // The experience list was not ticked: nothing opened there. Nothing was saved or submitted for the person.
    expect(await tab.locator('[data-ui="experience"] .entry-form').count()).toBe(0);
    expect(await tab.locator('.entry-card').count()).toBe(0);
    expect(await submitted(tab)).toBe('no');
    await tab.screenshot({ path: 'test-results/workable-entry-added.png', fullPage: true });
    await popup.locator('button.undo').click();
    await expect.poll(() => popup.locator('[data-testid=fill-result]').textContent()).toMatch(/undone: \d+ restored/);
    expect(await tab.locator('.entry-form').count()).toBe(0);
    await popup.close();
    await tab.close();
  });

  it('the shortcut fills the same form without the popup, and with no review it adds no entry', async () => {
    // The shortcut follows the stored review of the form: with none stored, "+ Add" stays unpressed.
    await setExtensionStorage(browser.context, { reviews: {} });
    const tab = await open('workable-apply');
    await tab.locator('#firstname').waitFor();
    expect(await shortcut(tab)).toMatch(/^filled \d+, needs you \d+$/);
    expect(await tab.locator('#lastname').inputValue()).toBe('Candidate');
    expect(await tab.locator('#input_QA_1002_input').inputValue()).toBe('Germany');
    expect(await tab.locator('.entry-form').count()).toBe(0);
    await tab.close();
  });
});
