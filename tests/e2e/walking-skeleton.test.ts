import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtures } from '../../scripts/build-fixtures';
import { launchWithExtension, type LaunchedBrowser } from '../../scripts/harness/chromium';
import { getExtensionStorage, setExtensionStorage, storeProfiles } from '../../scripts/harness/extension-storage';
import { fillFromPopup, openPopupFor } from '../../scripts/harness/popup';
import { servePages } from '../../scripts/harness/serve-pages';
import { fixturePages } from '../fixtures/pages';
import { checkNetworkPerTest } from './network-per-test';
import { e2eProfiles } from './e2e-profiles';

const OTHER_HOST_URL = 'https://careers.example-shop.test/apply';
const OTHER_HOST_PAGE = `<!doctype html><html><body><form>
  <label for="first_name">First Name</label><input id="first_name" type="text">
  <label for="email">Email</label><input id="email" type="text">
</form></body></html>`;
const LEVER_POSTING_URL = 'https://jobs.lever.co/acme/7f3c2a10-0000-4000-8000-00000000a001';

const [profileA, profileB] = e2eProfiles();
let browser: LaunchedBrowser;
let network: { refused: string[]; served: string[] };

function page(kind: string) {
  const found = fixturePages.find((p) => p.kind === kind && !p.name.endsWith('static'));
  if (!found) throw new Error(`no fixture page of kind ${kind}`);
  return found;
}

async function open(url: string): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.goto(url);
  return tab;
}

const value = (frame: Frame | Page, label: RegExp) => frame.getByLabel(label).first().inputValue();

async function expectContact(frame: Frame | Page, profile: typeof profileA, split: boolean) {
  if (split) {
    expect(await value(frame, /^first name/i)).toBe(profile.identity.firstName);
    expect(await value(frame, /^last name/i)).toBe(profile.identity.lastName);
  } else {
    expect(await value(frame, /^full name/i)).toBe(`${profile.identity.firstName} ${profile.identity.lastName}`);
  }
  expect(await value(frame, /^email/i)).toBe(profile.identity.email);
  expect(await value(frame, /^phone/i)).toBe(profile.identity.phone);
  expect(await value(frame, /linkedin/i)).toBe(profile.links.linkedin);
  expect(await value(frame, /github/i)).toBe(profile.links.github);
}

async function fillWithPopup(tab: Page): Promise<string> {
  const popup = await openPopupFor(browser.context, browser.extensionId, tab);
  const summary = await fillFromPopup(popup);
  await popup.close();
  return summary;
}

const submitted = (frame: Frame | Page) => frame.evaluate(() => document.body.dataset.submitted ?? 'no');

beforeAll(async () => {
  await buildFixtures();
  browser = await launchWithExtension();
  network = await servePages(browser.context, [
    ...fixturePages.map((p) => ({ url: p.url, file: p.file })),
    { url: OTHER_HOST_URL, body: OTHER_HOST_PAGE },
    { url: LEVER_POSTING_URL, body: OTHER_HOST_PAGE },
  ]);
  // Every extension page records CSP violations (zod's JIT probe would be one) where the test can read them.
  await browser.context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await storeProfiles(browser.context, [profileA, profileB], profileA.id);
});

afterAll(async () => {
  await browser?.close();
});

// The extension makes no network request: after each test, every request it caused went to a fixture page.
const traffic = checkNetworkPerTest(() => network);

describe('walking skeleton in Chromium with the built extension', () => {
  it('fills a classic Greenhouse board page from the popup', async () => {
    const tab = await open(page('greenhouse-classic').url);
    const summary = await fillWithPopup(tab);
    expect(summary).toMatch(/^filled \d+, needs you \d+/);
    await expectContact(tab, profileA, true);
    expect(await value(tab, /website/i)).toBe(profileA.links.website);
    expect(await submitted(tab)).toBe('no');
    await tab.close();
  });

  it('a page script sees no sign of the extension: no started event, no message, no mark on the document', async () => {
    const tab = await browser.context.newPage();
    // Runs in the page's own world before its scripts: what a page that wants to detect Applyfill can do.
    await tab.addInitScript((id) => {
      const seen: string[] = [];
      const names = [`${id}:content:wxt:content-script-started`, 'wxt:content-script-started', `${id}:content:wxt:locationchange`];
      for (const name of names) document.addEventListener(name, () => seen.push(name), true);
      addEventListener('message', (e) => seen.push(`message ${JSON.stringify(e.data)}`), true);
      const marks = () => [document.documentElement, document.body].map((e) => e.getAttributeNames().join(' ')).join(' | ');
      // Before the content script runs (document_idle is after DOMContentLoaded).
      document.addEventListener('DOMContentLoaded', () => Object.assign(window, { __probe: { seen, marks, before: marks() } }));
    }, browser.extensionId);
    await tab.goto(page('greenhouse-classic').url);
    // The content script is there: it answers the popup.
    const popup = await openPopupFor(browser.context, browser.extensionId, tab);
    await popup.locator('button.fill').waitFor();
    await popup.close();
    const probe = await tab.evaluate(() => {
      const { seen, marks, before } = (window as unknown as { __probe: { seen: string[]; marks: () => string; before: string } }).__probe;
      return { seen, marksChanged: marks() !== before };
    });
    expect(probe).toEqual({ seen: [], marksChanged: false });
    await tab.close();
  });

  it('fills the Greenhouse embed iframe inside a company career site', async () => {
    const tab = await open(page('host').url);
    const frame = tab.frames().find((f) => f.url().includes('/embed/job_app'));
    expect(frame, 'the embed iframe loaded').toBeDefined();
    await frame!.waitForSelector('#first_name');
    await fillWithPopup(tab);
    await expectContact(frame!, profileA, true);
    expect(await submitted(frame!)).toBe('no');
    await tab.close();
  });

  it('fills the React job board, and React keeps the values', async () => {
    const tab = await open(page('greenhouse-react').url);
    await tab.waitForSelector('#first_name');
    await fillWithPopup(tab);
    // A re-render from React state would wipe values React never heard of: type elsewhere to force one.
    await tab.locator('textarea').first().fill('A few words of my own.');
    await expectContact(tab, profileA, true);
    expect(await submitted(tab)).toBe('no');
    await tab.close();
  });

  it('fills a Lever apply page (single name field, urls[...] links)', async () => {
    const tab = await open(page('lever').url);
    await fillWithPopup(tab);
    await expectContact(tab, profileA, false);
    expect(await submitted(tab)).toBe('no');
    await tab.close();
  });

  it('switching the profile in the popup changes what the next fill writes, and the choice persists', async () => {
    const tab = await open(page('lever').url);
    const popup = await openPopupFor(browser.context, browser.extensionId, tab);
    await popup.locator('#profile-switch').selectOption(profileB.id);
    await expect.poll(() => popup.locator('#profile-switch').inputValue()).toBe(profileB.id);
    await fillFromPopup(popup);
    await popup.close();
    // The résumé changed (the current company), never the person: the contact saved once fills with both profiles.
    await expectContact(tab, profileA, false);
    expect(profileB.identity).toEqual(profileA.identity);
    const current = (p: typeof profileA) => p.work.find((w) => w.current)?.company ?? p.work[0]!.company;
    expect(current(profileB)).not.toBe(current(profileA));
    expect(await value(tab, /current company/i)).toBe(current(profileB));
    const stored = await getExtensionStorage(browser.context, ['activeProfileId']);
    expect(stored.activeProfileId).toBe(profileB.id);
    await tab.close();
    await setExtensionStorage(browser.context, { activeProfileId: profileA.id });
  });

  it('does not run on other hosts, nor on a Lever posting that is not the apply form', async () => {
    for (const url of [OTHER_HOST_URL, LEVER_POSTING_URL]) {
      const tab = await open(url);
      const popup = await openPopupFor(browser.context, browser.extensionId, tab);
      await expect.poll(() => popup.locator('main').textContent()).toMatch(/Open a Greenhouse, Lever, Ashby or Workable application form/);
      expect(await popup.locator('button.fill').count()).toBe(0);
      expect(await tab.locator('#first_name').inputValue()).toBe('');
      await popup.close();
      await tab.close();
    }
  });

  it('the popup and options page run without a CSP violation', async () => {
    for (const path of ['popup.html', 'options.html']) {
      const extPage = await browser.context.newPage();
      await extPage.goto(`chrome-extension://${browser.extensionId}/${path}`);
      await extPage.locator('main').waitFor();
      // Every script and style has loaded and two frames have been painted: a blocked resource or inline code
      // would have reported its violation by then (no fixed sleep).
      await extPage.waitForLoadState('load');
      await extPage.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const violations = await extPage.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations);
      expect(violations, `${path} recorder installed`).toBeDefined();
      expect(violations).toEqual([]);
      await extPage.close();
    }
  });

  it('(the check after each test would see one: a request from the service worker is caught and refused)', async () => {
    const probe = 'https://probe.example.test/beacon';
    const worker = browser.context.serviceWorkers()[0]!;
    const outcome = await worker.evaluate((url) => fetch(url).then(() => 'reached', () => 'refused'), probe);
    expect(outcome).toBe('refused');
    await expect.poll(() => network.refused).toContain(probe);
    traffic.refusedOnPurpose();
  });
});
