import { storage } from 'wxt/utils/storage';
import type { Profile } from '../profile/profile-schema';
import { parseProfile } from '../profile/parse-profile';
import { shippedProfiles } from '../profile/shipped-profiles';
import { backUpThenRewrite, isQuotaError } from './unreadable-backup';

// Stored as `unknown` on purpose: what comes back from storage is checked by the schema, never trusted.
export const profilesItem = storage.defineItem<unknown>('local:profiles', { version: 1 });
export const activeProfileItem = storage.defineItem<string>('local:activeProfileId', { fallback: '' });
// `unknown` too: the backup key can be damaged like any other.
const corruptBackupItem = storage.defineItem<unknown>('local:profiles.unreadable', { fallback: [] });

export interface LoadedProfiles {
  profiles: Profile[];
  activeId: string;
  /** Entries that failed to parse: kept in a backup key, reported here, never dropped silently. */
  problems: string[];
}

/** First run: the shipped profiles. Later runs never overwrite what the user has. */
export async function installShippedProfiles(): Promise<void> {
  if ((await profilesItem.getValue()) == null) await profilesItem.setValue(shippedProfiles());
}

const kilobytes = (value: unknown) => `${Math.ceil(new TextEncoder().encode(JSON.stringify(value)).length / 1024)} kB`;

export async function loadProfiles(): Promise<LoadedProfiles> {
  await installShippedProfiles();
  const raw = await profilesItem.getValue();
  const problems: string[] = [];
  const profiles: Profile[] = [];
  const unreadable: unknown[] = [];
  if (!Array.isArray(raw)) {
    unreadable.push(raw);
    problems.push('stored profiles are not a list; they were kept in a backup and the shipped profiles are shown');
  } else {
    raw.forEach((entry, i) => {
      const parsed = parseProfile(entry, `profiles.${i}`);
      if (parsed.ok) profiles.push(parsed.value);
      else {
        unreadable.push(entry);
        problems.push(`profile ${i + 1} could not be read (${parsed.error}); it was kept in a backup`);
      }
    });
  }
  if (!profiles.length) profiles.push(...shippedProfiles());
  if (unreadable.length) problems.push(...(await backUpThenRewrite(corruptBackupItem, unreadable, () => profilesItem.setValue(profiles), 'profiles')));
  const stored = await activeProfileItem.getValue();
  const activeId = profiles.some((p) => p.id === stored) ? stored : profiles[0]!.id;
  return { profiles, activeId, problems };
}

export async function setActiveProfile(id: string): Promise<void> {
  await activeProfileItem.setValue(id);
}

export async function activeProfile(): Promise<{ profile: Profile; problems: string[] }> {
  const { profiles, activeId, problems } = await loadProfiles();
  return { profile: profiles.find((p) => p.id === activeId)!, problems };
}

/** Replace the whole stored list; every entry is validated first, so nothing invalid is ever written. */
export async function saveProfiles(profiles: readonly Profile[]): Promise<void> {
  if (!profiles.length) throw new Error('at least one profile must remain');
  profiles.forEach((p, i) => {
    const parsed = parseProfile(p, `profiles.${i}`);
    if (!parsed.ok) throw new Error(parsed.error);
  });
  try {
    await profilesItem.setValue([...profiles]);
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    // The write is all or nothing, so what was stored before is still there: say so, and what would free space.
    throw new Error(
      `storage is full: the browser refused to store ${kilobytes(profiles)} of profiles; nothing was changed. ` +
        'Remove a stored résumé file or a profile you no longer use, then save again.',
    );
  }
}
