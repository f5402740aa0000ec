import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadProfiles } from '../../lib/extension/profile-store';
import { shippedData, shippedProfiles } from '../../lib/profile/shipped-profiles';

const BACKUP = 'profiles.unreadable';
const backup = async () => (await fakeBrowser.storage.local.get(BACKUP))[BACKUP];
const storedProfiles = async () => (await fakeBrowser.storage.local.get('profiles')).profiles;

// Stored as schema v2 stores them: one identity, résumés in the list.
const { identity } = shippedData();
const [good, other] = shippedData().resumes;
const nestedGarbage = { a: { b: [1, { c: null, d: ['x', { e: {} }] }] }, schemaVersion: [1] };

// Stored values that are not a list of profiles at all.
const NOT_A_LIST: [string, unknown][] = [
  ['an object', { id: 'x', label: 'not in a list' }],
  ['a string', 'profiles'],
  ['a number', 42],
  ['a boolean', true],
  ['nested garbage', nestedGarbage],
];

// Entries of a list that are not profiles, each with what the problem line should name.
const BAD_ENTRIES: [string, unknown, RegExp][] = [
  ['a string', 'Ada Lovelace', /expected a profile object/],
  ['null', null, /expected a profile object/],
  ['a number', 7, /expected a profile object/],
  ['a list', [good], /expected a profile object/],
  ['an empty object', {}, /id|label/],
  ['a wrong id type', { ...other, id: 5 }, /id/],
  ['a wrong nested type', { ...other, id: 'nested', work: [{ company: ['x'], title: 1 }] }, /work\.0\.company/],
  ['nested garbage', nestedGarbage, /schemaVersion/],
];

describe('corrupted stored profiles are kept in a backup and reported, never dropped', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ identity });
  });

  it.each(NOT_A_LIST)('a stored value that is %s: backed up whole, the shipped profiles shown, and said so', async (_, value) => {
    await fakeBrowser.storage.local.set({ profiles: value });
    const loaded = await loadProfiles();
    expect(loaded.profiles.map((p) => p.id)).toEqual(shippedProfiles().map((p) => p.id));
    expect(loaded.problems).toEqual([expect.stringMatching(/not a list; they were kept in a backup/)]);
    expect(await backup()).toEqual([value]);
  });

  it('each bad entry in a list goes to the backup in order, with a problem naming it; good ones load', async () => {
    const stored = [good, ...BAD_ENTRIES.map(([, entry]) => entry)];
    await fakeBrowser.storage.local.set({ profiles: stored });
    const loaded = await loadProfiles();
    expect(loaded.profiles.map((p) => p.id)).toEqual([good!.id]);
    expect(await backup()).toEqual(BAD_ENTRIES.map(([, entry]) => entry));
    expect(loaded.problems).toHaveLength(BAD_ENTRIES.length);
    BAD_ENTRIES.forEach(([what, , reason], i) => {
      expect(loaded.problems[i], what).toMatch(new RegExp(`^profile ${i + 2} could not be read \\(.*${reason.source}`));
    });
    // The list is rewritten to what could be read, so the next load is clean, and the backup is not doubled.
    expect(await storedProfiles()).toEqual([good]);
    expect((await loadProfiles()).problems).toEqual([]);
    expect(await backup()).toHaveLength(BAD_ENTRIES.length);
  });

  it('a list with nothing readable still shows the shipped profiles, and keeps every entry', async () => {
    const stored = BAD_ENTRIES.map(([, entry]) => entry);
    await fakeBrowser.storage.local.set({ profiles: stored });
    const loaded = await loadProfiles();
    expect(loaded.profiles.map((p) => p.id)).toEqual(shippedProfiles().map((p) => p.id));
    expect(await backup()).toEqual(stored);
  });

  it('the backup grows: a second corruption later is added to the first, never written over it', async () => {
    await fakeBrowser.storage.local.set({ profiles: [good, 'first'] });
    await loadProfiles();
    await fakeBrowser.storage.local.set({ profiles: [good, { second: true }] });
    const loaded = await loadProfiles();
    expect(loaded.problems).toHaveLength(1);
    expect(await backup()).toEqual(['first', { second: true }]);
  });

  it('a backup key that is itself damaged (not a list) is kept as one entry of the new backup', async () => {
    await fakeBrowser.storage.local.set({ [BACKUP]: 'old damage', profiles: [good, 12] });
    await loadProfiles();
    expect(await backup()).toEqual(['old damage', 12]);
  });

  it('nothing stored at all (null, or a first run) installs the shipped profiles without a problem', async () => {
    await fakeBrowser.storage.local.set({ profiles: null });
    const loaded = await loadProfiles();
    expect(loaded.problems).toEqual([]);
    expect(loaded.profiles.map((p) => p.id)).toEqual(shippedProfiles().map((p) => p.id));
    expect(await backup()).toBeUndefined();
  });

  it.each([42, { id: good!.id }, '', 'no-such-profile'])('an active profile id of %j falls back to the first profile', async (active) => {
    await fakeBrowser.storage.local.set({ profiles: [good, other], activeProfileId: active });
    const loaded = await loadProfiles();
    expect(loaded.activeId).toBe(good!.id);
  });
});
