import { describe, expect, it } from 'vitest';
import { fromJsonResume, toJsonResume } from '../../lib/profile/json-resume';
import { profileSchema } from '../../lib/profile/profile-schema';
import { shippedProfiles } from '../../lib/profile/shipped-profiles';

describe('JSON Resume import and export', () => {
  it('export → import gives back the same profile, for both shipped profiles', () => {
    for (const profile of shippedProfiles()) {
      const json = JSON.parse(JSON.stringify(toJsonResume(profile)));
      expect(fromJsonResume(json)).toEqual({ ok: true, value: profile });
    }
  });

  it('a JSON Resume without Applyfill\'s own block maps every standard section', () => {
    const [profile] = shippedProfiles();
    const full = { ...profile!, identity: { ...profile!.identity, firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.org' }, links: { ...profile!.links, github: 'https://github.com/ada' } };
    const { meta: _meta, ...standard } = toJsonResume(full);
    const result = fromJsonResume(JSON.parse(JSON.stringify(standard)), full.id);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.identity).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.org' });
    expect(result.value.links.github).toBe('https://github.com/ada');
    expect(result.value.work.map((w) => [w.company, w.title, w.start, w.end, w.bullets])).toEqual(full.work.map((w) => [w.company, w.title, w.start, w.end, w.bullets]));
    expect(result.value.education.map((e) => e.institution)).toEqual(full.education.map((e) => e.institution));
    expect(result.value.projects.map((p) => p.description)).toEqual(full.projects.map((p) => p.description));
    expect(result.value.languages).toEqual(full.languages.map((l) => ({ ...l, note: '' })));
    expect(() => profileSchema.parse(result.value)).not.toThrow();
  });

  it('names the path and the problem of bad input', () => {
    expect(fromJsonResume({ basics: { name: 7 } })).toMatchObject({ ok: false, error: expect.stringMatching(/^basics\.name: expected text, got a number/) });
    expect(fromJsonResume({ work: [{ name: 'A', highlights: 'not a list' }] })).toMatchObject({ ok: false, error: expect.stringMatching(/^work\.0\.highlights: /) });
    expect(fromJsonResume('nope')).toMatchObject({ ok: false });
    expect(fromJsonResume({ meta: { applyfill: { schemaVersion: 1, id: '', label: 'x' } } })).toMatchObject({ ok: false, error: expect.stringMatching(/^meta\.applyfill\.id: /) });
  });
});
