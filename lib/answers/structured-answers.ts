import { normalizeText } from '../fields/text-normalize';
import { countryInText, DECLINE, NO, YES } from '../plan/answer-synonyms';
import type { Profile, SelfIdAnswer } from '../profile/profile-schema';
import type { Role } from '../roles/roles';

// Answers the profile keeps as facts, not as free text: saved there, they answer every later form's field of that
// kind, in whatever wording and with whatever options. Each returns the updated profile, or null when the answer
// cannot be read as that fact (then it is not stored at all: better asked again than stored wrong).
type Store = (profile: Profile, answer: string, question: string) => Profile | null;

const HEDGE = /\b(but|however|although|except|unless|depend|maybe|not sure)\b/;

function yesNo(answer: string): 'yes' | 'no' | null {
  const plain = normalizeText(answer);
  if (HEDGE.test(plain)) return null;
  if (YES.some((y) => normalizeText(y) === plain) || /^yes\b/.test(plain)) return 'yes';
  if (NO.some((n) => normalizeText(n) === plain) || /^no\b/.test(plain)) return 'no';
  return null;
}

const answers = (profile: Profile, change: Partial<Profile['answers']>): Profile => ({ ...profile, answers: { ...profile.answers, ...change } });

function selfId(key: keyof Profile['selfIdentification']): Store {
  return (profile, answer) => {
    const value: SelfIdAnswer = DECLINE.some((d) => normalizeText(d) === normalizeText(answer)) ? { kind: 'decline' } : { kind: 'answer', value: answer.slice(0, 200) };
    return { ...profile, selfIdentification: { ...profile.selfIdentification, [key]: value } };
  };
}

export interface StructuredField {
  /** What the user is asked to confirm: "Save as your visa sponsorship answer". */
  label: string;
  store: Store;
}

export const STRUCTURED: Partial<Record<Role, StructuredField>> = {
  needs_sponsorship: { label: 'visa sponsorship', store: (p, a) => (yesNo(a) ? answers(p, { needsSponsorship: yesNo(a)! }) : null) },
  willing_to_relocate: { label: 'relocation', store: (p, a) => (yesNo(a) ? answers(p, { willingToRelocate: yesNo(a)! }) : null) },
  work_authorized: {
    label: 'work authorization',
    store: (p, a, question) => {
      const authorized = yesNo(a);
      const country = countryInText(question);
      if (!authorized || !country) return null;
      const others = p.answers.workAuthorization.filter((w) => normalizeText(w.country) !== normalizeText(country));
      return answers(p, { workAuthorization: [...others, { country, authorized }] });
    },
  },
  start_date: { label: 'earliest start date', store: (p, a) => (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(a.trim()) ? answers(p, { earliestStart: a.trim() }) : null) },
  salary_expectation: { label: 'salary expectation', store: (p, a) => answers(p, { salaryExpectation: a }) },
  notice_period: { label: 'notice period', store: (p, a) => answers(p, { noticePeriod: a }) },
  gender: { label: 'gender (self-identification)', store: selfId('gender') },
  race_ethnicity: { label: 'race/ethnicity (self-identification)', store: selfId('raceEthnicity') },
  hispanic_latino: { label: 'Hispanic/Latino (self-identification)', store: selfId('hispanicLatino') },
  veteran_status: { label: 'veteran status (self-identification)', store: selfId('veteranStatus') },
  disability_status: { label: 'disability status (self-identification)', store: selfId('disabilityStatus') },
};
