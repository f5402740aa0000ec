import { describe, expect, it } from 'vitest';
import { profileFor, splitProfile } from '../../lib/profile/combine-profile';
import { emptyIdentity } from '../../lib/profile/identity-schema';
import { describeConflict, mergeIdentity } from '../../lib/profile/merge-identity';
import { profileSchema } from '../../lib/profile/profile-schema';
import { shippedData, shippedProfiles } from '../../lib/profile/shipped-profiles';

const data = shippedData();
const person = { ...data.identity, contact: { ...data.identity.contact, firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.org' } };

describe('one identity for every profile', () => {
  it('identity + résumé is a whole profile the schema accepts, and splits back into the same two', () => {
    for (const resume of data.resumes) {
      const whole = profileFor(person, resume);
      expect(profileSchema.parse(whole)).toEqual(whole);
      expect(splitProfile(whole)).toEqual({ identity: person, resume });
    }
  });

  it('switching profile changes the résumé, never who you are', () => {
    const [a, b] = data.resumes.map((r) => profileFor(person, r));
    expect(a!.identity).toEqual(b!.identity);
    expect(a!.links).toEqual(b!.links);
    expect(a!.answers).toEqual(b!.answers);
    expect(a!.work).not.toEqual(b!.work);
  });

  it('the shipped profiles share one identity (the languages one CV lists) and carry no contact details', () => {
    const [rust, elixir] = shippedProfiles();
    expect(elixir!.languages).toEqual(rust!.languages);
    expect(rust!.languages.map((l) => l.language)).toEqual(['German', 'English']);
    expect(rust!.identity).toEqual(emptyIdentity().contact);
  });

  it('merging: the first non-empty value wins, an empty one never replaces, and each difference is listed', () => {
    const incoming = { ...emptyIdentity(), contact: { ...emptyIdentity().contact, firstName: 'Augusta', phone: '+44 20 7946 0000' }, answers: { ...emptyIdentity().answers, needsSponsorship: 'no' as const } };
    const { identity, conflicts } = mergeIdentity(person, incoming, '“Elixir”');
    expect(identity.contact).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace', phone: '+44 20 7946 0000' });
    expect(identity.answers.needsSponsorship).toBe('no');
    expect(conflicts.map(describeConflict)).toEqual(['first name: kept "Ada"; “Elixir” had "Augusta"']);
    expect(mergeIdentity(person, emptyIdentity(), 'x')).toEqual({ identity: person, conflicts: [] });
  });

  it('merging answer banks keeps every question; one question with two answers keeps the first and says so', () => {
    const a = { ...emptyIdentity(), answerBank: [{ question: 'Notice period?', answer: '1 month' }] };
    const b = { ...emptyIdentity(), answerBank: [{ question: 'notice period?', answer: '3 months' }, { question: 'Why us?', answer: 'Tools.' }] };
    const { identity, conflicts } = mergeIdentity(a, b, 'file');
    expect(identity.answerBank.map((e) => e.answer)).toEqual(['1 month', 'Tools.']);
    expect(conflicts).toHaveLength(1);
  });
});
