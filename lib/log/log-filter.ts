import { newestFirst } from './log-bounds';
import type { ApplicationStatus, LogEntry } from './log-entry';

export interface LogFilter {
  /** Words to find in the company or the job title, any case, in any order. */
  query: string;
  status: ApplicationStatus | 'all';
  /** A profile id, or 'all'. */
  profile: string;
}

export const NO_FILTER: LogFilter = { query: '', status: 'all', profile: 'all' };

const fold = (s: string) => s.toLocaleLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/** The table's rows: newest first, narrowed by the search words, the status and the profile. */
export function filterEntries(entries: readonly LogEntry[], filter: LogFilter): LogEntry[] {
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  return newestFirst(entries).filter((e) => {
    if (filter.status !== 'all' && e.status !== filter.status) return false;
    if (filter.profile !== 'all' && e.profileId !== filter.profile) return false;
    if (!words.length) return true;
    const haystack = fold(`${e.company} ${e.title}`);
    return words.every((w) => haystack.includes(w));
  });
}

/** The profiles the log names, for the filter: each id once, with the label its newest entry recorded. */
export function profileChoices(entries: readonly LogEntry[]): { id: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const e of newestFirst(entries)) if (e.profileId && !seen.has(e.profileId)) seen.set(e.profileId, e.profileLabel || e.profileId);
  return [...seen].map(([id, label]) => ({ id, label })).sort((a, b) => a.label.localeCompare(b.label));
}
