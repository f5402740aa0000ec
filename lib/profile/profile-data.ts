import { profileFor } from './combine-profile';
import type { Identity, MigratedEntry, Resume } from './identity-schema';
import { mergeIdentity, type IdentityConflict } from './merge-identity';
import type { Profile } from './profile-schema';

/** Everything stored about the person in schema v2: who they are once, and their résumés. */
export interface ProfileData {
  identity: Identity;
  resumes: Resume[];
}

/**
 * Fold migrated entries into one identity and a résumé list: each entry's own person data (a v1 profile had its
 * own) joins the identity in list order, the first non-empty value winning; what differed is listed.
 */
export function foldEntries(identity: Identity, entries: readonly MigratedEntry[]): ProfileData & { conflicts: IdentityConflict[] } {
  let current = identity;
  const conflicts: IdentityConflict[] = [];
  const resumes = entries.map(({ person, ...resume }) => {
    if (person) {
      const merged = mergeIdentity(current, person, `“${resume.label}”`);
      current = merged.identity;
      conflicts.push(...merged.conflicts);
    }
    return resume;
  });
  return { identity: current, resumes, conflicts };
}

/** Every résumé as a whole profile, for the planner and tailoring. */
export const wholeProfiles = (data: ProfileData): Profile[] => data.resumes.map((r) => profileFor(data.identity, r));
