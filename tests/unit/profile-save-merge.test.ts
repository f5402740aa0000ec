import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ChangedElsewhereError, loadProfileData, loadProfiles, saveProfileData, saveProfiles } from '../../lib/extension/profile-store';
import { storedAs, type OptionsState } from '../../lib/options/options-state';
import type { Resume } from '../../lib/profile/identity-schema';
import type { ProfileData } from '../../lib/profile/profile-data';
import { createProfile } from '../../lib/profile/profile-list';

/** What one tab holds after it loaded: its own copy of what was stored. */
async function openTab(): Promise<ProfileData> {
  const { identity, resumes } = await loadProfileData();
  return { identity, resumes };
}

const edit = (data: ProfileData, index: number, change: Partial<Resume>): ProfileData => ({
  ...data,
  resumes: data.resumes.map((r, i) => (i === index ? { ...r, ...change } : r)),
});
const withPhone = (data: ProfileData, phone: string): ProfileData => ({ ...data, identity: { ...data.identity, contact: { ...data.identity.contact, phone } } });
const stored = async () => (await fakeBrowser.storage.local.get(['profiles', 'identity'])) as { profiles: Resume[]; identity: ProfileData['identity'] };

describe('saves from two tabs (fakeBrowser)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('each tab changing its own profile: both changes are kept', async () => {
    const a = await openTab();
    const b = await openTab();
    await saveProfileData(edit(b, 1, { headline: 'Edited in tab B' }), b);
    const merged = await saveProfileData(edit(a, 0, { headline: 'Edited in tab A' }), a);
    const { profiles } = await stored();
    expect(profiles.map((p) => p.headline)).toEqual(['Edited in tab A', 'Edited in tab B']);
    expect(merged.resumes).toEqual(profiles);
  });

  it('both tabs changing the same profile: the later save is refused, says so, and storage keeps the first', async () => {
    const a = await openTab();
    const b = await openTab();
    await saveProfileData(edit(b, 0, { headline: 'B' }), b);
    const before = await stored();
    const save = saveProfileData(edit(a, 0, { headline: 'A' }), a);
    await expect(save).rejects.toBeInstanceOf(ChangedElsewhereError);
    await expect(save).rejects.toThrow(new RegExp(`^“${a.resumes[0]!.label}” changed in another tab .*reload.*Nothing was saved\\.$`));
    expect(await stored()).toEqual(before);
  });

  it('the popup saving whole profiles (tailoring, remembered answers) keeps details another tab saved', async () => {
    const popup = await loadProfiles();
    const options = await openTab();
    await saveProfileData(withPhone(options, '+49 30 1234567'), options);
    const tailored = popup.profiles.map((p, i) => (i === 0 ? { ...p, summary: 'Tailored summary' } : p));
    const result = await saveProfiles(tailored, popup.profiles);
    expect(result[0]!.summary).toBe('Tailored summary');
    expect(result.every((p) => p.identity.phone === '+49 30 1234567')).toBe(true);
    expect((await stored()).identity.contact.phone).toBe('+49 30 1234567');
  });

  it('the popup changing your details while another tab changed them too is refused', async () => {
    const popup = await loadProfiles();
    const options = await openTab();
    await saveProfileData(withPhone(options, '+49 30 1234567'), options);
    const bank = popup.profiles.map((p) => ({ ...p, answerBank: [{ question: 'Notice period?', answer: 'One month' }] }));
    await expect(saveProfiles(bank, popup.profiles)).rejects.toThrow(/^your details changed in another tab/);
    expect((await stored()).identity.answerBank).toEqual([]);
  });

  it('a profile another tab created survives this tab’s save; one this tab deleted goes unless it was edited elsewhere', async () => {
    const a = await openTab();
    const b = await openTab();
    const created = { ...b, resumes: createProfile(b.resumes, 'Made in B') };
    await saveProfileData(created, b);
    await saveProfileData({ ...a, resumes: [a.resumes[0]!] }, a);
    expect((await stored()).profiles.map((p) => p.label)).toEqual([a.resumes[0]!.label, 'Made in B']);

    const c = await openTab();
    const d = await openTab();
    await saveProfileData(edit(d, 1, { headline: 'kept' }), d);
    await expect(saveProfileData({ ...c, resumes: [c.resumes[0]!] }, c)).rejects.toThrow(/“Made in B” changed in another tab/);
    expect((await stored()).profiles.map((p) => p.headline)).toEqual([c.resumes[0]!.headline, 'kept']);
  });

  it('stored data this tab cannot merge into (an unreadable entry) asks for a reload and writes nothing', async () => {
    const a = await openTab();
    await fakeBrowser.storage.local.set({ profiles: [...a.resumes, 'damaged'] });
    await expect(saveProfileData(edit(a, 0, { headline: 'A' }), a)).rejects.toThrow(/^the stored profiles changed in another tab .*reload/);
    expect((await stored()).profiles).toEqual([...a.resumes, 'damaged']);
  });

  it('the options page takes the merged result and keeps its own unsaved edits', async () => {
    const a = await openTab();
    const b = await openTab();
    await saveProfileData(edit(b, 1, { headline: 'from B' }), b);
    const savedA = edit(a, 0, { headline: 'saved in A' });
    const state: OptionsState = { saved: savedA, draft: { ...savedA, identity: withPhone(savedA, '+1 555 0100').identity }, selectedId: a.resumes[0]!.id, message: null, problems: [], notes: [] };
    const merged = await saveProfileData(savedA, a);
    const next = storedAs(state, merged);
    expect(next.saved).toEqual(merged);
    expect(next.draft!.resumes.map((r) => r.headline)).toEqual(['saved in A', 'from B']);
    expect(next.draft!.identity.contact.phone).toBe('+1 555 0100');
  });
});
