import { resumeSchema, type Resume } from './identity-schema';
import { safeProfileId } from './profile-id';
import { PROFILE_SCHEMA_VERSION } from './profile-schema';

/** Pure edits of the profile (résumé) list; storage writes whatever these return. */

interface Listed {
  id: string;
  label: string;
}

/** A safe id made from `base` that no listed profile has (see `safeProfileId`). */
export const uniqueId = (base: string, taken: readonly Listed[]): string => safeProfileId(base, new Set(taken.map((p) => p.id)));

export function createProfile(list: readonly Resume[], label: string): Resume[] {
  const clean = label.trim() || 'New profile';
  return [...list, resumeSchema.parse({ schemaVersion: PROFILE_SCHEMA_VERSION, id: uniqueId(clean, list), label: clean.slice(0, 80) })];
}

export function duplicateProfile<T extends Listed>(list: readonly T[], id: string): T[] {
  const source = list.find((p) => p.id === id);
  if (!source) throw new Error(`no profile "${id}"`);
  const label = `${source.label} (copy)`.slice(0, 80);
  return [...list, { ...structuredClone(source), id: uniqueId(label, list), label }];
}

export function renameProfile<T extends Listed>(list: readonly T[], id: string, label: string): T[] {
  const clean = label.trim();
  if (!clean) throw new Error('a profile needs a name');
  if (clean.length > 80) throw new Error('a profile name has at most 80 characters');
  return list.map((p) => (p.id === id ? { ...p, label: clean } : p));
}

export function deleteProfile<T extends Listed>(list: readonly T[], id: string): T[] {
  if (list.length <= 1) throw new Error('the last profile cannot be deleted');
  return list.filter((p) => p.id !== id);
}

export function replaceProfile<T extends Listed>(list: readonly T[], profile: T): T[] {
  return list.some((p) => p.id === profile.id) ? list.map((p) => (p.id === profile.id ? profile : p)) : [...list, profile];
}
