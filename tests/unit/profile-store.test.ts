import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activeProfile, loadProfiles, setActiveProfile } from '../../lib/extension/profile-store';
import { shippedProfiles } from '../../lib/profile/shipped-profiles';

describe('profile storage (fakeBrowser)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('installs the shipped profiles on first run, and the first is active', async () => {
    const loaded = await loadProfiles();
    expect(loaded.profiles.map((p) => p.id)).toEqual(shippedProfiles().map((p) => p.id));
    expect(loaded.activeId).toBe(shippedProfiles()[0]!.id);
    expect(loaded.problems).toEqual([]);
  });

  it('switching persists, and never overwrites the user\'s edits with the shipped ones', async () => {
    const [first, second] = shippedProfiles();
    const edited = { ...first!, identity: { ...first!.identity, firstName: 'Ada' } };
    await fakeBrowser.storage.local.set({ profiles: [edited, second] });
    await setActiveProfile(second!.id);
    const { profile } = await activeProfile();
    expect(profile.id).toBe(second!.id);
    const again = await loadProfiles();
    expect(again.profiles[0]!.identity.firstName).toBe('Ada');
  });

  it('keeps an unreadable stored profile in a backup key and says what is wrong', async () => {
    const [first] = shippedProfiles();
    const broken = { ...first!, id: 'broken', work: [{ company: 42 }] };
    await fakeBrowser.storage.local.set({ profiles: [first, broken] });
    const loaded = await loadProfiles();
    expect(loaded.profiles.map((p) => p.id)).toEqual([first!.id]);
    expect(loaded.problems.join(' ')).toMatch(/profile 2 could not be read \(profiles\.1\.work\.0\.company: /);
    const backup = await fakeBrowser.storage.local.get('profiles.unreadable');
    expect(backup['profiles.unreadable']).toEqual([broken]);
  });

  it('an active id that points nowhere falls back to the first profile', async () => {
    await setActiveProfile('gone');
    const loaded = await loadProfiles();
    expect(loaded.activeId).toBe(loaded.profiles[0]!.id);
  });
});
