import { PROFILE_SCHEMA_VERSION } from './profile-schema';
import type { ParseResult } from './parse-profile';

type Raw = Record<string, unknown>;

/**
 * Pure steps from one schema version to the next, keyed by the version they start from. A profile file written by
 * hand before versioning (no `schemaVersion`) counts as version 0.
 */
export const PROFILE_MIGRATIONS: Readonly<Record<number, (raw: Raw) => Raw>> = {
  0: (raw) => ({ ...raw, schemaVersion: 1 }),
};

/** Bring a stored or imported profile up to the current schema version, or say why it cannot be. */
export function migrateProfile(raw: unknown): ParseResult<Raw> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: '(root): expected a profile object' };
  let current = raw as Raw;
  const declared = current.schemaVersion ?? 0;
  if (typeof declared !== 'number' || !Number.isInteger(declared) || declared < 0) {
    return { ok: false, error: `schemaVersion: expected a whole number, got ${JSON.stringify(declared)}` };
  }
  if (declared > PROFILE_SCHEMA_VERSION) {
    return { ok: false, error: `schemaVersion: ${declared} is newer than this Applyfill understands (${PROFILE_SCHEMA_VERSION}); update the extension` };
  }
  for (let v = declared; v < PROFILE_SCHEMA_VERSION; v++) {
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
