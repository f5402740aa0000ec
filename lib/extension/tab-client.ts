import { browser } from 'wxt/browser';
import type { FillReport } from '../fill/fill-report';
import type { PageSnapshot } from '../page/analyze-page';
import { classifyPage } from '../page/classify-page';
import type { FillPlan } from '../plan/fill-plan';
import { unwrapReply, type ContentMessageType, type ReplyOf, type RequestOf, type UndoResult, type UndoState } from './content-protocol';

// Chromium's and Firefox's words for "no content script is listening in this tab".
const NO_RECEIVER = /Receiving end does not exist|Could not establish connection/i;

/**
 * The popup's and background's side of the conversation with a tab's content scripts, typed by the protocol map.
 * `null` means no frame answered: no content script there (not a supported page, or one loaded before the
 * extension was), or no application form. Anything else that goes wrong is thrown with what failed.
 */
async function ask<K extends ContentMessageType>(tabId: number, request: RequestOf<K> & { type: K }): Promise<ReplyOf<K> | null> {
  let raw: unknown;
  try {
    raw = await browser.tabs.sendMessage(tabId, request);
  } catch (error) {
    if (NO_RECEIVER.test((error as Error).message)) return null;
    throw new Error(`Applyfill could not reach the page: ${(error as Error).message}`);
  }
  return unwrapReply(request.type, raw);
}

const NO_ANSWER = 'The page did not answer. Reload it and try again.';

/** The tab's form, collected by its content script and classified here; null when the tab has none. */
export async function collectFromTab(tabId: number): Promise<PageSnapshot | null> {
  const page = await ask(tabId, { type: 'applyfill:collect' });
  return page ? classifyPage(page) : null;
}

export async function fillTab(tabId: number, plan: FillPlan): Promise<FillReport> {
  const report = await ask(tabId, { type: 'applyfill:fill', plan });
  if (!report) throw new Error(NO_ANSWER);
  return report;
}

export async function undoTab(tabId: number, url: string): Promise<UndoResult> {
  const result = await ask(tabId, { type: 'applyfill:undo', url });
  if (!result) throw new Error(NO_ANSWER);
  return result;
}

/** What an Undo in the tab would put back; null when no frame holds a fill to undo. */
export function undoStateOfTab(tabId: number, url: string): Promise<UndoState | null> {
  return ask(tabId, { type: 'applyfill:undo-state', url });
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
