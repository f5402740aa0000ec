import { identitySchema, migratedEntrySchema, type Identity, type MigratedEntry } from './identity-schema';
import { profileSchema, WHOLE_PROFILE_VERSION, type Profile } from './profile-schema';
import { migrateProfile } from './profile-migrations';
import { plainIssue } from './plain-issue';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Zod issues as one line a person can act on: "work.2.start: expected YYYY, YYYY-MM or YYYY-MM-DD", "basics.email: not an e-mail address". */
export function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[], prefix = ''): string {
  return issues
    .slice(0, 5)
    .map((i) => `${[prefix, ...i.path.map(String)].filter(Boolean).join('.') || '(root)'}: ${plainIssue(i.message)}`)
    .join('; ');
}

const prefixed = (where: string, error: string) => (where ? `${where}.${error}` : error);

/** A whole profile (person + résumé, version 0 or 1): a v1 file, JSON Resume's `meta.applyfill`, a test's profile. */
export function parseProfile(raw: unknown, where = ''): ParseResult<Profile> {
  const migrated = migrateProfile(raw, WHOLE_PROFILE_VERSION);
  if (!migrated.ok) return { ok: false, error: prefixed(where, migrated.error) };
  const parsed = profileSchema.safeParse(migrated.value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: describeIssues(parsed.error.issues, where) };
}

/** One entry of the stored profile list, of any version, as a v2 résumé (with the person data a v1 entry had). */
export function parseStoredEntry(raw: unknown, where = ''): ParseResult<MigratedEntry> {
  const migrated = migrateProfile(raw);
  if (!migrated.ok) return { ok: false, error: prefixed(where, migrated.error) };
  const parsed = migratedEntrySchema.safeParse(migrated.value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: describeIssues(parsed.error.issues, where) };
}

export function parseIdentity(raw: unknown, where = 'identity'): ParseResult<Identity> {
  const parsed = identitySchema.safeParse(raw);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: describeIssues(parsed.error.issues, where) };
}
