import { describe, expect, it } from 'vitest';
import { splitProfile } from '../../lib/profile/combine-profile';
import { exportBundle, exportJsonResume, exportProfile, MAX_IMPORT_BYTES, parseImport } from '../../lib/profile/profile-import';
import { createProfile, deleteProfile, duplicateProfile, renameProfile } from '../../lib/profile/profile-list';
import { shippedData, shippedProfiles } from '../../lib/profile/shipped-profiles';

const data = shippedData();
const stored = data.resumes;
const wholes = shippedProfiles();
const ada = { ...data.identity, contact: { ...data.identity.contact, firstName: 'Ada', email: 'ada@example.org' } };

describe('import and export', () => {
  it('own format, one profile: export → import gives the same identity and résumé (under a fresh id beside the original)', () => {
    const [first] = stored;
    expect(parseImport(exportProfile(ada, first!), [])).toEqual({ ok: true, value: { identity: ada, resumes: [first], conflicts: [] } });
    const again = parseImport(exportProfile(ada, first!), stored);
    expect(again.ok && again.value.resumes[0]!.id).not.toBe(first!.id);
    expect(again.ok && { ...again.value.resumes[0]!, id: first!.id }).toEqual(first);
  });

  it('all profiles at once, and JSON Resume, both ways', () => {
    expect(parseImport(exportBundle({ identity: ada, resumes: stored }), [])).toEqual({ ok: true, value: { identity: ada, resumes: stored, conflicts: [] } });
    const { identity, resume } = splitProfile(wholes[1]!);
    expect(parseImport(exportJsonResume(wholes[1]!), [])).toEqual({ ok: true, value: { identity, resumes: [resume], conflicts: [] } });
  });

  it('a version-1 export (a person in every profile) becomes one identity, listing where its profiles disagreed', () => {
    const [a, b] = wholes;
    const v1 = {
      kind: 'applyfill-profiles',
      exportedAt: '2026-01-01T00:00:00.000Z',
      profiles: [
        { ...a, identity: { ...a!.identity, firstName: 'Ada', phone: '' } },
        { ...b, identity: { ...b!.identity, firstName: 'Augusta', phone: '+44 20 7946 0000' } },
      ],
    };
    const result = parseImport(JSON.stringify(v1), []);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.identity.contact).toMatchObject({ firstName: 'Ada', phone: '+44 20 7946 0000' });
    expect(result.value.resumes.map((r) => r.id)).toEqual([a!.id, b!.id]);
    expect(result.value.conflicts).toEqual([{ path: 'contact.firstName', kept: 'Ada', dropped: 'Augusta', from: `“${b!.label}”` }]);
  });

  const BAD: [string, string, RegExp][] = [
    ['invalid JSON', '{"schemaVersion": 1,', /^not valid JSON: /],
    ['wrong shape', '"just a string"', /^\(root\): expected a profile object/],
    ['a field of the wrong type', JSON.stringify({ ...wholes[0], work: [{ company: 'A', title: 'B', bullets: 'one' }] }), /^work\.0\.bullets: expected a list, got text$/],
    ['a bad date', JSON.stringify({ ...wholes[0], work: [{ company: 'A', title: 'B', start: 'March 2021' }] }), /^work\.0\.start: expected YYYY, YYYY-MM or YYYY-MM-DD/],
    ['a bundle entry that is broken', exportBundle({ identity: ada, resumes: [stored[0]!, { ...stored[1]!, label: '' }] }), /^profiles\.1\.label: /],
    ['a bundle whose identity is broken', exportBundle({ identity: { ...ada, contact: { ...ada.contact, email: 'nope' } }, resumes: stored }), /^identity\.contact\.email: /],
    ['a bundle without a list', JSON.stringify({ kind: 'applyfill-profiles', profiles: 3 }), /^profiles: expected a list/],
    ['an empty list', '[]', /holds no profile/],
    ['an oversized file', JSON.stringify({ ...wholes[0], summary: 'x'.repeat(MAX_IMPORT_BYTES) }), /the limit is 1000 kB/],
    ['JSON Resume with a wrong type', JSON.stringify({ basics: { email: ['a'] } }), /^basics\.email: expected text, got a list$/],
    ['JSON Resume with a bad e-mail, named where the file has it', JSON.stringify({ basics: { name: 'Ada', email: 'nope' } }), /^basics\.email: not an e-mail address$/],
    ['a missing label, in words', JSON.stringify({ schemaVersion: 1, id: 'x' }), /^label: missing \(expected text\)$/],
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
