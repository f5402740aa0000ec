import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';

export interface ServedPage {
  url: string;
  /** A file to serve, or the body itself. */
  file?: string;
  body?: string;
}

function key(url: string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname}${u.search}`;
}

/**
 * Serve saved pages at their real URLs and refuse everything else. Only http(s) is intercepted: a `**\/*` glob
 * would also catch chrome-extension:// requests and break the popup. Every refused request is recorded, so a
 * test can assert that nothing tried to leave the machine.
 */
export async function servePages(context: BrowserContext, pages: readonly ServedPage[]): Promise<{ refused: string[]; served: string[] }> {
  const byUrl = new Map(pages.map((p) => [key(p.url), p]));
  const refused: string[] = [];
  const served: string[] = [];
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    async (route) => {
      const url = route.request().url();
      const page = byUrl.get(key(url));
      if (!page) {
        refused.push(url);
        await route.abort('blockedbyclient');
        return;
      }
      served.push(url);
      await route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: page.body ?? readFileSync(page.file!, 'utf8'),
      });
    },
  );
  return { refused, served };
}
