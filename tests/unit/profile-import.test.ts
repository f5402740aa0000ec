import { describe, expect, it } from 'vitest';
import { exportBundle, exportJsonResume, exportProfile, MAX_IMPORT_BYTES, parseImport } from '../../lib/profile/profile-import';
import { createProfile, deleteProfile, duplicateProfile, renameProfile } from '../../lib/profile/profile-list';
import { shippedProfiles } from '../../lib/profile/shipped-profiles';

const stored = shippedProfiles();

describe('import and export', () => {
  it('own format, one profile: export → import gives the same profile (under a fresh id beside the original)', () => {
    const [first] = stored;
    const result = parseImport(exportProfile(first!), []);
    expect(result).toEqual({ ok: true, value: [first] });
    const again = parseImport(exportProfile(first!), stored);
    expect(again.ok && again.value[0]!.id).not.toBe(first!.id);
    expect(again.ok && { ...again.value[0]!, id: first!.id }).toEqual(first);
  });

  it('all profiles at once, and JSON Resume, both ways', () => {
    expect(parseImport(exportBundle(stored), [])).toEqual({ ok: true, value: stored });
    expect(parseImport(exportJsonResume(stored[1]!), [])).toEqual({ ok: true, value: [stored[1]] });
  });

  const BAD: [string, string, RegExp][] = [
    ['invalid JSON', '{"schemaVersion": 1,', /^not valid JSON: /],
    ['wrong shape', '"just a string"', /^\(root\): expected a profile object/],
    ['a field of the wrong type', JSON.stringify({ ...stored[0], work: [{ company: 'A', title: 'B', bullets: 'one' }] }), /^work\.0\.bullets: .*expected array/],
    ['a bad date', JSON.stringify({ ...stored[0], work: [{ company: 'A', title: 'B', start: 'March 2021' }] }), /^work\.0\.start: expected YYYY, YYYY-MM or YYYY-MM-DD/],
    ['a bundle entry that is broken', exportBundle([stored[0]!, { ...stored[1]!, label: '' }]), /^profiles\.1\.label: /],
    ['a bundle without a list', JSON.stringify({ kind: 'applyfill-profiles', profiles: 3 }), /^profiles: expected a list/],
    ['an empty list', '[]', /holds no profile/],
    ['an oversized file', JSON.stringify({ ...stored[0], summary: 'x'.repeat(MAX_IMPORT_BYTES) }), /the limit is 1000 kB/],
    ['JSON Resume with a wrong type', JSON.stringify({ basics: { email: ['a'] } }), /^basics\.email: /],
  ];
  for (const [what, text, error] of BAD) {
    it(`refuses ${what}, naming the path and the problem`, () => {
      const result = parseImport(text, stored);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(error);
    });
  }
});

describe('profile list operations', () => {
  it('creates, duplicates and renames with unique ids', () => {
    const created = createProfile(stored, 'Frontend roles');
    expect(created.at(-1)).toMatchObject({ id: 'frontend-roles', label: 'Frontend roles' });
    const dup = duplicateProfile(created, stored[0]!.id);
    expect(dup.at(-1)!.id).not.toBe(stored[0]!.id);
    expect(dup.at(-1)!.work).toEqual(stored[0]!.work);
    expect(renameProfile(dup, 'frontend-roles', ' Web ').find((p) => p.id === 'frontend-roles')!.label).toBe('Web');
    expect(() => renameProfile(dup, 'frontend-roles', '  ')).toThrow(/needs a name/);
  });

  it('never deletes the last profile', () => {
    const one = deleteProfile(stored, stored[0]!.id);
    expect(one).toHaveLength(1);
    expect(() => deleteProfile(one, one[0]!.id)).toThrow(/last profile cannot be deleted/);
  });
});
