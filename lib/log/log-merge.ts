import { addBullets } from './build-entry';
import type { LogEntry } from './log-entry';

export interface MergeResult {
  entries: LogEntry[];
  added: number;
  updated: number;
  unchanged: number;
}

/** One job, two records of it: the newer change wins; fill history and bullets add up from both. */
function mergeOne(stored: LogEntry, incoming: LogEntry): LogEntry {
  const [newer, older] = incoming.updatedAt > stored.updatedAt ? [incoming, stored] : [stored, incoming];
  return {
    ...newer,
    firstFilledAt: Math.min(stored.firstFilledAt, incoming.firstFilledAt),
    lastFilledAt: Math.max(stored.lastFilledAt, incoming.lastFilledAt),
    fills: Math.max(stored.fills, incoming.fills),
    appliedAt: newer.appliedAt ?? older.appliedAt,
    bullets: addBullets(stored.bullets, incoming.bullets),
  };
}

/**
 * Merge imported entries into the stored ones, one entry per job (canonical URL): importing the same file twice,
 * or an older export, changes nothing.
 */
export function mergeEntries(stored: readonly LogEntry[], incoming: readonly LogEntry[]): MergeResult {
  const byUrl = new Map(stored.map((e) => [e.url, e]));
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const entry of incoming) {
    const current = byUrl.get(entry.url);
    if (!current) {
      byUrl.set(entry.url, entry);
      added++;
      continue;
    }
    const merged = mergeOne(current, entry);
    if (JSON.stringify(merged) === JSON.stringify(current)) unchanged++;
    else {
      byUrl.set(entry.url, merged);
      updated++;
    }
  }
  return { entries: [...byUrl.values()], added, updated, unchanged };
}
