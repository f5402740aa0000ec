import type { FillReport } from '../fill/fill-report';
import { activeProfile } from './profile-store';
import { loadReview } from './review-store';
import { fillWithReview, keepLastReport } from './fill-tab';
import { chooseFrames, shortcutForm } from '../page/frame-choice';
import { planForSnapshot } from '../plan/plan-for-snapshot';
import { collectFromTab, lookAgain } from './tab-client';

export const FILL_COMMAND = 'fill-page';

/** Why the shortcut filled nothing on a page with two forms of which it cannot tell the one a person sees, even after looking again. */
export const CHOOSE_IN_POPUP = 'two forms on this page and no telling which one you see: choose one in the popup';

/**
 * The keyboard shortcut: fill the tab with the plan the user reviewed in the popup for this form and profile, or
 * the default plan when there was no review. With no review to ask, it takes the preferred form (the visible frame
 * with the most fields a person sees, frame-choice.ts) only when that is certain (`shortcutForm`, after Fill's second
 * look at a preferred form that was out of view), and never fills two. Returns null when the tab holds no application
 * form a person sees.
 */
export async function fillTabFromReview(tabId: number): Promise<FillReport | null> {
  let choice = await collectFromTab(tabId);
  const { profile } = await activeProfile();
  let snapshot = shortcutForm(choice);
  // Two forms and the preferred one out of view when the page was read: Fill's second look settles whether a person
  // sees it. Confirmed, it is filled; hidden, it drops out and the rule is asked again; still unsure, the person chooses.
  while (!snapshot && choice.usable.length > 1) {
    const first = choice.usable[0]!;
    const look = await lookAgain(tabId, first, planForSnapshot(first, profile, await loadReview(first.url, profile.id)));
    if (!look || look.seen === 'unknown' || !first.frame) break;
    const settled = { ...first, frame: { ...first.frame, seen: look.seen, ...(look.why ? { pageWhy: look.why } : {}) } };
    choice = chooseFrames([settled, ...choice.usable.slice(1)]);
    snapshot = shortcutForm(choice);
  }
  if (!snapshot) {
    if (choice.usable.length) throw new Error(CHOOSE_IN_POPUP);
    return null;
  }
  const report = await fillWithReview(tabId, snapshot, profile, await loadReview(snapshot.url, profile.id));
  // No result to show first here: the badge waits for the stored report, so a script reading it finds this fill's.
  await keepLastReport(report);
  return report;
}
