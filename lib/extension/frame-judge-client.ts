import { browser } from 'wxt/browser';
import type { IframeView } from '../page/iframe-judge';
import { readIframeViews } from './content-messages';

/**
 * How the tab's top page shows each of its iframes, judged there by the injected read-only judge
 * (entrypoints/frame-judge.ts). It can run only where the extension may read the top page: the ATS hosts, or the
 * site of the tab the person opened the popup on or pressed the shortcut in (`activeTab`). Anywhere else (a popup
 * opened by its address, a browser page) there is no judgement, and each frame judges itself as before.
 */
export const judgeTabFrames = (tabId: number) => runInTop(tabId, '/frame-judge.js');

/** The same judgement over each iframe's whole extent, the page scrolled and put back (lib/page/iframe-scan.ts): only once the person pressed Fill. */
export const scanTabFrames = (tabId: number) => runInTop(tabId, '/frame-scan.js');

async function runInTop(tabId: number, file: '/frame-judge.js' | '/frame-scan.js'): Promise<IframeView[] | undefined> {
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [file] });
    return readIframeViews(result?.result) ?? undefined;
  } catch {
    return undefined;
  }
}

export interface ScrollPlace {
  left: number;
  top: number;
}

const isPlace = (v: unknown): v is ScrollPlace =>
  typeof v === 'object' && v !== null && Number.isFinite((v as ScrollPlace).left) && Number.isFinite((v as ScrollPlace).top);

/** Where the tab's top page is scrolled, or null where the extension may not read it. */
export async function topScroll(tabId: number): Promise<ScrollPlace | null> {
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: () => ({ left: window.scrollX, top: window.scrollY }) });
    return isPlace(result?.result) ? result.result : null;
  } catch {
    return null;
  }
}

/** Put the tab's top page back where it was scrolled (after a second look that filled nothing). */
export async function scrollTopBack(tabId: number, at: ScrollPlace): Promise<void> {
  try {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: (left: number, top: number) => window.scrollTo({ left, top, behavior: 'instant' }),
      args: [at.left, at.top],
    });
  } catch {
    // The page navigated or cannot be read: nothing to put back.
  }
}
