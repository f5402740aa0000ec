// FNV-1a, 32 bits: enough to tell a position's few dozen bullets apart, and synchronous (crypto.subtle is not).
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
