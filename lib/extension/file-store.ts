import { storage } from 'wxt/utils/storage';
import type { StoredFileBytes } from '../fill/fill-file';

interface StoredFileRecord {
  name: string;
  type: string;
  base64: string;
}

/** Résumé bytes live in local extension storage under their own key, apart from the profile JSON. */
export async function readStoredFile(key: string): Promise<StoredFileBytes | null> {
  const record = await storage.getItem<StoredFileRecord>(`local:${key}`);
  if (!record || typeof record.base64 !== 'string') return null;
  const binary = atob(record.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return { name: record.name, type: record.type, bytes };
}

export async function writeStoredFile(key: string, file: StoredFileBytes): Promise<void> {
  let binary = '';
  for (let i = 0; i < file.bytes.length; i += 0x8000) binary += String.fromCharCode(...file.bytes.subarray(i, i + 0x8000));
  await storage.setItem<StoredFileRecord>(`local:${key}`, { name: file.name, type: file.type, base64: btoa(binary) });
}
