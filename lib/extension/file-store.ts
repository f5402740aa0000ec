import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { StoredFileBytes } from '../fill/fill-file';
import { isResumeFileKey, orphanFileKeys } from '../profile/file-keys';
import { encodeStoredFile, type StoredFileRecord } from './stored-file-codec';

/** Résumé bytes live in local extension storage under their own key, apart from the profile JSON. */
export async function writeStoredFile(key: string, file: StoredFileBytes): Promise<void> {
  await storage.setItem<StoredFileRecord>(`local:${key}`, encodeStoredFile(file));
}

/** Delete résumé bytes (only keys of the résumé-file shape; anything else is left alone). */
export async function deleteStoredFiles(keys: Iterable<string>): Promise<void> {
  const files = [...keys].filter(isResumeFileKey);
  if (files.length) await browser.storage.local.remove(files);
}

/**
 * Start-up cleanup: résumé files no stored value points at (an upload whose tab closed before Save, a save that
 * failed half-way) are deleted. Returns the keys it deleted.
 */
export async function cleanOrphanFiles(): Promise<string[]> {
  const stored: Record<string, unknown> = await browser.storage.local.get(null);
  const orphans = orphanFileKeys(stored);
  await deleteStoredFiles(orphans);
  return orphans;
}
