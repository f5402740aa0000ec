import type { FillReport } from '../fill/fill-report';
import { activeProfile } from './profile-store';
import { loadReview } from './review-store';
import { fillWithReview, keepLastReport } from './fill-tab';
import { collectFromTab } from './tab-client';

export const FILL_COMMAND = 'fill-page';

/**
 * The keyboard shortcut: fill the tab with the plan the user reviewed in the popup for this form and profile, or
 * the default plan when there was no review. With no review to ask, it takes the preferred form (the visible frame
 * with the most fields a person sees, frame-choice.ts) and never fills two. Returns null when the tab holds no
 * application form a person sees.
 */
export async function fillTabFromReview(tabId: number): Promise<FillReport | null> {
  const [snapshot] = (await collectFromTab(tabId)).usable;
  if (!snapshot) return null;
  const { profile } = await activeProfile();
  const report = await fillWithReview(tabId, snapshot, profile, await loadReview(snapshot.url, profile.id));
  // No result to show first here: the badge waits for the stored report, so a script reading it finds this fill's.
  await keepLastReport(report);
  return report;
}
