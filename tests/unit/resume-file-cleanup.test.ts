import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { cleanOrphanFiles, writeStoredFile } from '../../lib/extension/file-store';
import { loadProfileData, saveProfileData } from '../../lib/extension/profile-store';
import { newResumeFileKey } from '../../lib/profile/file-keys';
import type { Resume } from '../../lib/profile/identity-schema';
import type { ProfileData } from '../../lib/profile/profile-data';
import { readStoredFile } from '../support/stored-files';

const MB = 1024 * 1024;
const everything = () => fakeBrowser.storage.local.get(null);
const fileKeys = async () => Object.keys(await everything()).filter((k) => k.startsWith('resume:'));
const bytesInStorage = async () => new TextEncoder().encode(JSON.stringify(await everything())).length;
const pdf = (size: number, fill: number) => ({ name: `cv-${fill}.pdf`, type: 'application/pdf', bytes: new Uint8Array(size).fill(fill) });

async function loaded(): Promise<ProfileData> {
  const { identity, resumes } = await loadProfileData();
  return { identity, resumes };
}

/** What the options page does on "Replace…" then Save: store the bytes under a new key, then the profile. */
async function attach(data: ProfileData, id: string, size: number, fill: number, now: number): Promise<ProfileData> {
  const storageKey = newResumeFileKey(id, now);
  await writeStoredFile(storageKey, pdf(size, fill));
  const resumes = data.resumes.map((r): Resume => (r.id === id ? { ...r, documents: { ...r.documents, resume: { name: `cv-${fill}.pdf`, type: 'application/pdf', size, storageKey } } } : r));
  return saveProfileData({ ...data, resumes }, data);
}

describe('résumé files in storage (fakeBrowser)', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('replacing a 2 MB résumé three times keeps one file, not four; the figures for the note', async () => {
    let data = await loaded();
    const id = data.resumes[0]!.id;
    const before = await bytesInStorage();
    data = await attach(data, id, 2 * MB, 1, 1);
    const afterFirst = await bytesInStorage();
    for (let n = 2; n <= 4; n++) data = await attach(data, id, 2 * MB, n, n);
    const keys = await fileKeys();
    expect(keys).toEqual([newResumeFileKey(id, 4)]);
    expect((await readStoredFile(keys[0]!))?.bytes[0]).toBe(4);
    const after = await bytesInStorage();
    // One file's worth: the three replaced ones are gone (each 2 MB file is about 2.8 MB as stored base64).
    expect(after).toBeLessThan(afterFirst + 1024);
    console.log(`[storage figures] 2 MB résumé: stored ${(afterFirst / MB).toFixed(2)} MB after the first upload, ${(after / MB).toFixed(2)} MB after three replacements (${keys.length} file key); without deletion it would be 4 file keys, ${((before + 4 * (afterFirst - before)) / MB).toFixed(2)} MB, past Chrome's 10 MB quota`);
  });

  it('stored bytes read back exactly, in the same base64 as btoa, for every length', async () => {
    for (const size of [0, 1, 2, 3, 4, 5, 301]) {
      const bytes = new Uint8Array(size).map((_, i) => (i * 131 + 7) & 255);
      await writeStoredFile('resume:t:1', { name: 'a.pdf', type: 'application/pdf', bytes });
      expect((await everything())['resume:t:1']).toMatchObject({ base64: btoa(String.fromCharCode(...bytes)) });
      expect((await readStoredFile('resume:t:1'))?.bytes).toEqual(bytes);
    }
  });

  it('"Remove" then Save frees the bytes; deleting the profile frees its file too', async () => {
    let data = await loaded();
    const [a, b] = data.resumes as [Resume, Resume];
    data = await attach(data, a.id, 1000, 1, 1);
    data = await attach(data, b.id, 1000, 2, 2);
    expect(await fileKeys()).toHaveLength(2);
    const removed = data.resumes.map((r) => (r.id === a.id ? { ...r, documents: { ...r.documents, resume: undefined } } : r));
    data = await saveProfileData({ ...data, resumes: removed }, data);
    expect(await fileKeys()).toEqual([newResumeFileKey(b.id, 2)]);
    data = await saveProfileData({ ...data, resumes: data.resumes.filter((r) => r.id !== b.id) }, data);
    expect(await fileKeys()).toEqual([]);
  });

  it('a storageKey naming any other key (a crafted import) is never deleted', async () => {
    const data = await loaded();
    const crafted = data.resumes.map((r, i) => (i === 0 ? { ...r, documents: { ...r.documents, resume: { name: 'x.pdf', type: 'application/pdf', size: 1, storageKey: 'identity' } } } : r));
    const stored = await saveProfileData({ ...data, resumes: crafted }, data);
    await saveProfileData({ ...stored, resumes: data.resumes }, stored);
    expect((await everything()).identity).toBeDefined();
  });

  it('start-up cleanup deletes files nothing points at and keeps the rest, backups included', async () => {
    const data = await attach(await loaded(), (await loaded()).resumes[0]!.id, 1000, 1, 1);
    const referenced = data.resumes[0]!.documents.resume!.storageKey;
    await writeStoredFile('resume:someone:5', pdf(10, 5)); // an upload whose tab closed before Save
    await writeStoredFile('resume:gone:6', pdf(10, 6)); // referenced only by a backup of unreadable entries
    await fakeBrowser.storage.local.set({ 'profiles.unreadable': [{ id: 'gone', documents: { resume: { storageKey: 'resume:gone:6' } } }], 'unrelated': { a: 1 } });
    const removed = await cleanOrphanFiles();
    expect(removed).toEqual(['resume:someone:5']);
    expect((await fileKeys()).sort()).toEqual([referenced, 'resume:gone:6'].sort());
    expect((await everything()).unrelated).toEqual({ a: 1 });
  });

  it('the background runs the cleanup when the browser starts', async () => {
    await loaded();
    await writeStoredFile('resume:orphan:1', pdf(10, 1));
    // fakeBrowser has no commands API; the shortcut is not what this test is about.
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
    background.main();
    await fakeBrowser.runtime.onStartup.trigger();
    await expect.poll(fileKeys).toEqual([]);
    expect((await everything()).profiles).toBeDefined();
  });
});
