import { profileSchema, type Profile } from './profile-schema';
import { migrateProfile } from './profile-migrations';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Zod issues as one line a person can act on: "work.2.start: expected YYYY, YYYY-MM or YYYY-MM-DD". */
export function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[], prefix = ''): string {
  return issues
    .slice(0, 5)
    .map((i) => `${[prefix, ...i.path.map(String)].filter(Boolean).join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

/** Migrate, then validate: the one way anything stored or imported becomes a `Profile`. */
export function parseProfile(raw: unknown, where = ''): ParseResult<Profile> {
  const migrated = migrateProfile(raw);
  if (!migrated.ok) return { ok: false, error: where ? `${where}.${migrated.error}` : migrated.error };
  const parsed = profileSchema.safeParse(migrated.value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: describeIssues(parsed.error.issues, where) };
}
