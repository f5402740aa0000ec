/** What the profile editor shows, as data: one renderer serves every section of the schema. */
export type FieldType = 'text' | 'url' | 'textarea' | 'lines' | 'csv' | 'checkbox' | 'date' | 'choice' | 'self-id';

export interface FieldSpec {
  key: string;
  label: string;
  type?: FieldType;
  choices?: readonly string[];
  hint?: string;
}

export interface SectionSpec {
  title: string;
  /** `you`: the identity, the same for every profile; `resume`: the profile being edited. */
  group: 'you' | 'resume';
  /** Where the section lives in the profile: an object (fields) or a list of items. */
  path: readonly string[];
  list?: { itemLabel: string; blank: Record<string, unknown> };
  fields: readonly FieldSpec[];
}

const DATE_HINT = 'YYYY, YYYY-MM or YYYY-MM-DD';
const YES_NO = ['unset', 'yes', 'no'] as const;

export const SECTION_SPECS: readonly SectionSpec[] = [
  {
    title: 'Identity and contact',
    group: 'you',
    path: ['identity'],
    fields: [
      { key: 'firstName', label: 'First name' },
      { key: 'lastName', label: 'Last name' },
      { key: 'preferredName', label: 'Preferred name' },
      { key: 'pronouns', label: 'Pronouns' },
      { key: 'email', label: 'Email' },
      { key: 'phone', label: 'Phone' },
      { key: 'location.city', label: 'City' },
      { key: 'location.region', label: 'Region / state' },
      { key: 'location.postalCode', label: 'Postal code' },
      { key: 'location.country', label: 'Country' },
    ],
  },
  {
    title: 'Links',
    group: 'you',
    path: ['links'],
    fields: [
      { key: 'linkedin', label: 'LinkedIn URL', type: 'url' },
      { key: 'github', label: 'GitHub URL', type: 'url' },
      { key: 'website', label: 'Website', type: 'url' },
      { key: 'portfolio', label: 'Portfolio', type: 'url' },
      { key: 'twitter', label: 'X / Twitter', type: 'url' },
    ],
  },
  {
    title: 'Other links',
    group: 'you',
    path: ['links', 'others'],
    list: { itemLabel: 'link', blank: { label: '', url: '' } },
    fields: [
      { key: 'label', label: 'Label' },
      { key: 'url', label: 'URL', type: 'url' },
    ],
  },
  {
    title: 'Headline and summary',
    group: 'resume',
    path: [],
    fields: [
      { key: 'headline', label: 'Headline' },
      { key: 'summary', label: 'Summary', type: 'textarea' },
    ],
  },
  {
    title: 'Work',
    group: 'resume',
    path: ['work'],
    list: { itemLabel: 'position', blank: { company: '', title: '', bullets: [], technologies: [], current: false } },
    fields: [
      { key: 'company', label: 'Company' },
      { key: 'title', label: 'Title' },
      { key: 'location', label: 'Location' },
      { key: 'companySize', label: 'Company size' },
      { key: 'start', label: 'Start', type: 'date', hint: DATE_HINT },
      { key: 'end', label: 'End', type: 'date', hint: DATE_HINT },
      { key: 'current', label: 'Current position', type: 'checkbox' },
      { key: 'summary', label: 'Summary', type: 'textarea' },
      { key: 'bullets', label: 'Bullet points (one per line)', type: 'lines' },
      { key: 'technologies', label: 'Technologies (comma-separated)', type: 'csv' },
    ],
  },
  {
    title: 'Education',
    group: 'resume',
    path: ['education'],
    list: { itemLabel: 'school', blank: { institution: '', bullets: [] } },
    fields: [
      { key: 'institution', label: 'Institution' },
      { key: 'degree', label: 'Degree' },
      { key: 'field', label: 'Field of study' },
      { key: 'start', label: 'Start', type: 'date', hint: DATE_HINT },
      { key: 'end', label: 'End', type: 'date', hint: DATE_HINT },
      { key: 'grade', label: 'Grade' },
      { key: 'summary', label: 'Summary', type: 'textarea' },
      { key: 'bullets', label: 'Details (one per line)', type: 'lines' },
    ],
  },
  {
    title: 'Skills',
    group: 'resume',
    path: ['skills'],
    list: { itemLabel: 'skill group', blank: { group: '', items: [] } },
    fields: [
      { key: 'group', label: 'Group' },
      { key: 'items', label: 'Skills (comma-separated)', type: 'csv' },
    ],
  },
  {
    title: 'Projects and achievements',
    group: 'resume',
    path: ['projects'],
    list: { itemLabel: 'project', blank: { name: '', bullets: [] } },
    fields: [
      { key: 'name', label: 'Name' },
      { key: 'date', label: 'Date', type: 'date', hint: DATE_HINT },
      { key: 'url', label: 'Link' },
      { key: 'description', label: 'Description', type: 'textarea' },
      { key: 'bullets', label: 'Bullet points (one per line)', type: 'lines' },
    ],
  },
  {
    title: 'Volunteering',
    group: 'resume',
    path: ['volunteering'],
    list: { itemLabel: 'role', blank: { organization: '', current: false } },
    fields: [
      { key: 'organization', label: 'Organization' },
      { key: 'role', label: 'Role' },
      { key: 'start', label: 'Start', type: 'date', hint: DATE_HINT },
      { key: 'end', label: 'End', type: 'date', hint: DATE_HINT },
      { key: 'current', label: 'Ongoing', type: 'checkbox' },
      { key: 'summary', label: 'Summary', type: 'textarea' },
    ],
  },
  {
    title: 'Languages',
    group: 'you',
    path: ['languages'],
    list: { itemLabel: 'language', blank: { language: '', level: 'professional' } },
    fields: [
      { key: 'language', label: 'Language' },
      { key: 'level', label: 'Level', type: 'choice', choices: ['native', 'fluent', 'professional', 'intermediate', 'basic'] },
      { key: 'note', label: 'Note' },
    ],
  },
  {
    title: 'Work authorization',
    group: 'you',
    path: ['answers', 'workAuthorization'],
    list: { itemLabel: 'country', blank: { country: '', authorized: 'unset' } },
    fields: [
      { key: 'country', label: 'Country' },
      { key: 'authorized', label: 'Authorized to work there', type: 'choice', choices: YES_NO },
    ],
  },
  {
    title: 'Standard answers',
    group: 'you',
    path: ['answers'],
    fields: [
      { key: 'needsSponsorship', label: 'Needs visa sponsorship', type: 'choice', choices: YES_NO },
      { key: 'willingToRelocate', label: 'Willing to relocate', type: 'choice', choices: YES_NO },
      { key: 'remotePreference', label: 'Remote preference', type: 'choice', choices: ['unset', 'remote', 'hybrid', 'onsite', 'any'] },
      { key: 'noticePeriod', label: 'Notice period' },
      { key: 'earliestStart', label: 'Earliest start', type: 'date', hint: DATE_HINT },
      { key: 'salaryExpectation', label: 'Salary expectation' },
      { key: 'howHeard', label: 'How did you hear about us' },
      { key: 'yearsOfExperience', label: 'Years of experience' },
    ],
  },
  {
    title: 'Voluntary self-identification',
    group: 'you',
    path: ['selfIdentification'],
    fields: [
      { key: 'gender', label: 'Gender', type: 'self-id' },
      { key: 'raceEthnicity', label: 'Race / ethnicity', type: 'self-id' },
      { key: 'hispanicLatino', label: 'Hispanic or Latino', type: 'self-id' },
      { key: 'veteranStatus', label: 'Veteran status', type: 'self-id' },
      { key: 'disabilityStatus', label: 'Disability status', type: 'self-id' },
    ],
  },
  {
    title: 'Cover letter template',
    group: 'resume',
    path: ['documents'],
    fields: [{ key: 'coverLetterTemplate', label: 'Cover letter template', type: 'textarea' }],
  },
];

/** The section's anchor on the page: `work`, `identity-and-contact`. */
export const sectionId = (spec: SectionSpec): string => spec.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Every section's anchor, in page order (the screenshots take one picture each). */
export const optionSectionIds = (): string[] => [
  ...SECTION_SPECS.filter((s) => s.group === 'you').map(sectionId),
  'answer-bank',
  ...SECTION_SPECS.filter((s) => s.group === 'resume').map(sectionId),
  'resume-file',
];
