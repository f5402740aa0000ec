import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Profile } from '../../lib/profile/profile-schema';
import { buildFixtures } from '../../scripts/build-fixtures';
import { launchWithExtension, type LaunchedBrowser } from '../../scripts/harness/chromium';
import { demoProfileWithAnswers } from '../../scripts/harness/demo-answers';
import { storeProfiles } from '../../scripts/harness/extension-storage';
import { runFillShortcut } from '../../scripts/harness/fill-shortcut';
import { pageState } from '../../scripts/harness/page-state';
import { fillFromPopup, openPopupFor } from '../../scripts/harness/popup';
import { servePages } from '../../scripts/harness/serve-pages';
import { storeResume } from '../../scripts/harness/stored-resume';
import { fixturePages } from '../fixtures/pages';
import { intlPhonePage } from '../fixtures/intl-phone/phone-page';
import { undoKindsPage } from '../fixtures/undo-kinds/undo-page';

const PHONE_URL = 'https://job-boards.greenhouse.io/acme/jobs/9001';
const UNDO_URL = 'https://job-boards.greenhouse.io/acme/jobs/777';
const fixture = (name: string) => fixturePages.find((p) => p.name === name)!.url;

let browser: LaunchedBrowser;
let profile: Profile;

/** Open `url` in a new tab, run `check` on it, and close the tab whatever happens (the popup finds tabs by URL). */
async function onPage(url: string, ready: string, check: (tab: Page) => Promise<void>): Promise<void> {
  const tab = await browser.context.newPage();
  try {
    await tab.goto(url);
    await tab.waitForSelector(ready);
    await check(tab);
  } finally {
    await tab.close();
  }
}

type Path = 'popup' | 'reopened popup' | 'shortcut';

interface Round {
  before: Record<string, string>;
  filled: Record<string, string>;
  after: Record<string, string>;
  summary: string;
  failures: string[];
}

/** Fill by `path`, then press Undo in the popup, reading the page's whole state before, after the fill and after Undo. */
async function fillThenUndo(tab: Page, path: Path, keepHidden: string[] = []): Promise<Round> {
  const before = await pageState(tab, keepHidden);
  let popup: Page;
  if (path === 'shortcut') {
    expect(await runFillShortcut(browser.context, tab.url())).toMatch(/^filled \d+/);
    popup = await openPopupFor(browser.context, browser.extensionId, tab);
  } else {
    popup = await openPopupFor(browser.context, browser.extensionId, tab);
    await fillFromPopup(popup);
    if (path === 'reopened popup') {
      await popup.close();
      popup = await openPopupFor(browser.context, browser.extensionId, tab);
    }
  }
  const filled = await pageState(tab, keepHidden);
  if (path !== 'popup') await expect.poll(() => popup.locator('[data-testid=undoable]').count()).toBe(1);
  await popup.locator('button.undo').click();
  const result = popup.locator('[data-testid=fill-result]');
  await expect.poll(() => result.textContent()).toMatch(/undone|nothing to undo/);
  const summary = (await result.textContent()) ?? '';
  const failures = await popup.locator('[data-testid=undo-failed] li').allTextContents();
  const after = await pageState(tab, keepHidden);
  await popup.close();
  return { before, filled, after, summary, failures };
}

const changed = (a: Record<string, string>, b: Record<string, string>) => Object.keys({ ...a, ...b }).filter((k) => a[k] !== b[k]);

/** The page after Undo is the page before Fill, and the fill had changed it (else the check would prove nothing). */
function expectRestored(round: Round, touched: readonly string[]): void {
  const diff = changed(round.before, round.filled);
  for (const key of touched) expect(diff, `the fill changed ${key}`).toContain(key);
  expect(round.failures).toEqual([]);
  expect(round.summary).toMatch(/^(filled \d+, needs you \d+(, failed \d+)? · )?undone: \d+ restored$/);
  expect(round.after).toEqual(round.before);
}

beforeAll(async () => {
  await buildFixtures();
  browser = await launchWithExtension();
  await servePages(browser.context, [
    ...fixturePages.map((p) => ({ url: p.url, file: p.file })),
    { url: PHONE_URL, body: await intlPhonePage() },
    { url: UNDO_URL, body: await undoKindsPage() },
  ]);
  profile = await storeResume(browser.context, demoProfileWithAnswers('Undo'));
  const withLetter = { ...profile, documents: { ...profile.documents, coverLetterTemplate: 'Dear Acme,\n\nI would like to join.' } };
  await storeProfiles(browser.context, [{ ...withLetter, identity: { ...profile.identity, phone: '+49 30 5550100' } }], profile.id);
});

afterAll(async () => {
  await browser?.close();
});

const REACT_TOUCHED = ['#first_name', '#email', '#phone', '#resume', 'choice:country', 'choice:candidate-location', 'choice:question_41020005002', 'choice:gender', 'applyfill marks'];

describe('Undo puts every widget kind back exactly (built extension, Chromium)', () => {
  it.each<Path>(['popup', 'reopened popup', 'shortcut'])('React board via the %s: text, textarea, react-selects (async location too), résumé, phone', async (path) => {
    await onPage(fixture('greenhouse-react'), '#first_name', async (tab) => expectRestored(await fillThenUndo(tab, path), REACT_TOUCHED));
  });

  it('own page: react-select chips, a clearable react-select of submit buttons, select multiple, duplicate values, radio and checkbox groups; 0 submits', async () => {
    await onPage(UNDO_URL, '#languages_multi', async (tab) => {
      const round = await fillThenUndo(tab, 'popup');
      // The reviewed "No" of two options sharing one value, and the submit-button option, picked as planned.
      expect(round.filled).toMatchObject({ '#sponsorship': 'Select... Yes [No]', 'choice:country_submit': 'Germany' });
      expectRestored(round, ['#cover_letter_text', '#sponsorship', '#work_languages', 'choice:country_submit', 'choice:languages_multi', 'name:authorized_de', 'name:spoken~1']);
      expect(await tab.evaluate(() => (window as unknown as { submits: number }).submits)).toBe(0);
    });
  });

  it("Lever: text, résumé, checkboxes, radios, selects and the location box with its confirmed place", async () => {
    await onPage(fixture('lever-apply'), '#location-input', async (tab) =>
      expectRestored(await fillThenUndo(tab, 'popup', ['selectedLocation']), ['name:name', '#resume-upload-input', '#location-input', '#selected-location', 'name:eeo[gender]']),
    );
  });

  it('intl-tel-input: the number and the country it showed', async () => {
    await onPage(PHONE_URL, '#phone', async (tab) => expectRestored(await fillThenUndo(tab, 'popup'), ['#phone', 'country:phone']));
  });

  it("Ashby's Yes/No buttons", async () => {
    await onPage(fixture('ashby-application'), 'form', async (tab) => expectRestored(await fillThenUndo(tab, 'popup'), ['pressed', 'pressed~1']));
  });
});
