import type { WxtStorageItem } from 'wxt/utils/storage';

/** chrome.storage refuses a write past its quota as a whole ("QUOTA_BYTES quota exceeded"; Firefox: "…quota…"). */
export function isQuotaError(error: unknown): boolean {
  return /quota/i.test(error instanceof Error ? `${error.name} ${error.message}` : String(error));
}

/**
 * Stored entries that no longer parse are never dropped: append them to a backup key first, then rewrite the
 * stored value without them. If the backup cannot be written (storage full), nothing is rewritten and the stored
 * value stays exactly as it was. Returns the problems to report, naming `what` was stored ("profiles").
 */
export async function backUpThenRewrite(
  backupItem: WxtStorageItem<unknown, Record<string, unknown>>,
  unreadable: readonly unknown[],
  rewrite: () => Promise<void>,
  what: string,
): Promise<string[]> {
  const existing: unknown = await backupItem.getValue();
  // A backup that is itself not a list is kept whole, as one more entry.
  const backup = [...(Array.isArray(existing) ? (existing as unknown[]) : existing == null ? [] : [existing]), ...unreadable];
  try {
    await backupItem.setValue(backup);
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    return [`storage is full: the unreadable entries could not be backed up, so the stored ${what} were left exactly as they were`];
  }
  try {
    await rewrite();
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    return [`storage is full: the readable ${what} could not be rewritten; the unreadable entries are in the backup`];
  }
  return [];
}
