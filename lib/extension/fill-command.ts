import type { FillReport } from '../fill/fill-report';
import { activeProfile } from './profile-store';
import { loadReview } from './review-store';
import { fillWithReview, keepLastReport } from './fill-tab';
import { shortcutForm } from '../page/frame-choice';
import { collectFromTab } from './tab-client';

export const FILL_COMMAND = 'fill-page';

/** Why the shortcut filled nothing on a page with two forms of which it cannot tell the one a person sees. */
export const CHOOSE_IN_POPUP = 'two forms on this page and no telling which one you see: choose one in the popup';

/**
 * The keyboard shortcut: fill the tab with the plan the user reviewed in the popup for this form and profile, or
 * the default plan when there was no review. With no review to ask, it takes the preferred form (the visible frame
 * with the most fields a person sees, frame-choice.ts) only when that is certain (`shortcutForm`), and never fills
 * two. Returns null when the tab holds no application form a person sees.
 */
export async function fillTabFromReview(tabId: number): Promise<FillReport | null> {
  const choice = await collectFromTab(tabId);
  const snapshot = shortcutForm(choice);
  if (!snapshot) {
    if (choice.usable.length) throw new Error(CHOOSE_IN_POPUP);
    return null;
  }
  const { profile } = await activeProfile();
  const report = await fillWithReview(tabId, snapshot, profile, await loadReview(snapshot.url, profile.id));
  // No result to show first here: the badge waits for the stored report, so a script reading it finds this fill's.
  await keepLastReport(report);
  return report;
}
