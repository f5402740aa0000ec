import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoProfileWithAnswers } from '../../scripts/harness/demo-answers';
import { fillFromPopup, openPopupFor } from '../../scripts/harness/popup';
import { fixturePath } from '../fixtures/pages';
import { careersPage, changed, changedFrames, EMBED, embed, embeds, framesBrowser, REAL, shortcutFillsOneFrame, statesOf } from './frame-states';

/**
 * Embeds of ANOTHER origin (the careers site around boards.greenhouse.io), judged from the page around them: when the
 * person opens the popup or presses the shortcut, the extension may read the tab's own site (`activeTab`), and a
 * read-only judge in the top page says how a person sees each <iframe>, by the rules a field is judged by.
 *
 * Playwright cannot click the toolbar button or press a browser shortcut, which is what grants `activeTab`. So this
 * file runs a copy of the build whose manifest grants the careers site at install (scripts/harness/granted-build.ts):
 * the same access `activeTab` gives for that one tab, nothing else changed. tests/e2e/frames.test.ts runs the build
 * as shipped, without that access (the popup opened by URL): there the pages behave as they did before the judge.
 */

const CAREERS = 'https://www.acme-robotics.com/*';
/** Gap 1: a transparent embed wholly below the page's fold, before the real one (also below the fold). */
const BELOW_URL = 'https://www.acme-robotics.com/careers/jobs?gh_jid=7111';
/** Gap 2: the embed at the top of the page, a notice box over its right edge (over the email box), a cookie bar fixed over its lower left corner. */
const CORNER_URL = 'https://www.acme-robotics.com/careers/jobs?gh_jid=7112';
/** A panel fixed over the whole screen (a newsletter modal) over the embed: nobody sees it wherever it is scrolled. */
const PANEL_URL = 'https://www.acme-robotics.com/careers/jobs?gh_jid=7117';
/**
 * A panel fixed over the screen's whole height (x 0-300) over the left of an embed whose form is laid out to the left,
 * its one-line text boxes half wide (x 24-360, centres at 192); the lists and the iframe's own centre (440) lie beside
 * the panel: its column is covered at any scroll.
 */
const SIDEBAR_URL = 'https://www.acme-robotics.com/careers/jobs?gh_jid=7118';
const LEFT_EMBED = `${EMBED}&left=1`;
/** Gap 3: the embed at half opacity: another origin, and the same page on the embed's own site. */
const HALF_URL = 'https://www.acme-robotics.com/careers/jobs?gh_jid=7113';
const HALF_SAME_URL = 'https://boards.greenhouse.io/acme/jobs/7114';
/**
 * The embed inside a custom element's open shadow root (declarative: `<template shadowrootmode="open">`), at half
 * opacity and with the notice over its email box: the page's judge must look into the shadow root to decide.
 */
const SHADOW_URL = 'https://www.acme-robotics.com/careers/jobs?gh_jid=7120';
const inShadow = (html: string) => `<acme-apply><template shadowrootmode="open">${html}</template></acme-apply>`;
/** Regression: two embeds a person sees, and a 1x1 transparent one before the real one. */
const TWINS_URL = 'https://www.acme-robotics.com/careers/jobs?gh_jid=7115';
const DECOY_URL = 'https://www.acme-robotics.com/careers/jobs?gh_jid=7116';

const AT_TOP = 'position:absolute;top:0;left:0;width:880px;height:2600px;border:0;z-index:5';
const NOTICE = '<div id="notice" style="position:absolute;top:700px;left:400px;width:480px;height:120px;background:#fff;z-index:10">We are hiring in Berlin.</div>';
const COOKIE_BAR =
  '<div id="cookie_bar" style="position:fixed;left:0;bottom:0;width:420px;height:140px;background:#1d2430;color:#fff;z-index:10">' +
  'We use cookies. <label><input type="checkbox" id="analytics"> Analytics</label> <button type="button" id="accept">Accept</button></div>';
// The careers page's own script records what it could notice of the extension: changes to its DOM, and events.
const WATCHER =
  '<script>window.noticed=[];new MutationObserver((m)=>noticed.push("mutation x"+m.length)).observe(document,{subtree:true,childList:true,attributes:true,characterData:true});' +
  'for(const t of ["scroll","message","focusin","focusout","pointermove","click","keydown","input","change"])addEventListener(t,()=>noticed.push(t),true);</script>';
const PANEL = '<div id="modal" style="position:fixed;inset:0;background:#fff;z-index:20">Subscribe to our newsletter</div>';
const SIDEBAR = '<div id="sidebar" style="position:fixed;top:0;bottom:0;left:0;width:300px;background:#eee;z-index:20">Open positions</div>';
/**
 * Boxes of the page over an embed whose own document scrolls (880x880 at the top, LEFT_EMBED's text boxes at x 24-360,
 * first name 573-614, phone 825-866 in the frame): a box over the top of its left column (0-640) and one over the
 * bottom (800-880), neither over the iframe's centre. Seen from inside the frame they stay put as it scrolls: the
 * first name can only move up, under the top box, wherever it is scrolled; the phone comes out between them (at 774).
 */
const SCROLLING_URL = 'https://www.acme-robotics.com/careers/jobs?gh_jid=7119';
const SCROLLING_EMBED = embed('grnhse_iframe', 'position:absolute;top:0;left:0;width:880px;height:880px;border:0;z-index:5', LEFT_EMBED).replace(' scrolling="no"', '');
const OVER_TOP = '<div id="team_photo" style="position:absolute;top:0;left:0;width:300px;height:640px;background:#dde;z-index:10">Our team</div>';
const OVER_BOTTOM = '<div id="benefits" style="position:absolute;top:800px;left:0;width:300px;height:80px;background:#fff;z-index:10">Benefits</div>';
const halfPage = (frames: string) => `<!doctype html><html><head><title>Acme jobs</title></head><body><h1>Site Reliability Engineer</h1>${frames}</body></html>`;

const PAGES = [
  { url: EMBED, file: fixturePath('greenhouse-embed-job-app') },
  { url: BELOW_URL, body: careersPage(`<div style="height:1400px"></div>${embed('decoy_iframe', 'display:block;width:100%;height:600px;opacity:0;border:0')}${REAL}`) },
  { url: CORNER_URL, body: careersPage(embed('grnhse_iframe', AT_TOP)).replace('</head>', `${WATCHER}</head>`).replace('</body>', `${NOTICE}${COOKIE_BAR}</body>`) },
  { url: LEFT_EMBED, body: readFileSync(fixturePath('greenhouse-embed-job-app'), 'utf8').replace('</head>', '<style>.main{margin:0}.input__single-line{width:50%}</style></head>') },
  { url: SIDEBAR_URL, body: careersPage(embed('grnhse_iframe', AT_TOP, LEFT_EMBED)).replace('</body>', `${SIDEBAR}</body>`) },
  { url: PANEL_URL, body: careersPage(embed('grnhse_iframe', AT_TOP)).replace('</body>', `${PANEL}</body>`) },
  { url: SCROLLING_URL, body: careersPage(SCROLLING_EMBED).replace('</body>', `${OVER_TOP}${OVER_BOTTOM}</body>`) },
  { url: SHADOW_URL, body: careersPage(inShadow(embed('shadow_iframe', `${AT_TOP};opacity:.5`))).replace('</body>', `${NOTICE}</body>`) },
  { url: HALF_URL, body: careersPage(embed('half_iframe', `${AT_TOP};opacity:.5`)) },
  { url: HALF_SAME_URL, body: halfPage(embed('half_iframe', `${AT_TOP};opacity:.5`)) },
  { url: TWINS_URL, body: careersPage(`<div style="display:flex;gap:8px">${embed('left_iframe', 'flex:1;height:2600px;border:0')}${embed('right_iframe', 'flex:1;height:2600px;border:0')}</div>`) },
  { url: DECOY_URL, body: careersPage(embed('decoy_iframe', 'position:absolute;width:1px;height:1px;opacity:0;border:0') + REAL) },
];

const profile = demoProfileWithAnswers('Judged frames');
const { context, extensionId, open, lastReport } = framesBrowser(PAGES, profile, [CAREERS]);
const frameOf = async (tab: Page, id: string) => (await embeds(tab)).find((e) => e.id === id)!.frame;

/** The popup on `tab`, once it shows a review (or says why it shows none). */
async function popupOn(tab: Page): Promise<Page> {
  const popup = await openPopupFor(context(), extensionId(), tab);
  // The tabs show once the page has answered: with a review, or with the reason there is none.
  await popup.locator('[role="tablist"]').waitFor();
  await popup.locator('li.review-field').first().waitFor({ timeout: 2_000 }).catch(() => undefined);
  return popup;
}

/** The popup reviews a form (its Fill button is there), rather than saying the form is hidden from view. */
const reviewed = async (popup: Page) => (await popup.locator('button.fill').count()) === 1 && (await popup.getByText('hidden from view').count()) === 0;

/** `url` reviewed (its embed not refused as a whole) and filled from the popup: each field's outcome by its DOM id, and whether its reason says hidden. */
async function fillReviewed(url: string) {
  const tab = await open(url);
  const before = await statesOf(tab);
  const popup = await popupOn(tab);
  expect(await reviewed(popup), 'the embed was refused as a whole').toBe(true);
  await fillFromPopup(popup);
  const report = await lastReport();
  const status = (domId: string) => report.results.filter((r) => r.domId === domId).map((r) => [r.status, /hidden/.test(r.reason)]);
  return { tab, popup, before, status };
}

describe('cross-origin embeds judged from the page around them (activeTab)', () => {
  it('gap 1: a transparent embed wholly below the fold is not offered; the real one is filled', async () => {
    const tab = await open(BELOW_URL);
    expect((await embeds(tab)).map((e) => e.id)).toEqual(['decoy_iframe', 'grnhse_iframe']);
    const before = await statesOf(tab);
    const popup = await popupOn(tab);
    expect(await popup.locator('[data-testid="form-chooser"]').count(), 'the transparent frame was offered').toBe(0);
    const summary = await fillFromPopup(popup);
    const report = await lastReport();
    expect(summary).toMatch(/^filled \d+/);
    expect(changedFrames(before, await statesOf(tab))).toEqual({ grnhse_iframe: report.counts.filled });
    expect(report.counts.filled).toBeGreaterThan(5);
    await popup.close();
    await tab.close();
  });

  it('gap 2: a notice and a cookie bar over parts of the embed: offered and filled, the field under the notice untouched', async () => {
    const tab = await open(CORNER_URL);
    const before = await statesOf(tab);
    const bar = () => tab.evaluate(() => ({ analytics: (document.getElementById('analytics') as HTMLInputElement).checked, text: document.getElementById('cookie_bar')!.textContent }));
    const barBefore = await bar();
    // What the page noticed while it loaded (its own parsing) is not the extension's.
    await tab.evaluate(() => ((window as unknown as { noticed: string[] }).noticed.length = 0));
    const popup = await popupOn(tab);
    expect(await reviewed(popup), 'the embed was refused as a whole').toBe(true);
    // The judge read the careers page; the page noticed nothing of it.
    expect(await tab.evaluate(() => (window as unknown as { noticed: string[] }).noticed)).toEqual([]);
    const summary = await fillFromPopup(popup);
    const report = await lastReport();
    expect(summary).toMatch(/^filled \d+/);
    const real = await frameOf(tab, 'grnhse_iframe');
    expect(await real.locator('#first_name').inputValue()).toBe(profile.identity.firstName);
    expect(await real.locator('#last_name').inputValue()).toBe(profile.identity.lastName);
    // The email box's centre is under the page's notice: nobody sees it, so it is not filled.
    expect(await real.locator('#email').inputValue()).toBe('');
    const email = report.results.find((r) => r.domId === 'email');
    expect(email, 'the email box is in the report').toBeDefined();
    expect([email!.status, email!.reason]).toEqual(['skipped', expect.stringMatching(/hidden/)]);
    expect(changedFrames(before, await statesOf(tab))).toEqual({ grnhse_iframe: report.counts.filled });
    expect(changed(before.grnhse_iframe!, (await statesOf(tab)).grnhse_iframe!)).not.toContain('email');
    expect(await bar(), 'the page around the embed was touched').toEqual(barBefore);
    await popup.close();
    await tab.close();
  });

  it('a panel fixed over the whole screen over the embed: refused, with what covers it', async () => {
    const tab = await open(PANEL_URL);
    const before = await statesOf(tab);
    const popup = await popupOn(tab);
    expect(await reviewed(popup)).toBe(false);
    await expect.poll(() => popup.getByText('covered by a fixed element (div#modal)').count()).toBe(1);
    expect(await statesOf(tab)).toEqual(before);
    await popup.close();
    await tab.close();
  });

  it('a panel fixed over the whole height of the screen over part of the embed: offered; the fields in its column are not filled', async () => {
    const { tab, popup, before, status } = await fillReviewed(SIDEBAR_URL);
    // The text boxes' centres (x 192) lie under the panel at any scroll: the frame cannot see it, the page's judge can.
    for (const id of ['first_name', 'last_name', 'email', 'phone']) expect(status(id), id).toEqual([['skipped', true]]);
    // The location list beside it is judged as usual (the fixture's list has no script: it is handed to the person).
    expect(status('candidate-location')).toEqual([['needs-you', false]]);
    expect(await statesOf(tab)).toEqual(before);
    await popup.close();
    await tab.close();
  });

  it('boxes of the page over an embed that scrolls: a field its frame can scroll out from under them is filled, one it cannot is not', async () => {
    const { tab, popup, before, status } = await fillReviewed(SCROLLING_URL);
    const frame = await frameOf(tab, 'grnhse_iframe');
    // Under the bottom box where the frame is scrolled now, but a person scrolls the frame and sees it above the box.
    expect(status('phone')).toEqual([['filled', false]]);
    expect(await frame.locator('#phone').inputValue()).toBe(profile.identity.phone);
    // Under the top box at every place the frame can be scrolled to: hidden already in the review, untouched.
    expect(status('first_name')).toEqual([['skipped', true]]);
    expect(await frame.locator('#first_name').inputValue()).toBe('');
    // Between the boxes: filled as usual; the frame is scrolled back to where the person left it.
    expect(status('email')).toEqual([['filled', false]]);
    expect(await frame.evaluate(() => [scrollX, scrollY])).toEqual([0, 0]);
    expect(changed(before.grnhse_iframe!, (await statesOf(tab)).grnhse_iframe!)).toContain('phone');
    await popup.close();
    await tab.close();
  });

  it.each([
    ['of another origin', HALF_URL],
    ['of the same origin', HALF_SAME_URL],
  ])('gap 3: an embed at half opacity %s is offered and filled, like a field at half opacity', async (_name, url) => {
    const tab = await open(url);
    const before = await statesOf(tab);
    const popup = await popupOn(tab);
    expect(await reviewed(popup), 'the half-transparent embed was refused').toBe(true);
    const summary = await fillFromPopup(popup);
    const report = await lastReport();
    expect(summary).toMatch(/^filled \d+/);
    expect(changedFrames(before, await statesOf(tab))).toEqual({ half_iframe: report.counts.filled });
    await popup.close();
    await tab.close();
  });

  it('an embed in a custom element\'s open shadow root, at half opacity, a notice over its email box: offered and filled but the email', async () => {
    const { tab, popup, before, status } = await fillReviewed(SHADOW_URL);
    // The iframe really is in the shadow root: the page's own query does not find it.
    expect(await tab.evaluate(() => document.querySelectorAll('iframe').length)).toBe(0);
    expect(status('first_name')).toEqual([['filled', false]]);
    expect(status('email')).toEqual([['skipped', true]]);
    const after = await statesOf(tab);
    expect(changed(before.shadow_iframe!, after.shadow_iframe!)).toContain('first_name');
    expect(changed(before.shadow_iframe!, after.shadow_iframe!)).not.toContain('email');
    await popup.close();
    await tab.close();
  });

  it('the shortcut fills the frame a person sees on each page, and only that one', async () => {
    await shortcutFillsOneFrame(context(), open, [
      [BELOW_URL, ['grnhse_iframe']],
      [CORNER_URL, ['grnhse_iframe']],
      [HALF_URL, ['half_iframe']],
      [DECOY_URL, ['grnhse_iframe']],
      [TWINS_URL, ['left_iframe', 'right_iframe']],
    ]);
  });
});
