import type { BrowserContext, Page } from 'playwright-core';
import type { FillReport } from '../../lib/fill/fill-report';
import { getExtensionStorage } from './extension-storage';
import { fillFromPopup, openPopupFor } from './popup';

/** Fill `target` exactly as a user does: open the popup for its tab, click Fill, read the report it stored. */
export async function fillViaPopup(context: BrowserContext, extensionId: string, target: Page): Promise<{ summary: string; report: FillReport }> {
  const popup = await openPopupFor(context, extensionId, target);
  try {
    const summary = await fillFromPopup(popup);
    const { lastFillReport } = await getExtensionStorage(context, ['lastFillReport']);
    if (!lastFillReport) throw new Error('the popup finished but stored no report');
    return { summary, report: lastFillReport as FillReport };
  } finally {
    await popup.close();
  }
}
