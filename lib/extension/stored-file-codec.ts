import type { StoredFileBytes } from '../fill/fill-file';

/** How a résumé sits in local extension storage: JSON-safe, under its own key, apart from the profile. */
export interface StoredFileRecord {
  name: string;
  type: string;
  base64: string;
}

export function encodeStoredFile(file: StoredFileBytes): StoredFileRecord {
  let binary = '';
  for (let i = 0; i < file.bytes.length; i += 0x8000) binary += String.fromCharCode(...file.bytes.subarray(i, i + 0x8000));
  return { name: file.name, type: file.type, base64: btoa(binary) };
}

export function decodeStoredFile(record: unknown): StoredFileBytes | null {
  if (typeof record !== 'object' || record === null) return null;
  const { name, type, base64 } = record as Partial<StoredFileRecord>;
  if (typeof name !== 'string' || typeof type !== 'string' || typeof base64 !== 'string') return null;
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return { name, type, bytes };
}
