import { storage } from 'wxt/utils/storage';
import { addBullets, entryFromFill, markApplied, type FillFacts } from '../log/build-entry';
import { boundLog, MAX_LOG_ENTRIES } from '../log/log-bounds';
import type { LogEntry } from '../log/log-entry';
import { parseLogEntry } from '../log/log-migrations';
import { normalizeJobUrl } from '../tailor/job-url';
import { newestEntries } from './newest-entries';
import { backUpThenRewrite, isQuotaError } from './unreadable-backup';

// Stored as `unknown` on purpose: what comes back from storage is checked entry by entry, never trusted.
const logItem = storage.defineItem<unknown>('local:applications', { version: 1 });
// `unknown` too: the backup key can be damaged like any other.
const unreadableItem = storage.defineItem<unknown>('local:applications.unreadable', { fallback: [] });

export interface LoadedLog {
  entries: LogEntry[];
  /** Entries that failed to parse: kept aside in a backup key, reported here, never dropped silently. */
  problems: string[];
}

export async function loadLog(): Promise<LoadedLog> {
  const raw = await logItem.getValue();
  if (raw == null) return { entries: [], problems: [] };
  const entries: LogEntry[] = [];
  const problems: string[] = [];
  const unreadable: unknown[] = [];
  if (!Array.isArray(raw)) {
    unreadable.push(raw);
    problems.push('the stored application log is not a list; it was kept aside in a backup and the log starts afresh');
  } else {
    raw.forEach((item, i) => {
      const parsed = parseLogEntry(item, `applications.${i}`);
      if (parsed.ok) entries.push(parsed.value);
      else {
        unreadable.push(item);
        problems.push(`application ${i + 1} in the log could not be read (${parsed.error}); it was kept aside in a backup`);
      }
    });
  }
  if (unreadable.length) problems.push(...(await backUpThenRewrite(unreadableItem, unreadable, () => logItem.setValue(entries), 'applications')));
  return { entries, problems };
}

const size = (value: unknown) => `${Math.ceil(new TextEncoder().encode(JSON.stringify(value)).length / 1024)} kB`;

/** Write the whole log, bounded; a refused write leaves the stored log as it was and says so. */
export async function saveLog(entries: readonly LogEntry[]): Promise<{ dropped: LogEntry[] }> {
  const { kept, dropped } = boundLog(entries, MAX_LOG_ENTRIES);
  try {
    await logItem.setValue(kept);
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    throw new Error(`storage is full: the browser refused to store ${size(kept)} of applications; the log was not changed`);
  }
  return { dropped };
}

// Bullets used from Tailor before the job's first Fill wait here, per canonical job URL, until that Fill.
const pendingBulletsItem = storage.defineItem<Record<string, { bullets: string[]; savedAt: number }>>('local:applications.pendingBullets', { fallback: {} });
const MAX_PENDING_JOBS = 200;

/** A Fill, from the popup or the shortcut: a new entry, or the job's entry updated. */
export async function recordFill(facts: FillFacts, now = Date.now()): Promise<{ entry: LogEntry; dropped: number; problems: string[] }> {
  const { entries, problems } = await loadLog();
  const url = normalizeJobUrl(facts.url);
  const pending = await pendingBulletsItem.getValue();
  const existing = entries.find((e) => e.url === url);
  const entry = entryFromFill(facts, existing, pending[url]?.bullets ?? [], now);
  const { dropped } = await saveLog([entry, ...entries.filter((e) => e !== existing)]);
  if (pending[url]) {
    delete pending[url];
    await pendingBulletsItem.setValue(pending);
  }
  return { entry, dropped: dropped.length, problems };
}

/** Bullets the user copied or put into the form from Tailor for the job at `url`. */
export async function recordBulletsUsed(url: string, bullets: readonly string[], now = Date.now()): Promise<void> {
  const key = normalizeJobUrl(url);
  const { entries } = await loadLog();
  const entry = entries.find((e) => e.url === key);
  if (entry) {
    const next = addBullets(entry.bullets, bullets);
    if (next.length !== entry.bullets.length) await saveLog(entries.map((e) => (e === entry ? { ...e, bullets: next, updatedAt: now } : e)));
    return;
  }
  const pending = await pendingBulletsItem.getValue();
  pending[key] = { bullets: addBullets(pending[key]?.bullets ?? [], bullets), savedAt: now };
  await pendingBulletsItem.setValue(newestEntries(pending, MAX_PENDING_JOBS));
}

/** Change one entry by its canonical URL; null when the log has no such entry. */
export async function updateEntry(url: string, change: (entry: LogEntry) => LogEntry): Promise<LogEntry | null> {
  const key = normalizeJobUrl(url);
  const { entries } = await loadLog();
  const entry = entries.find((e) => e.url === key);
  if (!entry) return null;
  const next = change(entry);
  await saveLog(entries.map((e) => (e === entry ? next : e)));
  return next;
}

export const markAppliedInLog = (url: string, now = Date.now()) => updateEntry(url, (e) => markApplied(e, now));

export async function deleteEntries(urls: readonly string[]): Promise<void> {
  const gone = new Set(urls.map(normalizeJobUrl));
  const { entries } = await loadLog();
  await saveLog(entries.filter((e) => !gone.has(e.url)));
}

export async function clearLog(): Promise<void> {
  await logItem.setValue([]);
  await pendingBulletsItem.setValue({});
}
