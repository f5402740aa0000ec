import { fromJsonResume, toJsonResume } from './json-resume';
import { parseProfile, type ParseResult } from './parse-profile';
import type { Profile } from './profile-schema';
import { uniqueId } from './profile-list';

/** Larger files are refused before parsing: a profile is a few dozen kilobytes. */
export const MAX_IMPORT_BYTES = 1_000_000;
const BUNDLE_KIND = 'applyfill-profiles';

export interface ProfileBundle {
  kind: typeof BUNDLE_KIND;
  exportedAt: string;
  profiles: Profile[];
}

export function exportBundle(profiles: readonly Profile[], now = new Date()): string {
  const bundle: ProfileBundle = { kind: BUNDLE_KIND, exportedAt: now.toISOString(), profiles: [...profiles] };
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

export const exportProfile = (profile: Profile): string => `${JSON.stringify(profile, null, 2)}\n`;
export const exportJsonResume = (profile: Profile): string => `${JSON.stringify(toJsonResume(profile), null, 2)}\n`;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseOne(raw: unknown, where: string): ParseResult<Profile> {
  if (isObject(raw) && !('schemaVersion' in raw) && ('basics' in raw || 'work' in raw || 'meta' in raw)) {
    const result = fromJsonResume(raw);
    return result.ok ? result : { ok: false, error: where ? `${where}: ${result.error}` : result.error };
  }
  return parseProfile(raw, where);
}

/**
 * Read an import file: one profile (own format or JSON Resume), or an export of all profiles. Either every
 * profile in it is valid or nothing is imported; the error names the path and the problem.
 */
export function parseImport(text: string, existing: readonly Profile[]): ParseResult<Profile[]> {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, error: `file is ${Math.round(bytes / 1000)} kB; the limit is ${MAX_IMPORT_BYTES / 1000} kB` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not valid JSON: ${(error as Error).message}` };
  }
  const entries: [unknown, string][] =
    isObject(raw) && raw.kind === BUNDLE_KIND
      ? Array.isArray(raw.profiles)
        ? raw.profiles.map((p, i) => [p, `profiles.${i}`] as [unknown, string])
        : [[undefined, 'profiles']]
      : Array.isArray(raw)
        ? raw.map((p, i) => [p, `${i}`] as [unknown, string])
        : [[raw, '']];
  if (!entries.length) return { ok: false, error: 'the file holds no profile' };
  const imported: Profile[] = [];
  for (const [entry, where] of entries) {
    if (entry === undefined) return { ok: false, error: `${where}: expected a list of profiles` };
    const result = parseOne(entry, where);
    if (!result.ok) return result;
    // An imported profile never silently replaces a stored one with the same id: it comes in beside it.
    const taken = [...existing, ...imported];
    imported.push(taken.some((p) => p.id === result.value.id) ? { ...result.value, id: uniqueId(result.value.label, taken) } : result.value);
  }
  return { ok: true, value: imported };
}
