import { browser } from 'wxt/browser';
import type { FillReport } from '../fill/fill-report';
import type { PageSnapshot } from '../page/analyze-page';
import { classifyPage } from '../page/classify-page';
import type { CollectedPage } from '../page/collect-page';
import { chooseFrames, type FrameChoice } from '../page/frame-choice';
import type { FillPlan } from '../plan/fill-plan';
import type { IframeView } from '../page/iframe-judge';
import type { SeenNow } from '../page/second-look';
import { judgeTabFrames, scanTabFrames, scrollTopBack, topScroll } from './frame-judge-client';
import { unwrapReply, type ContentMessageType, type ReplyOf, type RequestOf, type UndoResult, type UndoState } from './content-protocol';

// Chromium's and Firefox's words for "no content script is listening in this tab".
const NO_RECEIVER = /Receiving end does not exist|Could not establish connection/i;

/**
 * The popup's and background's side of the conversation with a tab's content scripts, typed by the protocol map.
 * `null` means no frame answered: no content script there (not a supported page, or one loaded before the
 * extension was), or no application form. Anything else that goes wrong is thrown with what failed.
 */
async function ask<K extends ContentMessageType>(tabId: number, request: RequestOf<K> & { type: K }, frameId?: number): Promise<ReplyOf<K> | null> {
  let raw: unknown;
  try {
    raw = await (frameId === undefined ? browser.tabs.sendMessage(tabId, request) : browser.tabs.sendMessage(tabId, request, { frameId }));
  } catch (error) {
    if (NO_RECEIVER.test((error as Error).message)) return null;
    throw new Error(`Applyfill could not reach the page: ${(error as Error).message}`);
  }
  return unwrapReply(request.type, raw);
}

const NO_ANSWER = 'The page did not answer. Reload it and try again.';

/** A page full of frames is asked about this many at most. */
const MAX_FRAMES = 12;

/**
 * Every frame of the tab that holds a form, each with its frame id. A broadcast `tabs.sendMessage` resolves with
 * the first reply only, so the tab is asked again, skipping the frames that answered, until no frame answers:
 * n forms cost n + 1 asks, and the answer is complete without waiting on a clock. Each frame learns its own id from
 * the background (frame-id.ts), so no `webNavigation` permission is needed to list frames. (The alternative,
 * frames sending their pages by `runtime.sendMessage`, gives the sender's frame id for free but no way to know when
 * the last frame has spoken.)
 */
export async function collectFrames(tabId: number, around?: IframeView[]): Promise<CollectedPage[]> {
  const pages: CollectedPage[] = [];
  const skip: string[] = [];
  while (pages.length < MAX_FRAMES) {
    const page = await ask(tabId, { type: 'applyfill:collect', skip: [...skip], ...(around ? { around } : {}) });
    if (!page) break;
    pages.push(page);
    // A content script without a token (an older version still in the tab) cannot be skipped: ask no more.
    if (!page.frame) break;
    skip.push(page.frame.token);
  }
  return pages;
}

/**
 * The tab's forms, classified, the preferred first; and those no person sees, with why (frame-choice.ts). The top
 * page judges its iframes first where the extension may read it (frame-judge-client.ts), and each frame takes that
 * judgement with it.
 */
export async function collectFromTab(tabId: number): Promise<FrameChoice<PageSnapshot>> {
  const pages = await collectFrames(tabId, await judgeTabFrames(tabId));
  return chooseFrames(pages.map((page) => classifyPage(page)));
}

/** The frame a snapshot was collected in (the top frame when it carries none, as a test's own collect does). */
export const frameOf = (snapshot: { frame?: { id: number } }): number => snapshot.frame?.id ?? 0;

/**
 * Fill's second look (lib/page/second-look.ts) at the frame about to be filled, before anything of the profile is
 * sent to it. A frame not confirmed seen when the popup opened (wholly outside the tab's viewport then) brings the
 * field the fill starts with into view. Where the extension may read the top page, the page then judges its iframes
 * over their whole extent (lib/page/iframe-scan.ts: a box laid over a tall embed further down is found too), and the
 * frame says whether a person sees it now and keeps the page's covers for the fill; a form found hidden puts the
 * page back where it was scrolled (where the page can be read). Null when nothing is to be
 * learnt: the top document, a plan that fills nothing, a frame confirmed seen whose top page cannot be read.
 */
export async function lookAgain(tabId: number, snapshot: PageSnapshot, plan: FillPlan): Promise<SeenNow | null> {
  const first = plan.steps.find((s) => s.action === 'fill');
  if (!first || !snapshot.frame || snapshot.frame.top) return null;
  const frameId = frameOf(snapshot);
  const unsure = snapshot.frame.seen !== 'yes';
  // Where the page was, to put it back if the form turns out hidden (the person then sees their page as they left it).
  const home = unsure ? await topScroll(tabId) : null;
  if (unsure && !(await ask(tabId, { type: 'applyfill:show-field', url: snapshot.url, fieldId: first.fieldId }, frameId))) throw new Error(NO_ANSWER);
  const around = await scanTabFrames(tabId);
  if (!unsure && !around) return null;
  const seen = await ask(tabId, { type: 'applyfill:seen-now', url: snapshot.url, ...(around ? { around } : {}) }, frameId);
  if (!seen) throw new Error(NO_ANSWER);
  if (seen.seen === 'no' && home) await scrollTopBack(tabId, home);
  return seen;
}

/** Fill exactly the frame the plan's page was collected in; the report's counts are that frame's alone. */
export async function fillTab(tabId: number, snapshot: PageSnapshot, plan: FillPlan): Promise<FillReport> {
  const report = await ask(tabId, { type: 'applyfill:fill', plan }, frameOf(snapshot));
  if (!report) throw new Error(NO_ANSWER);
  return report;
}

export async function undoTab(tabId: number, snapshot: PageSnapshot): Promise<UndoResult> {
  const result = await ask(tabId, { type: 'applyfill:undo', url: snapshot.url }, frameOf(snapshot));
  if (!result) throw new Error(NO_ANSWER);
  return result;
}

/** What an Undo in the tab would put back; null when no frame holds a fill to undo. */
export function undoStateOfTab(tabId: number, snapshot: PageSnapshot): Promise<UndoState | null> {
  return ask(tabId, { type: 'applyfill:undo-state', url: snapshot.url }, frameOf(snapshot));
}

/**
 * The tab the popup acts on: the active tab of the current window. A `?tab=` parameter overrides it, because a
 * popup opened as a page in tests is itself the active tab.
 */
export async function targetTabId(search: string): Promise<number | undefined> {
  const forced = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(forced) && forced > 0) return forced;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
