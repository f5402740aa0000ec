import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoProfileWithAnswers } from '../../scripts/harness/demo-answers';
import { fillFromPopup, openPopupFor } from '../../scripts/harness/popup';
import { fixturePath } from '../fixtures/pages';
import { careersPage, changed, changedFrames, EMBED, embed, embeds, framesBrowser, REAL, shortcutFillsOneFrame, statesOf } from './frame-states';

/**
 * A tab with one or two Greenhouse embeds (tests/fixtures/pages/greenhouse-embed-job-app.html, both at the same address),
 * on a company careers page built from acme-careers-embed-host.html:
 *  - "decoy": a 1x1, opacity-0 embed placed BEFORE the real one, as a page that wants the profile would; and a
 *    full-size transparent one laid over the page; a transparent one whose fields all lie below its own fold;
 *  - "faded": one embed a person sees whose form sits under a half-transparent wrapper; "scroll": one in a short
 *    scrolling box on a page of the embed's own site, its fields all below its fold;
 *  - "twins": two embeds a person sees side by side.
 * Fill and undo go to exactly one frame, the report counts that frame alone, via the popup and via the shortcut.
 */

const DECOY_URL = 'https://www.acme-robotics.com/careers/jobs?gh_jid=7101';
const TWINS_URL = 'https://www.acme-robotics.com/careers/jobs?gh_jid=7102';
const OVERLAY_URL = 'https://www.acme-robotics.com/careers/jobs?gh_jid=7103';
const FOLD_URL = 'https://www.acme-robotics.com/careers/jobs?gh_jid=7104';
const FADED_URL = 'https://www.acme-robotics.com/careers/jobs?gh_jid=7105';
/** The same embed with its form under a half-transparent wrapper (visible, but IntersectionObserver v2 calls it unseen). */
const FADED_EMBED = `${EMBED}&faded=1`;
/** A page of the embed's own site (same origin: the frame renders in the page's process) holding it in a short box. */
const SCROLL_URL = 'https://boards.greenhouse.io/acme/jobs/7106';
/** On the embed's own site, a transparent short copy whose every element is under a half-transparent box. */
const FADED_DECOY_URL = 'https://boards.greenhouse.io/acme/jobs/7107';
const ALL_FADED_EMBED = `${EMBED}&faded=all`;
const PAGES = [
  { url: EMBED, file: fixturePath('greenhouse-embed-job-app') },
  { url: DECOY_URL, body: careersPage(embed('decoy_iframe', 'position:absolute;width:1px;height:1px;opacity:0;border:0') + REAL) },
  // Full size and transparent, over the top of the page: its own viewport is large, only IntersectionObserver v2
  // inside it can tell that nobody sees it.
  { url: OVERLAY_URL, body: careersPage(embed('decoy_iframe', 'position:absolute;top:0;left:0;width:100%;height:900px;opacity:0;border:0;z-index:5') + REAL) },
  // Transparent and only 150 px tall: its fields all lie below its own fold (fuzz F11), so no field is in its
  // viewport; its root element is.
  { url: FOLD_URL, body: careersPage(embed('decoy_iframe', 'position:absolute;top:0;left:0;width:100%;height:150px;opacity:0;border:0;z-index:5') + REAL) },
  { url: FADED_EMBED, body: readFileSync(fixturePath('greenhouse-embed-job-app'), 'utf8').replace('</head>', '<style>.application--form{opacity:.6}</style></head>') },
  // At the top of the page, so that its first fields are in the first screen (IntersectionObserver v2 judges them).
  { url: FADED_URL, body: careersPage(`<iframe id="faded_iframe" style="position:absolute;top:0;left:0;width:100%;height:2600px;border:0;z-index:5" title="Greenhouse Job Board" src="${FADED_EMBED.replace(/&/g, '&amp;')}"></iframe>`) },
  // Visible, 380 px tall and scrolling, the page's text below it: the embed's fields all lie below its fold, and its
  // root element reaches over that text (v2 then calls it covered, fuzz F12); what it shows in its viewport is seen.
  { url: SCROLL_URL, body: `<!doctype html><html><head><title>Acme jobs</title></head><body><h1>Site Reliability Engineer</h1>${embed('scroll_iframe', 'display:block;width:800px;height:380px;border:0').replace(' scrolling="no"', '')}<p>${'Acme builds robots. '.repeat(200)}</p></body></html>` },
  // Transparent, 380 px tall and scrolling, of the page's own origin, and everything it shows half transparent by its
  // own page: what it shows says nothing (v2 calls it unseen anyway), its iframe element in the page does.
  { url: ALL_FADED_EMBED, body: readFileSync(fixturePath('greenhouse-embed-job-app'), 'utf8').replace('</head>', '<style>.main{opacity:.6}</style></head>') },
  { url: FADED_DECOY_URL, body: `<!doctype html><html><head><title>Acme jobs</title></head><body>${embed('decoy_iframe', 'display:block;width:800px;height:380px;border:0;opacity:0').replace(' scrolling="no"', '').replace(EMBED.replace(/&/g, '&amp;'), ALL_FADED_EMBED.replace(/&/g, '&amp;'))}${REAL}<p>${'Acme builds robots. '.repeat(200)}</p></body></html>` },
  { url: TWINS_URL, body: careersPage(`<div style="display:flex;gap:8px">${embed('left_iframe', 'flex:1;height:2600px;border:0')}${embed('right_iframe', 'flex:1;height:2600px;border:0')}</div>`) },
];

const profile = demoProfileWithAnswers('Frames');
const { context, extensionId, open, lastReport } = framesBrowser(PAGES, profile);

describe('one frame: the form a person sees, and only that one, is reviewed and filled', () => {
  it.each([
    ['a 1x1 transparent embed', DECOY_URL],
    ['a full-size transparent embed over the page', OVERLAY_URL],
    ['a transparent embed whose fields all lie below its own fold', FOLD_URL],
    ['a transparent short embed of the same origin, all it shows half transparent', FADED_DECOY_URL],
  ])('%s before the real one: the review and Fill take the visible frame, the decoy is untouched', async (_name, url) => {
    const tab = await open(url);
    expect((await embeds(tab)).map((e) => e.id)).toEqual(['decoy_iframe', 'grnhse_iframe']);
    const before = await statesOf(tab);
    const popup = await openPopupFor(context(), extensionId(), tab);
    await popup.locator('li.review-field').first().waitFor();
    // One form a person sees: no chooser, and the review is not the decoy's (whose fields would all be hidden).
    expect(await popup.locator('[data-testid="form-chooser"]').count()).toBe(0);
    expect(await popup.locator('li.review-field.state-hidden').count()).toBeLessThan(5);

    const summary = await fillFromPopup(popup);
    const report = await lastReport();
    const after = await statesOf(tab);
    expect(after.decoy_iframe, 'the hidden frame was touched').toEqual(before.decoy_iframe);
    const real = await embeds(tab).then((e) => e.find((x) => x.id === 'grnhse_iframe')!.frame);
    expect(await real.locator('#first_name').inputValue()).toBe(profile.identity.firstName);
    expect(await real.locator('#email').inputValue()).toBe(profile.identity.email);
    // The counts are the filled frame's: what the report says went in is what changed there.
    expect(changedFrames(before, after)).toEqual({ grnhse_iframe: report.counts.filled });
    expect(summary).toMatch(new RegExp(`^filled ${report.counts.filled}, needs you ${report.counts['needs-you']}`));
    expect(report.counts.filled).toBeGreaterThan(5);

    // Undo goes to the same frame and puts it back as it was.
    await popup.locator('button.undo').click();
    await expect.poll(() => popup.locator('[data-testid="fill-result"]').textContent()).toMatch(/undone: \d+ restored/);
    const undone = await statesOf(tab);
    expect(undone.decoy_iframe).toEqual(before.decoy_iframe);
    expect(changed(before.grnhse_iframe!, undone.grnhse_iframe!).filter((k) => !k.includes('file') && k !== 'resume' && k !== 'cover_letter')).toEqual([]);
    await popup.close();
    await tab.close();
  });

  it('two visible embeds at the same address: the person chooses, Fill fills the chosen one only and counts it alone', async () => {
    const tab = await open(TWINS_URL);
    expect((await embeds(tab)).map((e) => e.id)).toEqual(['left_iframe', 'right_iframe']);
    const before = await statesOf(tab);
    const popup = await openPopupFor(context(), extensionId(), tab);
    const chooser = popup.locator('[data-testid="form-chooser"]');
    await chooser.waitFor();
    const choices = chooser.locator('input[type="radio"]');
    expect(await choices.count()).toBe(2);
    expect(await chooser.locator('legend').textContent()).toBe('This page shows 2 application forms. Fill which one?');
    // Choose the form that is not preselected: Fill must follow the person, not the default.
    const preselected = (await choices.nth(0).isChecked()) ? 0 : 1;
    const chosen = 1 - preselected;
    await choices.nth(chosen).check();
    await expect.poll(() => choices.nth(chosen).isChecked()).toBe(true);
    await popup.screenshot({ path: 'test-results/frames-chooser.png' });

    const summary = await fillFromPopup(popup);
    const report = await lastReport();
    const after = await statesOf(tab);
    const ids = ['left_iframe', 'right_iframe'];
    expect(changedFrames(before, after)).toEqual({ [ids[chosen]!]: report.counts.filled });
    expect(after[ids[preselected]!]).toEqual(before[ids[preselected]!]);
    expect(summary).toMatch(new RegExp(`^filled ${report.counts.filled},`));
    // While the fill can be undone, the other form cannot be picked.
    expect(await choices.nth(preselected).isDisabled()).toBe(true);
    await popup.close();
    await tab.close();
  });

  it('the shortcut, with no review, fills exactly one frame on every page and counts it alone', async () => {
    await shortcutFillsOneFrame(context(), open, [
      [DECOY_URL, ['grnhse_iframe']],
      [OVERLAY_URL, ['grnhse_iframe']],
      [FOLD_URL, ['grnhse_iframe']],
      [FADED_URL, ['faded_iframe']],
      [SCROLL_URL, ['scroll_iframe']],
      [TWINS_URL, ['left_iframe', 'right_iframe']],
    ]);
  });
});
