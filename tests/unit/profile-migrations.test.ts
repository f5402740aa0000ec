import { describe, expect, it } from 'vitest';
import { migrateProfile, PROFILE_MIGRATIONS } from '../../lib/profile/profile-migrations';
import { parseProfile, parseStoredEntry } from '../../lib/profile/parse-profile';
import { PROFILE_SCHEMA_VERSION, WHOLE_PROFILE_VERSION } from '../../lib/profile/profile-schema';

describe('profile migrations', () => {
  it('there is a step from every earlier version to the current one', () => {
    for (let v = 0; v < PROFILE_SCHEMA_VERSION; v++) expect(PROFILE_MIGRATIONS[v], `from ${v}`).toBeTypeOf('function');
  });

  it('a hand-written profile without a version (v0) is brought to a whole profile and validates', () => {
    const result = parseProfile({ id: 'hand', label: 'Hand-written', identity: { firstName: 'Ada' } });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toMatchObject({ schemaVersion: WHOLE_PROFILE_VERSION, identity: { firstName: 'Ada' } });
  });

  it('as a stored entry, it becomes a v2 résumé carrying its person data for the identity', () => {
    const result = parseStoredEntry({ id: 'hand', label: 'Hand-written', identity: { firstName: 'Ada' }, headline: 'H', languages: [{ language: 'German', level: 'native' }] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ schemaVersion: PROFILE_SCHEMA_VERSION, id: 'hand', headline: 'H', person: { contact: { firstName: 'Ada' }, languages: [{ language: 'German' }] } });
    expect(result.value).not.toHaveProperty('identity');
  });

  it('migrations are pure: the input object is not changed', () => {
    const input = Object.freeze({ id: 'x', label: 'X' });
    const result = migrateProfile(input);
    expect(result.ok).toBe(true);
    expect(input).toEqual({ id: 'x', label: 'X' });
  });

  it('refuses a version from the future, a bad version and a non-object, saying why', () => {
    expect(migrateProfile({ schemaVersion: PROFILE_SCHEMA_VERSION + 1 })).toMatchObject({ ok: false, error: expect.stringMatching(/newer than this Applyfill/) });
    expect(migrateProfile({ schemaVersion: 'one' })).toMatchObject({ ok: false, error: expect.stringMatching(/^schemaVersion: expected a whole number/) });
    expect(migrateProfile([1, 2])).toMatchObject({ ok: false, error: '(root): expected a profile object' });
  });
});
