import { readdirSync, readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadProfiles } from '../../lib/extension/profile-store';
import { PROFILE_MIGRATIONS } from '../../lib/profile/profile-migrations';
import { PROFILE_SCHEMA_VERSION, profileSchema } from '../../lib/profile/profile-schema';
import { shippedProfiles } from '../../lib/profile/shipped-profiles';
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

  it.each(EARLIER_VERSIONS)('a profile stored at version %i loads at the current version with its content kept', async (v) => {
    for (const { file, raw } of storedAt(v)) {
      fakeBrowser.reset();
      await fakeBrowser.storage.local.set({ profiles: [raw] });
      const loaded = await loadProfiles();
      expect(loaded.problems, file).toEqual([]);
      expect(loaded.profiles, file).toHaveLength(1);
      const [profile] = loaded.profiles;
      expect(profile!.schemaVersion).toBe(PROFILE_SCHEMA_VERSION);
      // What the person wrote survives the migration: compare every field the old file had, except the version.
      const { schemaVersion: _old, ...written } = raw;
      expect(profile, file).toMatchObject(written);
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
      expect(profileSchema.safeParse(current).success, file).toBe(true);
    }
  });

  it('a list mixing every version (and the current one) loads whole, in order', async () => {
    const current = shippedProfiles()[0]!;
    const older = EARLIER_VERSIONS.flatMap((v) => storedAt(v).map(({ raw }, i) => ({ ...raw, id: `v${v}-${i}` })));
    await fakeBrowser.storage.local.set({ profiles: [...older, current] });
    const loaded = await loadProfiles();
    expect(loaded.problems).toEqual([]);
    expect(loaded.profiles.map((p) => p.id)).toEqual([...older.map((p) => p.id), current.id]);
    expect(loaded.profiles.every((p) => p.schemaVersion === PROFILE_SCHEMA_VERSION)).toBe(true);
  });

  it('a profile from a newer Applyfill is kept in the backup, with a reason to update', async () => {
    const future = { ...shippedProfiles()[0]!, id: 'future', schemaVersion: PROFILE_SCHEMA_VERSION + 1 };
    await fakeBrowser.storage.local.set({ profiles: [shippedProfiles()[1], future] });
    const loaded = await loadProfiles();
    expect(loaded.problems.join(' ')).toMatch(/newer than this Applyfill understands/);
    expect((await fakeBrowser.storage.local.get('profiles.unreadable'))['profiles.unreadable']).toEqual([future]);
  });
});
