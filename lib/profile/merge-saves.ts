import type { Identity, Resume } from './identity-schema';
import type { ProfileData } from './profile-data';

/**
 * Two tabs (two options pages, or the popup's "Save to profile" beside an options page) each hold a copy of the
 * stored profiles. A save is merged per profile against what is stored now: `base` is what this tab last read or
 * stored, `next` what it wants stored, `current` what storage holds at the moment of the save. A profile only this
 * tab changed takes this tab's version; one only the other tab changed keeps the other's; one both changed
 * differently is a conflict, and the save is refused whole, so nothing stored is ever overwritten silently.
 */
export type MergeResult = { ok: true; value: ProfileData } | { ok: false; changed: string[] };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The three-way rule for one value; `undefined` is "absent" (a profile created or deleted). */
function pick<T>(base: T | undefined, next: T | undefined, current: T | undefined): { value: T | undefined } | 'conflict' {
  if (same(base, next)) return { value: current };
  if (same(base, current) || same(next, current)) return { value: next };
  return 'conflict';
}

const byId = (resumes: readonly Resume[]) => new Map(resumes.map((r) => [r.id, r]));

export function mergeProfileSave(base: ProfileData, next: ProfileData, current: ProfileData): MergeResult {
  const changed: string[] = [];
  const identity = pick<Identity>(base.identity, next.identity, current.identity);
  if (identity === 'conflict') changed.push('your details');
  const [b, n, c] = [byId(base.resumes), byId(next.resumes), byId(current.resumes)];
  // This tab's order first (what the person sees), then profiles another tab added.
  const ids = [...new Set([...n.keys(), ...c.keys(), ...b.keys()])];
  const resumes: Resume[] = [];
  for (const id of ids) {
    const chosen = pick(b.get(id), n.get(id), c.get(id));
    if (chosen === 'conflict') changed.push(`“${(n.get(id) ?? c.get(id) ?? b.get(id))!.label}”`);
    else if (chosen.value) resumes.push(chosen.value);
  }
  if (changed.length || identity === 'conflict') return { ok: false, changed };
  return { ok: true, value: { identity: identity.value!, resumes } };
}

/** The words a refused save shows: what the other tab changed, and what to do. */
export const changedElsewhereMessage = (changed: readonly string[]): string =>
  `${changed.join(' and ')} changed in another tab since this page read ${changed.length > 1 ? 'them' : 'it'}; reload to see the other tab's version, then make your change again. Nothing was saved.`;
