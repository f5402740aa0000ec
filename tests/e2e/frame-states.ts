import { readFileSync } from 'node:fs';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { FillReport } from '../../lib/fill/fill-report';
import type { Profile } from '../../lib/profile/profile-schema';
import { launchWithExtension, type LaunchedBrowser } from '../../scripts/harness/chromium';
import { getExtensionStorage, storeProfiles } from '../../scripts/harness/extension-storage';
import { runFillShortcut } from '../../scripts/harness/fill-shortcut';
import { buildGranting } from '../../scripts/harness/granted-build';
import { servePages, type ServedPage } from '../../scripts/harness/serve-pages';
import { fixturePages, fixturePath } from '../fixtures/pages';

/** Greenhouse's embed (tests/fixtures/pages/greenhouse-embed-job-app.html) and a company careers page around it. */
export const EMBED = fixturePages.find((p) => p.name === 'greenhouse-embed-job-app')!.url;
const HOST = readFileSync(fixturePath('acme-careers-embed-host'), 'utf8');
export const embed = (id: string, style: string, src = EMBED) =>
  `<iframe id="${id}" style="${style}" frameborder="0" scrolling="no" title="Greenhouse Job Board" src="${src.replace(/&/g, '&amp;')}"></iframe>`;
/** The careers page with `frames` where its one embed was. */
export const careersPage = (frames: string) => HOST.replace(/<div id="grnhse_app">[\s\S]*?<\/div>/, `<div id="grnhse_app">${frames}</div>`);
/** The embed a person sees, in the page's flow. */
export const REAL = embed('grnhse_iframe', 'display:block;width:100%;height:2600px;border:0');

/** The tab's embeds in page order, each with its iframe's id. */
export async function embeds(tab: Page): Promise<{ id: string; frame: Frame }[]> {
  const out: { id: string; frame: Frame }[] = [];
  for (const frame of tab.frames()) {
    if (frame === tab.mainFrame()) continue;
    const id = (await (await frame.frameElement()).getAttribute('id')) ?? '';
    out.push({ id, frame });
  }
  return out;
}

/** Every control of a frame's form by id or name: text, selection, ticks, files. */
export const formState = (frame: Frame) =>
  frame.evaluate(() => {
    const out: Record<string, string> = {};
    for (const el of Array.from(document.querySelectorAll<HTMLInputElement>('input, select, textarea'))) {
      const key = el.type === 'radio' || el.type === 'checkbox' ? `name:${el.name}` : el.id || `name:${el.name}`;
      const value =
        el.type === 'radio' || el.type === 'checkbox'
          ? el.checked
            ? el.value
            : ''
          : el.type === 'file'
            ? Array.from(el.files ?? []).map((f) => f.name).join(';')
            : el.value;
      out[key] = [out[key], value].filter(Boolean).join('|');
    }
    return out;
  });

export type State = Record<string, string>;
export const changed = (before: State, after: State) => Object.keys(after).filter((k) => after[k] !== before[k]);

export async function statesOf(tab: Page): Promise<Record<string, State>> {
  const out: Record<string, State> = {};
  for (const { id, frame } of await embeds(tab)) out[id] = await formState(frame);
  return out;
}

/** Which frames the fill changed, and how many fields in each. */
export function changedFrames(before: Record<string, State>, after: Record<string, State>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const id of Object.keys(before)) {
    const n = changed(before[id]!, after[id]!).length;
    if (n) out[id] = n;
  }
  return out;
}

/**
 * The shortcut, with no review, on each page in turn (opened by `open`): it fills exactly one frame, one of those
 * named for the page, and its summary and stored report count that frame alone.
 */
export async function shortcutFillsOneFrame(context: BrowserContext, open: (url: string) => Promise<Page>, pages: readonly (readonly [string, readonly string[]])[]): Promise<void> {
  for (const [url, expected] of pages) {
    const tab = await open(url);
    const before = await statesOf(tab);
    const outcome = await runFillShortcut(context, url);
    const report = (await getExtensionStorage(context, ['lastFillReport'])).lastFillReport as FillReport;
    expect(outcome, url).toBe(`filled ${report.counts.filled}, needs you ${report.counts['needs-you']}`);
    const filled = changedFrames(before, await statesOf(tab));
    expect(Object.keys(filled), url).toHaveLength(1);
    expect(expected).toContain(Object.keys(filled)[0]);
    expect(Object.values(filled)[0]).toBe(report.counts.filled);
    await tab.close();
  }
}

/**
 * The browser a frames test file runs in: `pages` served, `profile` stored and active. With `grant` (match patterns)
 * it runs a copy of the build that may read those sites (scripts/harness/granted-build.ts), else the build as shipped.
 * Launched before the file's tests and closed after them.
 */
export function framesBrowser(pages: readonly ServedPage[], profile: Profile, grant?: readonly string[]) {
  let browser: LaunchedBrowser;
  let granted: ReturnType<typeof buildGranting> | undefined;
  beforeAll(async () => {
    granted = grant ? buildGranting(grant) : undefined;
    browser = await launchWithExtension(granted ? { extensionDir: granted.dir } : {});
    await servePages(browser.context, pages);
    await storeProfiles(browser.context, [profile], profile.id);
  });
  afterAll(async () => {
    await browser?.close();
    granted?.remove();
  });
  return {
    context: () => browser.context,
    extensionId: () => browser.extensionId,
    /** A new tab on `url`, once every embed in it shows its form. */
    open: async (url: string): Promise<Page> => {
      const tab = await browser.context.newPage();
      await tab.goto(url);
      for (const f of await embeds(tab)) await f.frame.waitForSelector('#first_name');
      return tab;
    },
    /** The report of the last fill, as the extension stored it. */
    lastReport: async () => (await getExtensionStorage(browser.context, ['lastFillReport'])).lastFillReport as FillReport,
  };
}
