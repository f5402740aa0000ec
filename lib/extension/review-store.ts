import { storage } from 'wxt/utils/storage';
import type { PlanEdits } from '../plan/fill-plan';
import { newestEntries } from './newest-entries';

/** What the user decided in the popup's review of one application form, so the shortcut fills the same plan. */
export interface StoredReview {
  profileId: string;
  edits: PlanEdits;
  savedAt: number;
}

// Enough for months of applications; the oldest reviews go first. Edits hold only what the user typed.
const MAX_REVIEWS = 100;

const reviewsItem = storage.defineItem<Record<string, StoredReview>>('local:reviews', { fallback: {}, version: 1 });

const isReview = (v: unknown): v is StoredReview =>
  typeof v === 'object' && v !== null && typeof (v as StoredReview).profileId === 'string' && typeof (v as StoredReview).edits === 'object';

/** Edits for this form and profile, or none: a review made for another profile does not carry over. */
export async function loadReview(url: string, profileId: string): Promise<PlanEdits> {
  const stored = (await reviewsItem.getValue())[url];
  return isReview(stored) && stored.profileId === profileId ? stored.edits : {};
}

export async function saveReview(url: string, profileId: string, edits: PlanEdits, now = Date.now()): Promise<void> {
  const all = { ...(await reviewsItem.getValue()) };
  if (Object.keys(edits).length) all[url] = { profileId, edits, savedAt: now };
  else delete all[url];
  const readable = Object.fromEntries(Object.entries(all).filter(([, r]) => isReview(r)));
  await reviewsItem.setValue(newestEntries(readable, MAX_REVIEWS));
}

/** Reviews made under ids the safe-id migration renamed (profile-id.ts) follow their profile. */
export async function renameReviewProfiles(renamed: ReadonlyMap<string, string>): Promise<void> {
  if (!renamed.size) return;
  const all = await reviewsItem.getValue();
  const moved = Object.entries(all).map(([url, r]): [string, unknown] => {
    const to = isReview(r) ? renamed.get(r.profileId) : undefined;
    return [url, to === undefined ? r : { ...r, profileId: to }];
  });
  if (moved.some(([url, r]) => r !== all[url])) await reviewsItem.setValue(Object.fromEntries(moved) as Record<string, StoredReview>);
}
