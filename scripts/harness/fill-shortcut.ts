import type { BrowserContext } from 'playwright-core';

/**
 * Run the fill shortcut's command handler on the tab showing `url`, from the service worker: headless Chromium
 * cannot press a global shortcut. A page on a host the extension has no access to (a careers page around an embed)
 * hides its URL: then the newest such tab is taken. Returns the handler's summary ("filled N, needs you M").
 */
export async function runFillShortcut(context: BrowserContext, url: string): Promise<string> {
  const worker = context.serviceWorkers()[0];
  if (!worker) throw new Error('the extension service worker is not running');
  return worker.evaluate(async (target) => {
    const g = globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } };
      applyfill: { onCommand(command: string, tabId?: number): Promise<string> };
    };
    const tabs = await g.chrome.tabs.query({});
    const [tab] = tabs.filter((t) => t.url === target).concat(tabs.filter((t) => t.url === undefined).sort((a, b) => b.id - a.id));
    return g.applyfill.onCommand('fill-page', tab!.id);
  }, url);
}
