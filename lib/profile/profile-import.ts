import { splitProfile } from './combine-profile';
import { emptyIdentity, personSchema, type Identity, type MigratedEntry, type Resume } from './identity-schema';
import { fromJsonResume, toJsonResume } from './json-resume';
import type { IdentityConflict } from './merge-identity';
import { describeIssues, parseStoredEntry, type ParseResult } from './parse-profile';
import { foldEntries, type ProfileData } from './profile-data';
import { PROFILE_SCHEMA_VERSION, type Profile } from './profile-schema';
import { profileIdProblem } from './profile-id';
import { uniqueId } from './profile-list';

/** Larger files are refused before parsing: a profile is a few dozen kilobytes. */
export const MAX_IMPORT_BYTES = 1_000_000;
const BUNDLE_KIND = 'applyfill-profiles';

/** The own file format (v2): who you are once, and the résumés. One profile's export is a bundle of one. */
export interface ProfileBundle {
  kind: typeof BUNDLE_KIND;
  schemaVersion: typeof PROFILE_SCHEMA_VERSION;
  exportedAt: string;
  identity: Identity;
  profiles: Resume[];
}

export function exportBundle(data: ProfileData, now = new Date()): string {
  const bundle: ProfileBundle = { kind: BUNDLE_KIND, schemaVersion: PROFILE_SCHEMA_VERSION, exportedAt: now.toISOString(), identity: data.identity, profiles: [...data.resumes] };
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

export const exportProfile = (identity: Identity, resume: Resume, now = new Date()): string => exportBundle({ identity, resumes: [resume] }, now);
export const exportJsonResume = (profile: Profile): string => `${JSON.stringify(toJsonResume(profile), null, 2)}\n`;

/** What an import brings: the person data the file held (merged into yours, yours first) and its résumés. */
export interface ImportedData extends ProfileData {
  /** Values the file's own profiles disagreed on (a v1 file kept the person in each). */
  conflicts: IdentityConflict[];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseOne(raw: unknown, where: string): ParseResult<MigratedEntry> {
  if (isObject(raw) && !('schemaVersion' in raw) && ('basics' in raw || 'work' in raw || 'meta' in raw)) {
    const result = fromJsonResume(raw);
    if (!result.ok) return { ok: false, error: where ? `${where}: ${result.error}` : result.error };
    const { identity, resume } = splitProfile(result.value);
    const { schemaVersion: _v, ...person } = identity;
    return { ok: true, value: { ...resume, person } };
  }
  return parseStoredEntry(raw, where);
}

function fileIdentity(raw: Record<string, unknown>): ParseResult<Identity> {
  if (raw.identity === undefined) return { ok: true, value: emptyIdentity() };
  const parsed = personSchema.safeParse(raw.identity);
  return parsed.success ? { ok: true, value: { ...parsed.data, schemaVersion: PROFILE_SCHEMA_VERSION } } : { ok: false, error: describeIssues(parsed.error.issues, 'identity') };
}

/**
 * Read an import file: an Applyfill export (v2, or v1 whole profiles), one profile of any version, a list of them,
 * or a JSON Resume. Either all of it is valid or nothing is imported; the error names the path and the problem.
 */
export function parseImport(text: string, existing: readonly { id: string; label: string }[]): ParseResult<ImportedData> {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, error: `file is ${Math.round(bytes / 1000)} kB; the limit is ${MAX_IMPORT_BYTES / 1000} kB` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not valid JSON: ${(error as Error).message}` };
  }
  const bundle = isObject(raw) && raw.kind === BUNDLE_KIND ? raw : null;
  const start: ParseResult<Identity> = bundle ? fileIdentity(bundle) : { ok: true, value: emptyIdentity() };
  if (!start.ok) return start;
  const entries: [unknown, string][] = bundle
    ? Array.isArray(bundle.profiles)
      ? bundle.profiles.map((p: unknown, i) => [p, `profiles.${i}`] as [unknown, string])
      : [[undefined, 'profiles']]
    : Array.isArray(raw)
      ? raw.map((p, i) => [p, `${i}`] as [unknown, string])
      : [[raw, '']];
  if (!entries.length) return { ok: false, error: 'the file holds no profile' };
  const parsed: MigratedEntry[] = [];
  for (const [entry, where] of entries) {
    if (entry === undefined) return { ok: false, error: `${where}: expected a list of profiles` };
    const result = parseOne(entry, where);
    if (!result.ok) return result;
    const idProblem = profileIdProblem(result.value.id);
    if (idProblem) return { ok: false, error: `${where ? `${where}.` : ''}id: ${idProblem}` };
    // An imported profile never silently replaces a stored one with the same id: it comes in beside it.
    const taken = [...existing, ...parsed];
    parsed.push(taken.some((p) => p.id === result.value.id) ? { ...result.value, id: uniqueId(result.value.label, taken) } : result.value);
  }
  return { ok: true, value: foldEntries(start.value, parsed) };
}
