import type { Profile } from './profile-schema';
import { profileSchema } from './profile-schema';
import { pathKey } from './path-access';

/** Validate an edited profile; messages keyed by the field's dotted path, for showing next to that field. */
export function validationErrors(draft: unknown): { profile: Profile | null; errors: Record<string, string> } {
  const parsed = profileSchema.safeParse(draft);
  if (parsed.success) return { profile: parsed.data, errors: {} };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[pathKey(issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)))] ??= issue.message;
  return { profile: null, errors };
}
