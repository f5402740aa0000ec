import { storage } from 'wxt/utils/storage';
import { profileFor, splitProfile } from '../profile/combine-profile';
import { emptyIdentity, type Identity, type MigratedEntry, type Resume } from '../profile/identity-schema';
import { describeConflict } from '../profile/merge-identity';
import { parseIdentity, parseStoredEntry } from '../profile/parse-profile';
import { foldEntries, wholeProfiles, type ProfileData } from '../profile/profile-data';
import type { Profile } from '../profile/profile-schema';
import { shippedData } from '../profile/shipped-profiles';
import { backUpThenRewrite, isQuotaError } from './unreadable-backup';
import { droppedFileKeys } from '../profile/file-keys';
import { changedElsewhereMessage, mergeProfileSave } from '../profile/merge-saves';
import { profileIdProblem, withSafeIds } from '../profile/profile-id';
import { deleteStoredFiles } from './file-store';
import { renameReviewProfiles } from './review-store';
import { renameTailoringProfiles } from './tailoring-store';

/** A save refused because another tab changed the same profile since this page read it. */
export class ChangedElsewhereError extends Error {
  constructor(readonly changed: string[]) {
    super(changedElsewhereMessage(changed));
    this.name = 'ChangedElsewhereError';
  }
}

// Stored as `unknown` on purpose: what comes back from storage is checked by the schema, never trusted.
/** Schema v2: the résumés (one per profile). Entries of older versions are migrated when read. */
export const profilesItem = storage.defineItem<unknown>('local:profiles', { version: 1 });
/** Schema v2: who the person is, once for every profile. */
export const identityItem = storage.defineItem<unknown>('local:identity');
export const activeProfileItem = storage.defineItem<string>('local:activeProfileId', { fallback: '' });
// `unknown` too: the backup key can be damaged like any other.
const corruptBackupItem = storage.defineItem<unknown>('local:profiles.unreadable', { fallback: [] });
const corruptIdentityItem = storage.defineItem<unknown>('local:identity.unreadable', { fallback: [] });
/** The stored list as it was before the move to one identity: nothing a person typed is lost by the migration. */
const beforeV2Item = storage.defineItem<unknown>('local:profiles.before-v2');
/** Values two profiles disagreed on when they became one identity: shown to the person until dismissed. */
export const identityNotesItem = storage.defineItem<string[]>('local:identity.notes', { fallback: [] });

export interface LoadedProfileData extends ProfileData {
  activeId: string;
  /** Entries that failed to parse: kept in a backup key, reported here, never dropped silently. */
  problems: string[];
  /** What the v1 → v2 merge (or an import) did not keep, in words: "phone: kept …; “Elixir” had …". */
  notes: string[];
}

export interface LoadedProfiles {
  profiles: Profile[];
  activeId: string;
  problems: string[];
}

/** First run: the shipped résumés and what they say about the person. Later runs never overwrite what the user has. */
export async function installShippedProfiles(): Promise<void> {
  if ((await profilesItem.getValue()) != null) return;
  const { identity, resumes } = shippedData();
  if ((await identityItem.getValue()) == null) await identityItem.setValue(identity);
  await profilesItem.setValue(resumes);
}

const kilobytes = (value: unknown) => `${Math.ceil(new TextEncoder().encode(JSON.stringify(value)).length / 1024)} kB`;

async function readIdentity(problems: string[]): Promise<Identity | null> {
  const raw = await identityItem.getValue();
  if (raw == null) return null;
  const parsed = parseIdentity(raw);
  if (parsed.ok) return parsed.value;
  problems.push(`your details could not be read (${parsed.error}); they were kept in a backup`);
  problems.push(...(await backUpThenRewrite(corruptIdentityItem, [raw], () => identityItem.removeValue(), 'details')));
  return null;
}

/** The identity and every résumé, migrated to schema v2 (and stored so) if they were older. */
export async function loadProfileData(): Promise<LoadedProfileData> {
  await installShippedProfiles();
  const raw = await profilesItem.getValue();
  const problems: string[] = [];
  const stored = await readIdentity(problems);
  const entries: MigratedEntry[] = [];
  const unreadable: unknown[] = [];
  if (!Array.isArray(raw)) {
    unreadable.push(raw);
    problems.push('stored profiles are not a list; they were kept in a backup and the shipped profiles are shown');
  } else {
    raw.forEach((entry, i) => {
      const parsed = parseStoredEntry(entry, `profiles.${i}`);
      if (parsed.ok) entries.push(parsed.value);
      else {
        unreadable.push(entry);
        problems.push(`profile ${i + 1} could not be read (${parsed.error}); it was kept in a backup`);
      }
    });
  }
  if (!entries.length) entries.push(...shippedData().resumes);
  const folded = foldEntries(stored ?? emptyIdentity(), entries);
  // Ids stored before they were restricted to a safe shape (`__proto__`, `hasOwnProperty`) are renamed once.
  const safe = withSafeIds(folded.resumes);
  folded.resumes = safe.list;
  const notes = await identityNotesItem.getValue();
  if (stored === null || entries.some((e) => e.person)) {
    notes.push(...folded.conflicts.map(describeConflict).filter((line) => !notes.includes(line)));
    try {
      if (Array.isArray(raw) && entries.some((e) => e.person) && (await beforeV2Item.getValue()) == null) await beforeV2Item.setValue(raw);
      await storage.setItems([
        { item: identityNotesItem, value: notes },
        { item: identityItem, value: folded.identity },
        ...(unreadable.length ? [] : [{ item: profilesItem, value: folded.resumes }]),
      ]);
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      // Shown as v2, stored as before: the next load migrates again, and nothing is lost meanwhile.
      problems.push('storage is full: your profiles are shown with one set of details, but could not be stored so yet; nothing was lost');
    }
  }
  if (unreadable.length) problems.push(...(await backUpThenRewrite(corruptBackupItem, unreadable, () => profilesItem.setValue(folded.resumes), 'profiles')));
  const storedActive = await activeProfileItem.getValue();
  const active = safe.renamed.get(storedActive) ?? storedActive;
  if (safe.renamed.size && !unreadable.length) {
    try {
      // Reviews and tailoring move first: cut short, the next load renames again and moves what is left.
      await renameReviewProfiles(safe.renamed);
      await renameTailoringProfiles(safe.renamed);
      await storage.setItems([
        { item: profilesItem, value: folded.resumes },
        ...(active !== storedActive ? [{ item: activeProfileItem, value: active }] : []),
      ]);
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      problems.push('storage is full: profile ids were made safe for this session but could not be stored so yet; nothing was lost');
    }
  }
  const activeId = folded.resumes.some((p) => p.id === active) ? active : folded.resumes[0]!.id;
  return { identity: folded.identity, resumes: folded.resumes, activeId, problems, notes };
}

/** Every profile whole (identity + résumé), as the popup, the planner and tailoring read them. */
export async function loadProfiles(): Promise<LoadedProfiles> {
  const data = await loadProfileData();
  return { profiles: wholeProfiles(data), activeId: data.activeId, problems: data.problems };
}

export async function setActiveProfile(id: string): Promise<void> {
  await activeProfileItem.setValue(id);
}

export async function activeProfile(): Promise<{ profile: Profile; problems: string[] }> {
  const data = await loadProfileData();
  return { profile: profileFor(data.identity, data.resumes.find((r) => r.id === data.activeId)!), problems: data.problems };
}

/**
 * What storage holds now, as v2, for merging a save into; `null` when it is not plain v2 (unreadable or older
 * entries): those are the loader's to back up and migrate, so the save asks for a reload instead.
 */
async function readStoredData(fallbackIdentity: Identity): Promise<ProfileData | null> {
  const [raw, rawIdentity] = await Promise.all([profilesItem.getValue(), identityItem.getValue()]);
  if (raw == null) return { identity: fallbackIdentity, resumes: [] };
  if (!Array.isArray(raw)) return null;
  const resumes: Resume[] = [];
  for (const [i, entry] of raw.entries()) {
    const parsed = parseStoredEntry(entry, `profiles.${i}`);
    if (!parsed.ok || parsed.value.person) return null;
    resumes.push(parsed.value);
  }
  if (rawIdentity == null) return { identity: fallbackIdentity, resumes };
  const identity = parseIdentity(rawIdentity);
  return identity.ok ? { identity: identity.value, resumes } : null;
}

function validated(data: ProfileData): ProfileData {
  const identity = parseIdentity(data.identity);
  if (!identity.ok) throw new Error(identity.error);
  const resumes: Resume[] = data.resumes.map((r, i) => {
    const idProblem = profileIdProblem(r.id);
    if (idProblem) throw new Error(`profiles.${i}.id: ${idProblem}`);
    const parsed = parseStoredEntry(r, `profiles.${i}`);
    if (!parsed.ok) throw new Error(parsed.error);
    const { person: _none, ...resume } = parsed.value;
    return resume;
  });
  return { identity: identity.value, resumes };
}

/**
 * Store who the person is and the résumés. `base` is what this page read (or last stored): the save is merged per
 * profile into what storage holds now (another tab may have saved meanwhile), or refused with
 * `ChangedElsewhereError` when both changed the same profile. Returns what was stored. Résumé files the stored
 * profiles no longer point at (replaced or removed, or their profile deleted) are deleted after the write.
 */
export async function saveProfileData(next: ProfileData, base: ProfileData): Promise<ProfileData> {
  if (!next.resumes.length) throw new Error('at least one profile must remain');
  const wanted = validated(next);
  const current = await readStoredData(base.identity);
  if (!current) throw new ChangedElsewhereError(['the stored profiles']);
  const merged = mergeProfileSave(validated(base), wanted, current);
  if (!merged.ok) throw new ChangedElsewhereError(merged.changed);
  const { identity, resumes } = merged.value;
  if (!resumes.length) throw new Error('at least one profile must remain');
  try {
    // One write for both: the identity and the résumés are never stored half.
    await storage.setItems([
      { item: profilesItem, value: resumes },
      { item: identityItem, value: identity },
    ]);
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    // The write is all or nothing, so what was stored before is still there: say so, and what would free space.
    throw new Error(
      `storage is full: the browser refused to store ${kilobytes([resumes, identity])} of profiles; nothing was changed. ` +
        'Remove a stored résumé file or a profile you no longer use, then save again.',
    );
  }
  // After the write: a failure here leaves an orphan, which the start-up cleanup removes; never a dangling key.
  await deleteStoredFiles(droppedFileKeys(current.resumes, resumes)).catch(() => undefined);
  return merged.value;
}

/**
 * Store whole profiles (what tailoring's save-back and the popup's remembered answers hold): their résumés, and
 * the identity they share, merged against `base` (the profiles this page read) like `saveProfileData`. Profiles
 * that disagree about the person are refused: the identity is one, and is edited as one.
 */
export async function saveProfiles(profiles: readonly Profile[], base: readonly Profile[]): Promise<Profile[]> {
  const data = (list: readonly Profile[]): ProfileData => {
    const split = list.map(splitProfile);
    const identity = split[0]?.identity;
    if (identity && split.some((s) => JSON.stringify(s.identity) !== JSON.stringify(identity))) {
      throw new Error('these profiles disagree about who you are; your details are stored once, for every profile');
    }
    return { identity: identity ?? emptyIdentity(), resumes: split.map((s) => s.resume) };
  };
  return wholeProfiles(await saveProfileData(data(profiles), data(base)));
}

export async function dismissIdentityNotes(): Promise<void> {
  await identityNotesItem.setValue([]);
}
