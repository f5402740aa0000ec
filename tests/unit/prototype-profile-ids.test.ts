import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadProfileData } from '../../lib/extension/profile-store';
import { loadReview } from '../../lib/extension/review-store';
import { loadJobTailoring } from '../../lib/extension/tailoring-store';
import { splitProfile } from '../../lib/profile/combine-profile';
import { profileIdProblem, withSafeIds } from '../../lib/profile/profile-id';
import { exportProfile, parseImport } from '../../lib/profile/profile-import';
import { shippedData, shippedProfiles } from '../../lib/profile/shipped-profiles';
import { pickBullet } from '../../lib/tailor/bullet-choices';
import { rankProfile } from '../../lib/tailor/bullet-ranking';
import { choicesFor, newJobTailoring, storedChoices, withChoices } from '../../lib/tailor/job-tailoring';
import { contentWords } from '../../lib/answers/question-text';

const PROTOTYPE_KEYS = ['constructor', '__proto__', 'hasOwnProperty', 'toString', 'valueOf'];
const [rust] = shippedProfiles();
const exported = (id: string) => {
  const { identity, resume } = splitProfile(rust!);
  return exportProfile(identity, { ...resume, id });
};

describe('profile ids: a safe shape, own keys only', () => {
  beforeEach(() => fakeBrowser.reset());

  it('import refuses an id of the wrong shape, naming the id and the rule, and keeps a fitting one', () => {
    for (const id of ['__proto__', 'hasOwnProperty', 'toString', 'Rust P2P', 'a:b', '-lead', 'x'.repeat(65)]) {
      const result = parseImport(exported(id), []);
      expect(result, id).toMatchObject({ ok: false });
      expect(!result.ok && result.error, id).toMatch(/^profiles\.0\.id: ".*" is not a usable profile id: use 1 to 64 lowercase letters, digits and hyphens/);
    }
    const ok = parseImport(exported('constructor'), []);
    expect(ok.ok && ok.value.resumes[0]!.id).toBe('constructor');
  });

  it('stored ids that do not fit are migrated on load, the active profile follows, nothing else changes', async () => {
    const { identity, resumes } = shippedData();
    const [a, b] = resumes;
    await fakeBrowser.storage.local.set({ identity, profiles: [{ ...a, id: '__proto__' }, { ...b, id: 'hasOwnProperty' }], activeProfileId: 'hasOwnProperty' });
    const loaded = await loadProfileData();
    expect(loaded.resumes.map((r) => r.id)).toEqual(['proto', 'hasownproperty']);
    expect(loaded.activeId).toBe('hasownproperty');
    const stored = await fakeBrowser.storage.local.get(['profiles', 'activeProfileId']);
    expect((stored.profiles as { id: string; headline: string }[]).map((p) => [p.id, p.headline])).toEqual([['proto', a!.headline], ['hasownproperty', b!.headline]]);
    expect(stored.activeProfileId).toBe('hasownproperty');
  });

  it('reviews and tailoring stored under a renamed id follow their profile; other ids and unrelated entries stay', async () => {
    const { identity, resumes } = shippedData();
    const [a, b] = resumes;
    const job = 'https://boards.greenhouse.io/acme/jobs/1';
    const other = 'https://boards.greenhouse.io/acme/jobs/2';
    const ranking = rankProfile('Rust libp2p networking', rust!);
    const mine = pickBullet({ positions: {} }, ranking.bullets[0]!);
    const theirs = pickBullet({ positions: {} }, ranking.bullets[1]!);
    // As storage holds it: `__proto__` an own key (parsed JSON), as an old import stored it.
    const byProfile = JSON.parse(`{"__proto__": ${JSON.stringify(mine)}, "${b!.id}": ${JSON.stringify(theirs)}}`) as object;
    await fakeBrowser.storage.local.set({
      identity,
      profiles: [{ ...a, id: '__proto__' }, b],
      reviews: {
        [job]: { profileId: '__proto__', edits: { f1: { value: 'x' } }, savedAt: 1 },
        [other]: { profileId: b!.id, edits: { f2: { value: 'y' } }, savedAt: 2 },
      },
      tailorings: { [newJobTailoring(job).url]: { ...newJobTailoring(job, 1), byProfile } },
    });
    await loadProfileData();
    expect(await loadReview(job, 'proto')).toEqual({ f1: { value: 'x' } });
    expect(await loadReview(other, b!.id)).toEqual({ f2: { value: 'y' } });
    const { job: tailored, problems } = await loadJobTailoring(job);
    expect(problems).toEqual([]);
    expect(choicesFor(tailored!, 'proto')).toEqual(mine);
    expect(choicesFor(tailored!, b!.id)).toEqual(theirs);
    expect(Object.keys(tailored!.byProfile).sort()).toEqual([b!.id, 'proto'].sort());
    // A second load finds nothing left to move and changes nothing.
    const stored = await fakeBrowser.storage.local.get(['reviews', 'tailorings']);
    await loadProfileData();
    expect(await fakeBrowser.storage.local.get(['reviews', 'tailorings'])).toEqual(stored);
  });

  it('a repeated id stays with the profile that kept it: the renamed copy takes none of its reviews', () => {
    const { list, renamed } = withSafeIds([{ id: 'ok-id', label: 'A' }, { id: 'ok-id', label: 'B' }]);
    expect(list.map((p) => p.id)).toEqual(['ok-id', 'ok-id-2']);
    expect([...renamed]).toEqual([]);
  });

  it('the migration makes every id safe and distinct, from the label when the id has nothing usable', () => {
    const list = ['__proto__', '__PROTO__', '::', 'ok-id', 'ok-id'].map((id, i) => ({ id, label: `Label ${i}` }));
    const { list: out, renamed } = withSafeIds(list);
    expect(out.map((p) => p.id)).toEqual(['proto', 'proto-2', 'label-2', 'ok-id', 'ok-id-2']);
    expect(out.every((p) => profileIdProblem(p.id) === null)).toBe(true);
    expect(renamed.get('__proto__')).toBe('proto');
  });

  it.each(PROTOTYPE_KEYS)('tailoring keeps choices per profile id, by own keys only (%s)', (id) => {
    const ranking = rankProfile('Rust libp2p networking', rust!);
    const choices = pickBullet({ positions: {} }, ranking.bullets[0]!);
    const empty = newJobTailoring('https://boards.greenhouse.io/acme/jobs/1');
    expect(storedChoices(empty, id)).toBeUndefined();
    expect(choicesFor(empty, id)).toEqual({ positions: {} });
    const job = withChoices(empty, id, choices);
    expect(Object.hasOwn(job.byProfile, id)).toBe(true);
    expect(choicesFor(job, id)).toEqual(choices);
    expect(Object.getPrototypeOf(job.byProfile)).toBe(Object.prototype);
    expect(storedChoices(withChoices(job, id, { positions: {} }), id)).toBeUndefined();
  });

  it.each(PROTOTYPE_KEYS.map((k) => k.toLowerCase().replace(/_/g, '')))('a question word like "%s" is a word, not a table entry', (word) => {
    expect(contentWords(`have you worked with ${word} before`).every((w) => typeof w === 'string')).toBe(true);
  });
});
