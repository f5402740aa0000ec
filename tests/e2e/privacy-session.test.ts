import type { CDPSession, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildFixtures } from '../../scripts/build-fixtures';
import { launchWithExtension, type LaunchedBrowser } from '../../scripts/harness/chromium';
import { storeProfiles } from '../../scripts/harness/extension-storage';
import { fillFromPopup, openPopupFor } from '../../scripts/harness/popup';
import { servePages } from '../../scripts/harness/serve-pages';
import { fixturePages, type FixtureKind } from '../fixtures/pages';
import { ConsoleWatch } from './console-watch';
import { e2eProfiles } from './e2e-profiles';

/**
 * One whole session as a person has it (options page, then the popup's Fill on every kind of application page),
 * watched for what must never happen: a request to any host that is not the page itself, a CSP violation on an
 * extension page, an error in the service worker, a content script or an extension page. Each test is checked
 * for what it did, right after it ran: none needs another to have run first.
 */

// Errors the fixture pages raise by themselves. Lever's real email `pattern` is not valid under the `v` flag that
// Chromium compiles patterns with, and the browser logs that (no script URL, from the page's own document)
// whenever the page checks validity. It is the page's, and only allowed on the Lever page.
const PAGE_OWN_ERRORS: { where: FixtureKind; text: RegExp }[] = [{ where: 'lever', text: /^Pattern attribute value .* is not a valid regular expression/ }];

const KINDS: FixtureKind[] = ['greenhouse-classic', 'host', 'greenhouse-react', 'lever'];
const SHOWN: Partial<Record<FixtureKind, string>> = {
  'greenhouse-classic': 'a classic Greenhouse board',
  host: 'the Greenhouse embed on a company page',
  'greenhouse-react': 'the React job board',
  lever: 'a Lever apply page',
};
const POSTING = { url: 'https://job-boards.greenhouse.io/meshwork/jobs/4100200300', file: 'tests/fixtures/job-descriptions/greenhouse-rust-networking-posting.html' };
const SERVED = [...fixturePages.map((p) => ({ url: p.url, file: p.file })), POSTING];

interface SeenRequest {
  url: string;
  type: string;
  fromWorker: boolean;
  fromFrame: string;
}

let browser: LaunchedBrowser;
let network: { refused: string[]; served: string[] };
let watch: ConsoleWatch;
const requests: SeenRequest[] = [];
const summaries: string[] = [];
/** Where the records stood when the current test started: what came after is that test's doing. */
let mark = { requests: 0, refused: 0, errors: 0, uncaught: 0 };

const page = (kind: FixtureKind) => fixturePages.find((p) => p.kind === kind && !p.name.endsWith('static'))!;

/** The extension page ran without a CSP violation (and the recorder was there to see one). */
async function expectNoCspViolation(extPage: Page, name: string): Promise<void> {
  const violations = await extPage.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations);
  expect(violations, `${name}: recorder installed`).toBeDefined();
  expect(violations, name).toEqual([]);
}

const worker = () => browser.context.serviceWorkers()[0]!;
const current = async () => ({ requests: requests.length, refused: network.refused.length, errors: watch.errors.length, uncaught: (await watch.workerUncaught(worker())).length });

/** Open the page in a new tab, watched from before its first byte; the embed's iframe gets a watch of its own. */
async function openWatched(kind: FixtureKind): Promise<{ tab: Page; cdp: CDPSession }> {
  const tab = await browser.context.newPage();
  const cdp = await watch.attach(browser.context, tab, kind);
  await tab.goto(page(kind).url);
  if (kind === 'host') {
    const frame = tab.frames().find((f) => f.url().includes('/embed/job_app'))!;
    await frame.waitForSelector('#first_name');
    // A cross-site iframe runs in its own process with its own CDP target.
    await watch.attach(browser.context, frame, 'greenhouse-embed');
  }
  if (kind === 'greenhouse-react') await tab.waitForSelector('#first_name');
  return { tab, cdp };
}

beforeAll(async () => {
  await buildFixtures();
  browser = await launchWithExtension();
  browser.context.on('request', (r) => {
    let fromFrame = '';
    try {
      fromFrame = r.frame().url();
    } catch {
      // A service worker's request has no frame.
    }
    requests.push({ url: r.url(), type: r.resourceType(), fromWorker: r.serviceWorker() !== null, fromFrame });
  });
  network = await servePages(browser.context, SERVED);
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await browser.context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  watch = new ConsoleWatch(`chrome-extension://${browser.extensionId}`);
  await watch.watchWorker(browser.context.serviceWorkers()[0]!);
  const [profile] = e2eProfiles();
  await storeProfiles(browser.context, [profile], profile.id);
});

afterAll(async () => {
  console.log(`privacy session: ${summaries.join('; ')}; ${requests.length} requests; ${watch?.errors.length} errors the pages logged themselves`);
  await watch?.close();
  await browser?.close();
});

beforeEach(async () => {
  mark = await current();
});

// What the test just did: every request a fixture page it opened (none from the extension), no error of the
// extension's own, and page errors only the known ones.
afterEach(async () => {
  const seen = requests.slice(mark.requests);
  const servedUrls = new Set(network.served);
  const web = seen.filter((r) => /^https?:/.test(r.url));
  expect(web.filter((r) => r.fromWorker || r.fromFrame.startsWith('chrome-extension:'))).toEqual([]);
  expect(web.filter((r) => r.type !== 'document' || !servedUrls.has(r.url))).toEqual([]);
  expect(network.refused.slice(mark.refused)).toEqual([]);
  // The extension's own pages load their files from the package only.
  expect(seen.filter((r) => !/^(https?|chrome-extension):/.test(r.url)).map((r) => r.url)).toEqual([]);
  const errors = watch.errors.slice(mark.errors);
  const allUncaught = await watch.workerUncaught(worker());
  expect(allUncaught.map((e) => e.text)).not.toContain('(recorder missing)');
  const uncaught = allUncaught.slice(mark.uncaught);
  expect([...errors.filter((e) => e.owner === 'extension'), ...uncaught]).toEqual([]);
  expect(errors.filter((e) => e.owner === 'page' && !PAGE_OWN_ERRORS.some((k) => k.where === e.where && k.text.test(e.text)))).toEqual([]);
});

describe('a whole session in Chromium leaks nothing and logs no error', () => {
  it('opens the options page', async () => {
    const options = await browser.context.newPage();
    watch.watchExtensionPage(options, 'options page');
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('#profile-select').waitFor();
    await expectNoCspViolation(options, 'options.html');
    await options.close();
  });

  it.each(KINDS.map((k) => [SHOWN[k] ?? k, k] as const))('fills %s from the popup', async (_, kind) => {
    const before = requests.length;
    const { tab } = await openWatched(kind);
    const popup = await openPopupFor(browser.context, browser.extensionId, tab);
    watch.watchExtensionPage(popup, `popup for ${kind}`);
    const summary = await fillFromPopup(popup);
    summaries.push(`${kind}: ${summary}`);
    expect(summary).toMatch(/^filled [1-9]\d*, needs you \d+/);
    await expectNoCspViolation(popup, `popup.html (${kind})`);
    // The page itself was requested: the checks after the test are not looking at an empty record.
    expect(requests.slice(before).filter((r) => /^https?:/.test(r.url)).length).toBeGreaterThan(0);
    await popup.close();
    await tab.close();
  });

  it('tailors on a posting (the extractor injected into the page) and copies the tailored résumé', async () => {
    const tab = await browser.context.newPage();
    await watch.attach(browser.context, tab, 'posting');
    await tab.goto(POSTING.url);
    const popup = await openPopupFor(browser.context, browser.extensionId, tab);
    watch.watchExtensionPage(popup, 'popup, tailoring');
    await popup.getByRole('tab', { name: 'Tailor' }).click();
    await popup.locator('.position .bullet').first().waitFor();
    await popup.locator('button.copy-resume').click();
    await expect.poll(() => popup.getByTestId('tailor-message').textContent()).toBe('Copied the tailored résumé.');
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toMatch(/^Experience\n\n.+\n• /);
    await expectNoCspViolation(popup, 'popup.html (tailoring)');
    await popup.close();
    await tab.close();
  });

  // These probes are themselves what the checks after each test must catch: seen here, they are then set aside.
  it('(the watches are not blind: a worker request, a worker error and a content-script error are all seen)', async () => {
    const probe = 'https://probe.example.test/beacon';
    expect(await worker().evaluate((url) => fetch(url).then(() => 'reached', () => 'refused'), probe)).toBe('refused');
    await expect.poll(() => requests.some((r) => r.url === probe && r.fromWorker)).toBe(true);
    await worker().evaluate(() => console.error('applyfill worker probe'));
    await expect.poll(() => watch.errors.some((e) => e.where === 'service worker' && e.text === 'applyfill worker probe')).toBe(true);
    const { tab, cdp } = await openWatched('lever');
    await expect.poll(async () => watch.evaluateAsContentScript(cdp, '0').then(() => true, () => false)).toBe(true);
    await watch.evaluateAsContentScript(cdp, 'console.error("applyfill content-script probe")');
    await expect.poll(() => watch.errors.some((e) => e.owner === 'extension' && e.where === 'lever' && e.text === 'applyfill content-script probe')).toBe(true);
    await tab.close();
    mark = await current();
  });
});
