import { PERSON_KEYS, RESUME_KEYS } from './identity-schema';
import { PROFILE_SCHEMA_VERSION } from './profile-schema';
import type { ParseResult } from './parse-profile';
import { runMigrations, type Raw } from '../versioned/run-migrations';

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
  return runMigrations(raw, PROFILE_SCHEMA_VERSION, PROFILE_MIGRATIONS, 'a profile object', target);
}
