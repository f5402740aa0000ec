import { PERSON_KEYS, RESUME_KEYS } from './identity-schema';
import { PROFILE_SCHEMA_VERSION } from './profile-schema';
import type { ParseResult } from './parse-profile';

type Raw = Record<string, unknown>;

const pick = (raw: Raw, keys: readonly string[]): Raw => Object.fromEntries(keys.filter((k) => raw[k] !== undefined).map((k) => [k, raw[k]]));

/**
 * Pure steps from one schema version to the next, keyed by the version they start from. A profile file written by
 * hand before versioning (no `schemaVersion`) counts as version 0.
 */
export const PROFILE_MIGRATIONS: Readonly<Record<number, (raw: Raw) => Raw>> = {
  0: (raw) => ({ ...raw, schemaVersion: 1 }),
  // v1 kept the person in every profile; v2 keeps a résumé per profile and the person once. The step keeps the
  // person data beside the résumé (`person`), and the loader folds it into the one identity.
  1: (raw) => {
    const { identity, ...rest } = raw;
    const person = { ...pick(rest, PERSON_KEYS), ...(identity === undefined ? {} : { contact: identity }) };
    return { ...pick(rest, RESUME_KEYS), schemaVersion: 2, person };
  },
};

/** Bring a stored or imported profile up to `target` (the current schema version by default), or say why not. */
export function migrateProfile(raw: unknown, target = PROFILE_SCHEMA_VERSION): ParseResult<Raw> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: '(root): expected a profile object' };
  let current = raw as Raw;
  const declared = current.schemaVersion ?? 0;
  if (typeof declared !== 'number' || !Number.isInteger(declared) || declared < 0) {
    return { ok: false, error: `schemaVersion: expected a whole number, got ${JSON.stringify(declared)}` };
  }
  if (declared > PROFILE_SCHEMA_VERSION) {
    return { ok: false, error: `schemaVersion: ${declared} is newer than this Applyfill understands (${PROFILE_SCHEMA_VERSION}); update the extension` };
  }
  if (declared > target) return { ok: false, error: `schemaVersion: expected version ${target} here, got ${declared}` };
  for (let v = declared; v < target; v++) {
    const step = PROFILE_MIGRATIONS[v];
    if (!step) return { ok: false, error: `schemaVersion: no migration from version ${v}` };
    // A step reads nested fields that a corrupted entry may not have: its failure is a reason, never a crash,
    // so one broken stored profile cannot stop the others from loading.
    try {
      current = step(current);
    } catch (error) {
      return { ok: false, error: `schemaVersion: migration from version ${v} failed (${(error as Error).message})` };
    }
  }
  return { ok: true, value: current };
}
