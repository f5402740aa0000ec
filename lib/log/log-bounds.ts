import type { LogEntry } from './log-entry';

/** Years of applications at a few hundred bytes each (the benchmark prints the size): far below storage's 10 MB. */
export const MAX_LOG_ENTRIES = 2_000;
/** From here on the popup and the Applications view say the oldest entries will go, before any is dropped. */
export const LOG_WARN_AT = 1_900;

/** Newest first, by the last fill (the date the table shows); the URL breaks ties so the order is stable. */
export const newestFirst = (entries: readonly LogEntry[]): LogEntry[] =>
  [...entries].sort((a, b) => b.lastFilledAt - a.lastFilledAt || a.url.localeCompare(b.url));

/** The newest `limit` entries and the ones that would be dropped to get there. */
export function boundLog(entries: readonly LogEntry[], limit = MAX_LOG_ENTRIES): { kept: LogEntry[]; dropped: LogEntry[] } {
  const sorted = newestFirst(entries);
  return { kept: sorted.slice(0, limit), dropped: sorted.slice(limit) };
}

/** The warning shown before anything is dropped, or null while the log is far from full. */
export function boundWarning(count: number, limit = MAX_LOG_ENTRIES, warnAt = LOG_WARN_AT): string | null {
  if (count < warnAt) return null;
  const head = `Your application log holds ${count.toLocaleString('en')} of ${limit.toLocaleString('en')} entries.`;
  const tail = 'Export it (Options → Applications) to keep a copy of every entry.';
  return count >= limit
    ? `${head} Each new application now drops the oldest entry. ${tail}`
    : `${head} From ${limit.toLocaleString('en')} on, each new application drops the oldest. ${tail}`;
}
