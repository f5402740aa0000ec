/**
 * Profile ids key stored tables (tailoring per profile, reviews, the active profile) and appear in storage keys
 * (`resume:<id>:…`), so they are restricted to a safe shape: lowercase letters, digits and hyphens, starting with a
 * letter or digit, at most 64 characters. No `__proto__`, no `hasOwnProperty`, no `:` or spaces.
 */
export const PROFILE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

export const isSafeProfileId = (id: string): boolean => PROFILE_ID_PATTERN.test(id);

/** What is wrong with an id, in words, or null when it fits. */
export function profileIdProblem(id: string): string | null {
  if (isSafeProfileId(id)) return null;
  const shown = JSON.stringify(id.length > 70 ? `${id.slice(0, 67)}…` : id);
  return `${shown} is not a usable profile id: use 1 to 64 lowercase letters, digits and hyphens, starting with a letter or digit`;
}

/** An id of the safe shape made from any text, not among `taken`: "Rust · P2P" → "rust-p2p", then "rust-p2p-2". */
export function safeProfileId(base: string, taken: ReadonlySet<string>): string {
  const slug = base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'profile';
  let id = slug;
  for (let n = 2; taken.has(id); n++) id = `${slug}-${n}`;
  return id;
}

/**
 * The stored-id migration: every id that does not fit (or repeats one before it) gets a safe one made from it, or
 * from the label when nothing of the id is usable. Returns the renamed list and old → new, so references to the old
 * ids (the active profile) follow.
 */
export function withSafeIds<T extends { id: string; label: string }>(list: readonly T[]): { list: T[]; renamed: Map<string, string> } {
  const taken = new Set(list.filter((p) => isSafeProfileId(p.id)).map((p) => p.id));
  const seen = new Set<string>();
  const renamed = new Map<string, string>();
  const out = list.map((p) => {
    if (isSafeProfileId(p.id) && !seen.has(p.id)) {
      seen.add(p.id);
      return p;
    }
    const fromId = p.id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    const id = safeProfileId(fromId || p.label, new Set([...taken, ...seen]));
    seen.add(id);
    taken.add(id);
    if (!renamed.has(p.id)) renamed.set(p.id, id);
    return { ...p, id };
  });
  // A repeated id stays with the profile that kept it (and so do the active choice, reviews and tailoring).
  for (const p of out) renamed.delete(p.id);
  return { list: out, renamed };
}
