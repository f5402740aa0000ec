/**
 * The one vocabulary of field meanings. Every map over it is a total `Record<Role, …>`, so adding a role is a
 * compile error until every table (values, popup sections, patterns) says what it does with it.
 */
export const ROLES = Object.freeze({
  first_name: 'first_name',
  last_name: 'last_name',
  full_name: 'full_name',
  preferred_name: 'preferred_name',
  pronouns: 'pronouns',
  email: 'email',
  phone: 'phone',
  phone_country: 'phone_country',
  location_city: 'location_city',
  location_full: 'location_full',
  location_region: 'location_region',
  postal_code: 'postal_code',
  country: 'country',
  linkedin: 'linkedin',
  github: 'github',
  website: 'website',
  portfolio: 'portfolio',
  twitter: 'twitter',
  other_url: 'other_url',
  current_company: 'current_company',
  current_title: 'current_title',
  resume_file: 'resume_file',
  cover_letter_file: 'cover_letter_file',
  cover_letter_text: 'cover_letter_text',
  headline: 'headline',
  summary: 'summary',
  years_experience: 'years_experience',
  salary_expectation: 'salary_expectation',
  notice_period: 'notice_period',
  start_date: 'start_date',
  work_authorized: 'work_authorized',
  needs_sponsorship: 'needs_sponsorship',
  willing_to_relocate: 'willing_to_relocate',
  remote_preference: 'remote_preference',
  how_heard: 'how_heard',
  languages: 'languages',
  language_proficiency: 'language_proficiency',
  referral: 'referral',
  school: 'school',
  degree: 'degree',
  discipline: 'discipline',
  graduation_year: 'graduation_year',
  gender: 'gender',
  race_ethnicity: 'race_ethnicity',
  hispanic_latino: 'hispanic_latino',
  veteran_status: 'veteran_status',
  disability_status: 'disability_status',
  consent_privacy: 'consent_privacy',
  custom_question: 'custom_question',
  someone_else: 'someone_else',
  unknown: 'unknown',
} as const);

export type Role = (typeof ROLES)[keyof typeof ROLES];

export const ALL_ROLES: readonly Role[] = Object.values(ROLES);

export function isRole(value: string): value is Role {
  return (ALL_ROLES as readonly string[]).includes(value);
}
