import { storage } from 'wxt/utils/storage';
import type { StoredFileBytes } from '../fill/fill-file';
import { decodeStoredFile, encodeStoredFile, type StoredFileRecord } from './stored-file-codec';

/** Résumé bytes live in local extension storage under their own key, apart from the profile JSON. */
export async function readStoredFile(key: string): Promise<StoredFileBytes | null> {
  return decodeStoredFile(await storage.getItem<StoredFileRecord>(`local:${key}`));
}

export async function writeStoredFile(key: string, file: StoredFileBytes): Promise<void> {
  await storage.setItem<StoredFileRecord>(`local:${key}`, encodeStoredFile(file));
}
