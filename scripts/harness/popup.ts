import type { BrowserContext, Page } from 'playwright-core';
import { getExtensionStorage, setExtensionStorage } from './extension-storage';

/**
 * Open the popup as a page that acts on `target`. Opened as a tab the popup would be the active tab itself, so it
 * is told the target's tab id with `?tab=` (found as the one tab that is not the popup).
 */
export async function openPopupFor(context: BrowserContext, extensionId: string, target: Page): Promise<Page> {
  await target.bringToFront();
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const tabId = await popup.evaluate(async (targetUrl) => {
    type Tab = { id?: number; url?: string; lastAccessed?: number };
    const api = (globalThis as unknown as { chrome: { tabs: { getCurrent(): Promise<Tab | undefined>; query(q: object): Promise<Tab[]> } } }).chrome;
    const me = await api.tabs.getCurrent();
    const others = (await api.tabs.query({})).filter((t) => t.id !== me?.id);
    // With host access the URL is visible. Pages on other hosts (an embed's parent) hide it, so take the tab that was
    // brought to front last, just before the popup opened.
    const hidden = others.filter((t) => t.url === undefined);
    const latest = hidden.sort((a, b) => (b.lastAccessed ?? b.id ?? 0) - (a.lastAccessed ?? a.id ?? 0))[0];
    return (others.find((t) => t.url === targetUrl) ?? latest)?.id;
  }, target.url());
  if (!tabId) throw new Error(`could not find the tab of ${target.url()}`);
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/**
 * Click Fill in the popup and wait for its "filled N, needs you M" line, then for the report it stores once the
 * result is painted, so that a caller reading `lastFillReport` (getExtensionStorage) reads this fill's.
 */
export async function fillFromPopup(popup: Page): Promise<string> {
  await setExtensionStorage(popup.context(), { lastFillReport: null });
  await popup.locator('button.fill').click();
  const result = popup.locator('[data-testid="fill-result"]');
  await result.waitFor({ timeout: 20_000 });
  const summary = (await result.textContent()) ?? '';
  // A fill that failed stores no report: its callers see the summary say so.
  if (summary.startsWith('filled')) await storedFillReport(popup.context());
  return summary;
}

/** The report the popup stores after a fill's result is painted: polled for, since it lands just after. */
export async function storedFillReport(context: BrowserContext, timeoutMs = 10_000): Promise<unknown> {
  for (const started = Date.now(); Date.now() - started < timeoutMs; await new Promise((r) => setTimeout(r, 20))) {
    const { lastFillReport } = await getExtensionStorage(context, ['lastFillReport']);
    if (lastFillReport) return lastFillReport;
  }
  throw new Error('the popup showed a fill but stored no report');
}

/** Ready sections start folded in the review and draw their rows once opened: open each, as a person would. */
export async function openReviewSections(popup: Page): Promise<void> {
  await popup.locator('li.review-field, details[data-section]').first().waitFor();
  const closed = popup.locator('details[data-section]:not([open]) > summary');
  for (let i = 0; i < 20 && (await closed.count()) > 0; i++) await closed.first().click();
}
