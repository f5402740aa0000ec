import { readdirSync, readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadProfileData, loadProfiles } from '../../lib/extension/profile-store';
import { migratedEntrySchema } from '../../lib/profile/identity-schema';
import { PROFILE_MIGRATIONS } from '../../lib/profile/profile-migrations';
import { PROFILE_SCHEMA_VERSION } from '../../lib/profile/profile-schema';
import { shippedData } from '../../lib/profile/shipped-profiles';
import { repoPath } from '../support/repo-path';

/**
 * Profiles as each earlier schema version stored them, one file or more per version: `v<N>-<what>.json` in
 * tests/fixtures/stored-profiles/. A new schema version must come with an example of the version it replaces, or
 * the first test below fails: that is how every future migration path gets covered.
 */
const FIXTURES = repoPath('tests/fixtures/stored-profiles');
const EARLIER_VERSIONS = Array.from({ length: PROFILE_SCHEMA_VERSION }, (_, v) => v);

function storedAt(version: number): { file: string; raw: Record<string, unknown> }[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.startsWith(`v${version}-`) && f.endsWith('.json'))
    .map((file) => ({ file, raw: JSON.parse(readFileSync(`${FIXTURES}/${file}`, 'utf8')) as Record<string, unknown> }));
}

describe('stored profiles from every earlier schema version', () => {
  beforeEach(() => fakeBrowser.reset());

  it('every earlier version has an example stored profile and a migration step', () => {
    for (const v of EARLIER_VERSIONS) {
      expect(storedAt(v).length, `an example in ${FIXTURES}/v${v}-*.json`).toBeGreaterThan(0);
      expect(PROFILE_MIGRATIONS[v], `a step from version ${v}`).toBeTypeOf('function');
    }
  });

  it.each(EARLIER_VERSIONS)('a profile stored at version %i loads with its content kept, and is stored as v2', async (v) => {
    for (const { file, raw } of storedAt(v)) {
      fakeBrowser.reset();
      await fakeBrowser.storage.local.set({ profiles: [raw] });
      const loaded = await loadProfiles();
      expect(loaded.problems, file).toEqual([]);
      expect(loaded.profiles, file).toHaveLength(1);
      // What the person wrote survives the migration: the whole profile has every field the old file had.
      const { schemaVersion: _old, ...written } = raw;
      expect(loaded.profiles[0], file).toMatchObject(written);
      // Stored now as v2: the person once, the résumé in the list, the old list kept aside.
      const after = await fakeBrowser.storage.local.get(null);
      expect(after.identity, file).toMatchObject({ schemaVersion: PROFILE_SCHEMA_VERSION, ...(raw.identity ? { contact: raw.identity } : {}) });
      expect(after.profiles, file).toEqual([expect.objectContaining({ schemaVersion: PROFILE_SCHEMA_VERSION, id: raw.id })]);
      expect((after.profiles as object[])[0], file).not.toHaveProperty('identity');
      expect(after['profiles.before-v2'], file).toEqual([raw]);
    }
  });

  it.each(EARLIER_VERSIONS)('each step from version %i is pure and lands on the next version', (v) => {
    for (const { file, raw } of storedAt(v)) {
      const frozen = structuredClone(raw);
      let current: Record<string, unknown> = raw;
      for (let step = v; step < PROFILE_SCHEMA_VERSION; step++) {
        current = PROFILE_MIGRATIONS[step]!(current);
        expect(current.schemaVersion, `${file}: after the step from ${step}`).toBe(step + 1);
      }
      expect(raw, `${file} unchanged`).toEqual(frozen);
      expect(migratedEntrySchema.safeParse(current).success, file).toBe(true);
    }
  });

  it('a list mixing every version (and the current one) loads whole, in order, with one identity and its conflicts listed', async () => {
    const { identity, resumes } = shippedData();
    const older = EARLIER_VERSIONS.flatMap((v) => storedAt(v).map(({ raw }, i) => ({ ...raw, id: `v${v}-${i}` })));
    await fakeBrowser.storage.local.set({ identity, profiles: [...older, resumes[0]] });
    const loaded = await loadProfileData();
    expect(loaded.problems).toEqual([]);
    expect(loaded.resumes.map((p) => p.id)).toEqual([...older.map((p) => p.id), resumes[0]!.id]);
    expect(loaded.resumes.every((p) => p.schemaVersion === PROFILE_SCHEMA_VERSION)).toBe(true);
    // The stored identity was first; the v0 file then filled the contact (Ada), and the v1 file (Grace) lost to it.
    expect(loaded.identity.contact).toMatchObject({ firstName: 'Ada', email: 'ada@example.org', pronouns: 'she/her' });
    expect(loaded.identity.languages).toEqual(identity.languages);
    expect(loaded.notes).toEqual(expect.arrayContaining([expect.stringMatching(/^first name: kept "Ada"; “Backend roles .*” had "Grace"$/)]));
    expect(loaded.identity.answerBank).toHaveLength(1);
    // The notes are stored, so the options page shows them until the person dismisses them.
    expect((await fakeBrowser.storage.local.get('identity.notes'))['identity.notes']).toEqual(loaded.notes);
  });

  it('a profile from a newer Applyfill is kept in the backup, with a reason to update', async () => {
    const { identity, resumes } = shippedData();
    const future = { ...resumes[0]!, id: 'future', schemaVersion: PROFILE_SCHEMA_VERSION + 1 };
    await fakeBrowser.storage.local.set({ identity, profiles: [resumes[1], future] });
    const loaded = await loadProfiles();
    expect(loaded.problems.join(' ')).toMatch(/newer than this Applyfill understands/);
    expect((await fakeBrowser.storage.local.get('profiles.unreadable'))['profiles.unreadable']).toEqual([future]);
  });
});
