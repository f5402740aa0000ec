import type { FieldDescriptor } from '../fields/field-descriptor';
import { displayLabel } from '../fields/field-descriptor';
import { bankAnswerFor } from '../answers/bank-answer-value';
import type { Profile, SelfIdAnswer } from '../profile/profile-schema';
import type { Role } from '../roles/roles';
import { countriesInText, countryNames, DECLINE, NO, YES } from './answer-synonyms';
import type { Place } from './place-match';
import { languageProficiency, recentPosition, spokenLanguages, yearsOfExperience } from './prose-values';
import { someoneElseAsked } from '../classify/someone-else';
import { WITHOUT_SPONSORSHIP } from '../classify/label-patterns';
import { educationEntry, experienceEntry, type EntryPart } from './entry-values';

/** What the profile says for a field: text to put in, with acceptable option texts for choice fields. */
export type Resolved =
  | { ok: true; value: string; candidates: string[]; from: string; fileKey?: string; place?: Place; entry?: EntryPart[] }
  | { ok: false; missing: string };

const found = (value: string, from: string, candidates: string[] = [value]): Resolved =>
  value.trim() ? { ok: true, value, candidates, from } : { ok: false, missing: `your profile has no ${from} yet` };
const missing = (why: string): Resolved => ({ ok: false, missing: why });

function yesNo(answer: 'yes' | 'no' | 'unset', what: string): Resolved {
  if (answer === 'unset') return missing(`you have not stored an answer for ${what}`);
  return answer === 'yes' ? found('Yes', what, YES) : found('No', what, NO);
}

function selfId(answer: SelfIdAnswer, what: string): Resolved {
  if (answer.kind === 'unset') return missing(`you have not stored an answer for ${what}; it is never guessed`);
  if (answer.kind === 'decline') return found(DECLINE[0]!, `${what} (decline to self-identify)`, DECLINE);
  return found(answer.value, what);
}

/** The whole place ("Berlin, Germany"), with its parts so a location widget can pick the matching suggestion. */
function location(p: Profile, what: string, text: (place: Place) => string): Resolved {
  const { city, region, country } = p.identity.location;
  const place = { city, region, country, countryNames: country ? countryNames(country) : [] };
  const resolved = found(text(place), what);
  return resolved.ok ? { ...resolved, place } : resolved;
}

function position(p: Profile, field: FieldDescriptor, key: 'company' | 'title', what: string): Resolved {
  const work = recentPosition(p, field);
  if (!work) return missing('no position in your profile is marked current');
  return found(work[key], work.current ? `current ${what}` : `most recent ${what}`);
}

// A combined box ("City, State ZIP") gets the parts it names; a plain "Location" gets city, region and country.
function locationText(place: Place & { postalCode: string }, field: FieldDescriptor): string {
  const asks = displayLabel(field);
  if (/\b(zip|postal|post code|postcode)\b/i.test(asks) && /\bcity\b/i.test(asks)) {
    const tail = [place.region, place.postalCode].filter(Boolean).join(' ');
    return [place.city, tail, /country/i.test(asks) ? place.country : ''].filter(Boolean).join(', ');
  }
  return [place.city, place.region, place.country].filter(Boolean).join(', ');
}

function entryOf(made: { parts: EntryPart[]; text: string } | null, what: string): Resolved {
  return made ? { ok: true, value: made.text, candidates: [], from: what, entry: made.parts } : missing(`your profile has no ${what} yet`);
}

function workAuthorization(p: Profile, field: FieldDescriptor): Resolved {
  // The question's own words first; the section heading ("Work authorization — United States") only if they name none.
  const named = countriesInText(displayLabel(field));
  const asked = named.length ? named : countriesInText(field.section);
  if (asked.length > 1) return missing(`the question names more than one country (${asked.join(', ')}): yours to answer`);
  const country = asked[0];
  if (!country) return missing('the question does not name a country, and authorization differs by country');
  const entry = p.answers.workAuthorization.find((w) => countryNames(w.country).some((n) => countryNames(country).includes(n)));
  if (!entry) return missing(`you have not stored whether you may work in ${country}`);
  // "… the right to work in the US without sponsorship": yes only when you may work there and need no sponsor.
  if (WITHOUT_SPONSORSHIP.test(displayLabel(field)) && entry.authorized === 'yes') {
    return yesNo(p.answers.needsSponsorship === 'unset' ? 'unset' : p.answers.needsSponsorship === 'no' ? 'yes' : 'no', `work authorization in ${country} without sponsorship`);
  }
  return yesNo(entry.authorized, `work authorization in ${country}`);
}

function answerBank(p: Profile, field: FieldDescriptor, page: PageContext): Resolved {
  if (p.answerBank.length === 0) return missing('a question for you to answer (your answer bank is empty)');
  const result = bankAnswerFor(p.answerBank, field, page.company);
  return result.answer === null ? missing(`a question for you to answer (${result.reason})`) : found(result.answer, result.reason);
}

/** What the page says about itself that a value may depend on. */
export interface PageContext {
  company: string;
}

type ValueOf = (p: Profile, field: FieldDescriptor, page: PageContext) => Resolved;

/** Per role, where its value comes from. Total over the roles, so a new role must say where its value lives. */
export const ROLE_VALUES: Record<Role, ValueOf> = {
  first_name: (p) => found(p.identity.firstName, 'first name'),
  last_name: (p) => found(p.identity.lastName, 'last name'),
  full_name: (p) => found([p.identity.firstName, p.identity.lastName].filter(Boolean).join(' '), 'name'),
  preferred_name: (p) => found(p.identity.preferredName, 'preferred name'),
  pronouns: (p) => found(p.identity.pronouns, 'pronouns'),
  email: (p) => found(p.identity.email, 'email address'),
  phone: (p) => found(p.identity.phone, 'phone number'),
  phone_country: (p) => found(p.identity.location.country, 'country', countryNames(p.identity.location.country)),
  location_city: (p) => location(p, 'city', (place) => place.city),
  location_full: (p, field) => location(p, 'location', (place) => locationText({ ...place, postalCode: p.identity.location.postalCode }, field)),
  location_region: (p) => found(p.identity.location.region, 'state or region'),
  postal_code: (p) => found(p.identity.location.postalCode, 'postal code'),
  country: (p) => found(p.identity.location.country, 'country', countryNames(p.identity.location.country)),
  linkedin: (p) => found(p.links.linkedin, 'LinkedIn URL'),
  github: (p) => found(p.links.github, 'GitHub URL'),
  website: (p) => found(p.links.website || p.links.portfolio, 'website'),
  portfolio: (p) => found(p.links.portfolio || p.links.website, 'portfolio URL'),
  twitter: (p) => found(p.links.twitter, 'X/Twitter URL'),
  other_url: (p) => found(p.links.others[0]?.url ?? '', 'other link'),
  current_company: (p, field) => position(p, field, 'company', 'company'),
  current_title: (p, field) => position(p, field, 'title', 'title'),
  resume_file: (p) =>
    p.documents.resume
      ? { ok: true, value: p.documents.resume.name, candidates: [], from: 'résumé file', fileKey: p.documents.resume.storageKey }
      : missing('no résumé file is stored in this profile'),
  cover_letter_file: () => missing('cover letters are written per job'),
  cover_letter_text: (p) => found(p.documents.coverLetterTemplate, 'cover letter template'),
  headline: (p) => found(p.headline, 'headline'),
  summary: (p) => found(p.summary, 'summary'),
  years_experience: yearsOfExperience,
  salary_expectation: (p) => found(p.answers.salaryExpectation, 'salary expectation'),
  notice_period: (p) => found(p.answers.noticePeriod, 'notice period'),
  start_date: (p) => found(p.answers.earliestStart, 'earliest start date'),
  work_authorized: workAuthorization,
  needs_sponsorship: (p) => yesNo(p.answers.needsSponsorship, 'visa sponsorship'),
  willing_to_relocate: (p) => yesNo(p.answers.willingToRelocate, 'relocation'),
  remote_preference: (p) =>
    p.answers.remotePreference === 'unset' ? missing('you have not stored a remote preference') : found(p.answers.remotePreference, 'remote preference'),
  how_heard: (p) => found(p.answers.howHeard, '"how did you hear" answer'),
  languages: spokenLanguages,
  language_proficiency: languageProficiency,
  referral: () => missing('who referred you is yours to say'),
  school: (p) => found(p.education[0]?.institution ?? '', 'school'),
  degree: (p) => found(p.education[0]?.degree ?? '', 'degree'),
  discipline: (p) => found(p.education[0]?.field ?? '', 'field of study'),
  graduation_year: (p) => found(p.education[0]?.end?.slice(0, 4) ?? '', 'graduation year'),
  education_entry: (p) => entryOf(educationEntry(p), 'education'),
  experience_entry: (p) => entryOf(experienceEntry(p), 'work experience'),
  gender: (p) => selfId(p.selfIdentification.gender, 'gender'),
  race_ethnicity: (p) => selfId(p.selfIdentification.raceEthnicity, 'race/ethnicity'),
  hispanic_latino: (p) => selfId(p.selfIdentification.hispanicLatino, 'Hispanic/Latino'),
  veteran_status: (p) => selfId(p.selfIdentification.veteranStatus, 'veteran status'),
  disability_status: (p) => selfId(p.selfIdentification.disabilityStatus, 'disability status'),
  consent_privacy: () => missing('consent is yours to give'),
  custom_question: answerBank,
  someone_else: (_p, field) => missing(`asks about someone else (${someoneElseAsked(field, 'full_name') ?? 'not you'})`),
  unknown: () => missing('not a field Applyfill recognises'),
};
