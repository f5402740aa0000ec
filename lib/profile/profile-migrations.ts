import { PROFILE_SCHEMA_VERSION } from './profile-schema';
import type { ParseResult } from './parse-profile';
import { runMigrations, type Raw } from '../versioned/run-migrations';

/**
 * Pure steps from one schema version to the next, keyed by the version they start from. A profile file written by
 * hand before versioning (no `schemaVersion`) counts as version 0.
 */
export const PROFILE_MIGRATIONS: Readonly<Record<number, (raw: Raw) => Raw>> = {
  0: (raw) => ({ ...raw, schemaVersion: 1 }),
};

/** Bring a stored or imported profile up to the current schema version, or say why it cannot be. */
export function migrateProfile(raw: unknown): ParseResult<Raw> {
  return runMigrations(raw, PROFILE_SCHEMA_VERSION, PROFILE_MIGRATIONS, 'a profile object');
}
