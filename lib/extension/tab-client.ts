import { browser } from 'wxt/browser';
import type { FillReport } from '../fill/fill-report';
import type { CollectedPage, PageSnapshot } from '../page/analyze-page';
import { classifyPage } from '../page/classify-page';
import type { FillPlan } from '../plan/fill-plan';
import type { ContentRequest } from './content-messages';

/** The popup's and background's side of the conversation with a tab's content scripts. */
async function ask<T>(tabId: number, request: ContentRequest): Promise<T | undefined> {
  try {
    return (await browser.tabs.sendMessage(tabId, request)) as T | undefined;
  } catch {
    // No content script in this tab (not a supported page, or loaded before the extension was).
    return undefined;
  }
}

/** The tab's form, collected by its content script and classified here. */
export async function collectFromTab(tabId: number): Promise<PageSnapshot | undefined> {
  const page = await ask<CollectedPage>(tabId, { type: 'applyfill:collect' });
  return page ? classifyPage(page) : undefined;
}
export const fillTab = (tabId: number, plan: FillPlan) => ask<FillReport>(tabId, { type: 'applyfill:fill', plan });
export const undoTab = (tabId: number, url: string) => ask<{ restored: number; failed: string[] }>(tabId, { type: 'applyfill:undo', url });

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
