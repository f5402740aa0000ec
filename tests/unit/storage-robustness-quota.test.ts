import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadProfiles, saveProfileData, saveProfiles } from '../../lib/extension/profile-store';
import type { Resume } from '../../lib/profile/identity-schema';
import { shippedData, shippedProfiles } from '../../lib/profile/shipped-profiles';

const CHROME_QUOTA = 'QUOTA_BYTES quota exceeded';
const FIREFOX_QUOTA = 'QuotaExceededError: storage.local API call exceeded its quota limitations.';
const everything = () => fakeBrowser.storage.local.get(null);

/**
 * A storage area with a byte budget, as the browser's: a write that would pass it is refused whole, with the
 * browser's own message, and changes nothing (fakeBrowser itself has no quota).
 */
function limitStorage(bytes: number, message = CHROME_QUOTA): void {
  const local = fakeBrowser.storage.local;
  const set = local.set.bind(local);
  vi.spyOn(local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    const after = { ...(await local.get(null)), ...items };
    if (new TextEncoder().encode(JSON.stringify(after)).length > bytes) throw new Error(message);
    return set(items);
  });
}

const { identity, resumes } = shippedData();
const [first, second] = resumes as [Resume, Resume];
const wholes = shippedProfiles();
const withBigSummary = (p: Resume, kb: number): Resume => ({ ...p, summary: 'x'.repeat(kb * 1024) });

describe('a full storage area', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ identity, profiles: [first, second], activeProfileId: second.id });
  });
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ['Chrome', CHROME_QUOTA],
    ['Firefox', FIREFOX_QUOTA],
  ])('saving past the quota (%s) says storage is full and nothing was changed, and nothing was', async (_, message) => {
    const before = await everything();
    limitStorage(JSON.stringify(before).length + 4 * 1024, message);
    const save = saveProfileData({ identity, resumes: [first, withBigSummary(second, 8)] }, { identity, resumes });
    await expect(save).rejects.toThrow(/^storage is full: .*; nothing was changed\./);
    await expect(save).rejects.toThrow(/refused to store \d+ kB of profiles/);
    expect(await everything()).toEqual(before);
    // What was there is still what loads.
    expect((await loadProfiles()).profiles).toEqual(wholes);
  });

  it('a save that fits under the same quota goes through', async () => {
    const before = await everything();
    limitStorage(JSON.stringify(before).length + 4 * 1024);
    const edited = { ...second, headline: 'A slightly different headline' };
    await saveProfiles([wholes[0]!, { ...wholes[1]!, headline: edited.headline }], wholes);
    expect((await everything()).profiles).toEqual([first, edited]);
  });

  it('any other storage failure is passed on as it is, not called a full storage', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('IO error: disk unavailable'));
    await expect(saveProfileData({ identity, resumes: [first] }, { identity, resumes })).rejects.toThrow(/^IO error: disk unavailable$/);
  });

  it('unreadable entries found while storage is full: the stored list is left exactly as it was, and said so', async () => {
    await fakeBrowser.storage.local.set({ profiles: [first, 'damaged entry', second] });
    const before = await everything();
    limitStorage(JSON.stringify(before).length);
    const loaded = await loadProfiles();
    expect(loaded.profiles).toEqual(wholes);
    expect(loaded.problems).toEqual([
      expect.stringMatching(/^profile 2 could not be read/),
      expect.stringMatching(/^storage is full: the unreadable entries could not be backed up, so the stored profiles were left exactly as they were/),
    ]);
    expect(await everything()).toEqual(before);
  });

  it('a version-1 list met while storage is full is shown as version 2, stored as it was, and said so', async () => {
    await fakeBrowser.storage.local.clear();
    await fakeBrowser.storage.local.set({ profiles: wholes });
    const before = await everything();
    limitStorage(JSON.stringify(before).length);
    const loaded = await loadProfiles();
    expect(loaded.profiles).toEqual(wholes);
    expect(loaded.problems).toEqual([expect.stringMatching(/^storage is full: .*nothing was lost/)]);
    expect(await everything()).toEqual(before);
  });
});
