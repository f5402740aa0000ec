import { storage } from 'wxt/utils/storage';
import type { StoredFileBytes } from '../../lib/fill/fill-file';
import { decodeStoredFile, type StoredFileRecord } from '../../lib/extension/stored-file-codec';

/** Résumé bytes as stored (tests only: the content script reads them with readStoredFileRaw). */
export async function readStoredFile(key: string): Promise<StoredFileBytes | null> {
  return decodeStoredFile(await storage.getItem<StoredFileRecord>(`local:${key}`));
}
