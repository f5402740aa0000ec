import { boundLog, MAX_LOG_ENTRIES } from '../log/log-bounds';
import { parseLogImport } from '../log/log-import';
import { mergeEntries } from '../log/log-merge';
import { loadLog, saveLog } from './application-log-store';

export type ImportOutcome =
  | { kind: 'error'; message: string }
  /** The merged log would exceed the bound: nothing was stored; ask the user, then import with `allowDrop`. */
  | { kind: 'would-drop'; drop: number; total: number }
  | { kind: 'imported'; added: number; updated: number; unchanged: number; dropped: number };

/** Merge an exported log file into the stored log, without duplicates; never drops an entry unasked. */
export async function importLogFile(text: string, allowDrop = false): Promise<ImportOutcome> {
  const parsed = parseLogImport(text);
  if (!parsed.ok) return { kind: 'error', message: `Not imported: ${parsed.error}. Nothing was changed.` };
  const { entries } = await loadLog();
  const merged = mergeEntries(entries, parsed.value);
  const { dropped } = boundLog(merged.entries, MAX_LOG_ENTRIES);
  if (dropped.length && !allowDrop) return { kind: 'would-drop', drop: dropped.length, total: merged.entries.length };
  try {
    await saveLog(merged.entries);
  } catch (error) {
    return { kind: 'error', message: `Not imported: ${(error as Error).message}.` };
  }
  return { kind: 'imported', added: merged.added, updated: merged.updated, unchanged: merged.unchanged, dropped: dropped.length };
}
