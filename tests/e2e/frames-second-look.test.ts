import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoProfileWithAnswers } from '../../scripts/harness/demo-answers';
import { setExtensionStorage } from '../../scripts/harness/extension-storage';
import { runFillShortcut } from '../../scripts/harness/fill-shortcut';
import { fillFromPopup, openPopupFor } from '../../scripts/harness/popup';
import { fixturePath } from '../fixtures/pages';
import { careersPage, changedFrames, EMBED, embed, embeds, framesBrowser, statesOf } from './frame-states';

/**
 * Fill's second look (#9, the last frame gap): a frame wholly below the page's fold when the popup opens cannot be
 * judged then. The top page's judge hit-tests only what is on screen and must not scroll before Fill;
 * IntersectionObserver v2 says nothing of what is off screen. So such a frame is offered as "unknown", and when the
 * person presses Fill (popup or shortcut) the tab is scrolled to the form and the frame judged again before anything
 * of the profile is sent to it. Run with the careers site granted (what activeTab gives when the person acts: the
 * top page can be judged) and with the build as shipped opened by its address (no access to the top page: the frame
 * judges itself by v2).
 */

const CAREERS = 'https://www.acme-robotics.com/*';
/** The embed, with a script of its own recording what it could notice of a fill: input events and changed attributes. */
const WATCHED_EMBED = `${EMBED}&watched=1`;
const WATCHER =
  '<script>window.noticed=[];new MutationObserver((m)=>noticed.push(...m.map((r)=>r.attributeName||r.type))).observe(document,{subtree:true,attributes:true,childList:true,characterData:true});' +
  'for(const t of ["input","change","focusin","keydown"])addEventListener(t,()=>noticed.push(t),true);</script>';
const SPACER = '<div style="height:1500px">Life at Acme</div>';
const frameBox = (inner: string) => `<div style="position:relative;width:100%">${inner}</div>`;
const IN_FLOW = 'display:block;width:100%;height:1200px;border:0';
/** An opaque box of the careers page laid over the whole embed (a "meet the team" panel placed by absolute position). */
const PROMO = '<div id="promo" style="position:absolute;inset:0;background:#fff;z-index:3">Meet the team</div>';

/** Another origin, below the fold, wholly under the page's panel. */
const COVERED_URL = 'https://www.acme-robotics.com/careers/jobs?gh_jid=7131';
/** Another origin, below the fold, nothing over it: a person scrolls down and sees it. */
const BELOW_URL = 'https://www.acme-robotics.com/careers/jobs?gh_jid=7132';
/** The embed's own site, embedding the form below the fold under its panel (the frame can read the page around it). */
const SAME_COVERED_URL = 'https://boards.greenhouse.io/acme/jobs/7133';

/** Another origin at the top of the page, as tall as its form; a badge of the page lies over the LinkedIn box, far below the fold. */
const TALL_URL = 'https://www.acme-robotics.com/careers/jobs?gh_jid=7134';
/** Two embeds below the fold: a decoy under the page's panel first, then the real one with nothing over it. */
const TWO_URL = 'https://www.acme-robotics.com/careers/jobs?gh_jid=7135';
const AT_TOP = 'position:absolute;top:0;left:0;width:880px;height:2600px;border:0;z-index:5';
const BADGE = '<div id="talent_badge" style="position:absolute;top:1110px;left:80px;width:720px;height:60px;background:#fff;z-index:10">Join our talent community</div>';

const PAGES = [
  { url: EMBED, file: fixturePath('greenhouse-embed-job-app') },
  { url: WATCHED_EMBED, body: readFileSync(fixturePath('greenhouse-embed-job-app'), 'utf8').replace('</head>', `${WATCHER}</head>`) },
  { url: COVERED_URL, body: careersPage(SPACER + frameBox(embed('grnhse_iframe', IN_FLOW, WATCHED_EMBED) + PROMO)) },
  { url: BELOW_URL, body: careersPage(SPACER + frameBox(embed('grnhse_iframe', IN_FLOW))) },
  { url: TWO_URL, body: careersPage(SPACER + frameBox(embed('decoy_iframe', IN_FLOW, WATCHED_EMBED) + PROMO) + embed('grnhse_iframe', IN_FLOW)) },
  { url: TALL_URL, body: careersPage(embed('grnhse_iframe', AT_TOP)).replace('</body>', `${BADGE}</body>`) },
  {
    url: SAME_COVERED_URL,
    body: `<!doctype html><html><head><title>Acme jobs</title></head><body><h1>Site Reliability Engineer</h1>${SPACER}${frameBox(embed('grnhse_iframe', IN_FLOW, WATCHED_EMBED) + PROMO)}</body></html>`,
  },
];

const profile = demoProfileWithAnswers('Second look');

type Browser = ReturnType<typeof framesBrowser>;

/** What the embed's own script noticed since it loaded. */
const noticed = async (tab: Page) => (await embeds(tab))[0]!.frame.evaluate(() => (window as unknown as { noticed: string[] }).noticed);

/** The popup on `tab` once it reviews the form; the summary Fill ends with, or the error it shows. */
async function fillInPopup(browser: Browser, tab: Page): Promise<{ offered: boolean; outcome: string }> {
  const popup = await openPopupFor(browser.context(), browser.extensionId(), tab);
  await popup.locator('[role="tablist"]').waitFor();
  const offered = await popup
    .locator('button.fill')
    .waitFor({ timeout: 5_000 })
    .then(() => true, () => false);
  let outcome = '';
  if (offered) {
    await setExtensionStorage(browser.context(), { lastFillReport: null });
    await popup.locator('button.fill').click();
    const done = popup.locator('[data-testid="fill-result"], .fill-footer [role="alert"].error');
    await done.first().waitFor({ timeout: 20_000 });
    outcome = (await done.first().textContent()) ?? '';
  }
  await popup.close();
  return { offered, outcome };
}

/** Fill from the popup on `url`: the tab, the form's state before, the popup's summary and the stored report. */
async function fillPage(browser: Browser, url: string) {
  const tab = await browser.open(url);
  const before = await statesOf(tab);
  const popup = await openPopupFor(browser.context(), browser.extensionId(), tab);
  const summary = await fillFromPopup(popup);
  await popup.close();
  const report = await browser.lastReport();
  expect(summary).toMatch(/^filled \d+/);
  return { tab, before, report };
}

/** A covered frame below the fold: offered (nothing could tell), refused at Fill with why, nothing written or noticed. */
async function refusedAtFill(browser: Browser, url: string, why: RegExp, readable: boolean): Promise<void> {
  const tab = await browser.open(url);
  const before = await statesOf(tab);
  expect(await tab.evaluate(() => scrollY)).toBe(0);
  // What the embed noticed while it loaded (its own parsing) is not the extension's.
  await (await embeds(tab))[0]!.frame.evaluate(() => ((window as unknown as { noticed: string[] }).noticed.length = 0));
  const { offered, outcome } = await fillInPopup(browser, tab);
  expect(offered, 'not offered: the popup judged it already (then this test no longer tests the second look)').toBe(true);
  expect(outcome).toMatch(/^Nothing was filled: the page hides this form/);
  expect(outcome, outcome).toMatch(why);
  expect(await statesOf(tab)).toEqual(before);
  // The embed's page learnt nothing: no value, no event, no attribute of the extension's.
  expect(await noticed(tab)).toEqual([]);
  // Where the extension may read the page, it is put back where the person had it; where it may not, the tab stays
  // at the form (a frame cannot scroll a page of another origin back), where a collect would now judge it at once:
  // back to the top for the shortcut, as the page was.
  if (readable) expect(await tab.evaluate(() => scrollY)).toBe(0);
  await tab.evaluate(() => scrollTo(0, 0));
  const shortcut = await runFillShortcut(browser.context(), url);
  expect(shortcut).toMatch(/^failed: Nothing was filled: the page hides this form/);
  if (readable) expect(await tab.evaluate(() => scrollY)).toBe(0);
  expect(await statesOf(tab)).toEqual(before);
  expect(await noticed(tab)).toEqual([]);
  await tab.close();
}

/**
 * The shortcut on a page with two forms, both out of view, the hidden one preferred (page order): it used to give up
 * ("choose one in the popup"); the second look refuses the decoy, and the form a person sees is filled.
 */
async function shortcutPassesHiddenDecoy(browser: Browser): Promise<void> {
  const tab = await browser.open(TWO_URL);
  expect((await embeds(tab)).map((e) => e.id)).toEqual(['decoy_iframe', 'grnhse_iframe']);
  const before = await statesOf(tab);
  await (await embeds(tab))[0]!.frame.evaluate(() => ((window as unknown as { noticed: string[] }).noticed.length = 0));
  const outcome = await runFillShortcut(browser.context(), TWO_URL);
  const report = await browser.lastReport();
  expect(outcome).toBe(`filled ${report.counts.filled}, needs you ${report.counts['needs-you']}`);
  expect(report.counts.filled).toBeGreaterThan(5);
  expect(changedFrames(before, await statesOf(tab))).toEqual({ grnhse_iframe: report.counts.filled });
  expect(await noticed(tab), 'the hidden decoy noticed something').toEqual([]);
  await tab.close();
}

describe("Fill's second look, the top page readable (activeTab)", () => {
  const browser = framesBrowser(PAGES, profile, [CAREERS]);

  it('an embed of another origin below the fold under a panel of the page: refused at Fill, with what covers it', async () => {
    await refusedAtFill(browser, COVERED_URL, /\(div#promo\)/, true);
  });

  it('an embed of the same origin below the fold under a panel of the page: refused at Fill', async () => {
    await refusedAtFill(browser, SAME_COVERED_URL, /\(div#promo\)|transparent, filtered or covered/, true);
  });

  it('the shortcut, two forms out of view, the hidden one first: it fills the one a person sees', async () => {
    await shortcutPassesHiddenDecoy(browser);
  });

  it('an embed below the fold with nothing over it: Fill brings it into view and fills it', async () => {
    const { tab, before, report } = await fillPage(browser, BELOW_URL);
    expect(report.counts.filled).toBeGreaterThan(5);
    expect(changedFrames(before, await statesOf(tab))).toEqual({ grnhse_iframe: report.counts.filled });
    // The person sees the form the fill wrote into.
    expect(await tab.evaluate(() => scrollY)).toBeGreaterThan(500);
    await tab.close();
  });

  it('a box of the page over a field of a tall embed, far below the fold: that field is not filled, the others are', async () => {
    const { tab, before, report } = await fillPage(browser, TALL_URL);
    const linkedIn = report.results.find((r) => r.domId === 'question_7001100004');
    expect([linkedIn?.status, linkedIn?.reason]).toEqual(['skipped', expect.stringMatching(/hidden on the page/)]);
    const after = (await statesOf(tab)).grnhse_iframe!;
    expect(after.question_7001100004).toBe('');
    // Above and below the badge the form is filled as usual.
    expect(after.first_name).toBe(profile.identity.firstName);
    expect(after.question_7001102004, 'GitHub, below the badge').not.toBe('');
    expect(changedFrames(before, await statesOf(tab))).toEqual({ grnhse_iframe: report.counts.filled });
    // The page was looked over for the fill and put back where the person had it.
    expect(await tab.evaluate(() => scrollY)).toBe(0);
    await tab.close();
  });
});

describe("Fill's second look, the top page not readable (the frame judges itself)", () => {
  const browser = framesBrowser(PAGES, profile);

  it('an embed of another origin below the fold under a panel of the page: refused at Fill', async () => {
    await refusedAtFill(browser, COVERED_URL, /transparent, filtered or covered/, false);
  });

  it('the shortcut, two forms out of view, the hidden one first: it fills the one a person sees', async () => {
    await shortcutPassesHiddenDecoy(browser);
  });

  it('an embed below the fold with nothing over it: filled', async () => {
    const tab = await browser.open(BELOW_URL);
    const before = await statesOf(tab);
    const { offered, outcome } = await fillInPopup(browser, tab);
    expect(offered).toBe(true);
    expect(outcome).toMatch(/^filled \d+/);
    expect(Object.keys(changedFrames(before, await statesOf(tab)))).toEqual(['grnhse_iframe']);
    await tab.close();
  });
});
