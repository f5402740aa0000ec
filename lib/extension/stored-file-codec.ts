import type { StoredFileBytes } from '../fill/fill-file';

/** How a résumé sits in local extension storage: JSON-safe, under its own key, apart from the profile. */
export interface StoredFileRecord {
  name: string;
  type: string;
  base64: string;
}

const ALPHABET = new TextEncoder().encode('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
const PAD = 61; // '='

/**
 * Base64 by table into a byte buffer, decoded as ASCII once: the same text `btoa` gives, without a binary string
 * of the whole file first (happy-dom's `btoa` takes seconds on a 2 MB résumé; this takes milliseconds).
 */
function toBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  for (let i = 0; i < bytes.length; i += 3) {
    const rest = bytes.length - i;
    const n = (bytes[i]! << 16) | ((rest > 1 ? bytes[i + 1]! : 0) << 8) | (rest > 2 ? bytes[i + 2]! : 0);
    out[o++] = ALPHABET[n >> 18]!;
    out[o++] = ALPHABET[(n >> 12) & 63]!;
    out[o++] = rest > 1 ? ALPHABET[(n >> 6) & 63]! : PAD;
    out[o++] = rest > 2 ? ALPHABET[n & 63]! : PAD;
  }
  return new TextDecoder().decode(out);
}

export function encodeStoredFile(file: StoredFileBytes): StoredFileRecord {
  return { name: file.name, type: file.type, base64: toBase64(file.bytes) };
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
