/** Words the generated forms are made of. */

// Labels copied in spirit from Greenhouse and Lever forms, so the classifier recognises many of them and the
// plan really fills: a fuzzer whose forms are all nonsense would only ever test the skip path.
/** Keys every plain object inherits: a page's name, id, token or option value must never find their members. */
export const PROTOTYPE_KEYS = ['constructor', '__proto__', 'hasOwnProperty', 'toString', 'valueOf', 'isPrototypeOf', '__defineGetter__'] as const;

export const REAL_LABELS = [
  'First Name', 'Last Name', 'Full name', 'Name', 'Preferred First Name', 'Email', 'Email address', 'Phone',
  'Mobile phone', 'LinkedIn Profile', 'GitHub URL', 'Website', 'Portfolio', 'Twitter', 'Other website',
  'Current company', 'Current title', 'Location (City)', 'City', 'Country', 'Resume/CV', 'Cover Letter',
  'Pronouns', 'Are you legally authorized to work in Germany?', 'Will you now or in the future require sponsorship?',
  'Are you willing to relocate?', 'How did you hear about this job?', 'Who referred you?', 'Salary expectations',
  'Notice period', 'Earliest start date', 'Years of professional experience', 'School', 'Degree', 'Discipline',
  'Gender', 'Race', 'Are you Hispanic/Latino?', 'Veteran Status', 'Disability Status',
  'Why are you interested in this position?', 'Additional information', 'I agree to the privacy policy',
  'Leave this field blank', 'Confirm email', 'Remote, hybrid or on-site?',
];
export const NAMES = [
  'first_name', 'last_name', 'email', 'phone', 'name', 'org', 'location', 'comments', 'pronouns', 'resume',
  'urls[LinkedIn]', 'urls[GitHub]', 'urls[Portfolio]', 'job_application[first_name]', 'job_application[email]',
  'job_application[answers_attributes][0][text_value]', 'question_12345', 'question_12345[]', 'eeo[gender]',
  'eeo[race]', 'cards[a1][field0]', 'consent', 'q', 'field', 'website_hp_x',
  ...PROTOTYPE_KEYS, 'urls[constructor]', 'urls[__proto__]', 'eeo[toString]', 'job_application[__proto__]', 'cards[__proto__][field0]', 'question_constructor',
];
export const IDS = ['first_name', 'last_name', 'email', 'phone', 'resume', 'gender', 'question_1', 'question_2', 'candidate-location', 'country', 'f1', 'f2', ...PROTOTYPE_KEYS];
export const AUTOCOMPLETE = [
  'given-name', 'family-name', 'name', 'email', 'tel', 'url', 'organization', 'country-name', 'off', 'on', 'section-x shipping street-address', 'nonsense token',
  ...PROTOTYPE_KEYS, 'section-a __proto__', 'shipping constructor', 'billing hasOwnProperty email', 'section-toString given-name',
];
export const CHOICE_TEXTS = [
  'Yes', 'No', 'Male', 'Female', 'Non-binary', 'Decline to self-identify', 'I don\'t wish to answer', 'Germany',
  'United States', 'Other', 'LinkedIn', 'A friend', 'Remote', 'Hybrid', 'On-site', 'He/him', 'She/her', 'They/them',
  'Bachelor\'s Degree', 'Master\'s Degree', 'I am not a protected veteran', 'Yes, I have a disability', 'Select...',
];
export const VALUES = ['Ada', 'Byron', 'ada@example.org', '+44 20 7946 0000', 'https://example.org', '42', 'typed by me'];
export const TEST_URLS = [
  'https://boards.greenhouse.io/acme/jobs/123',
  'https://boards.greenhouse.io/embed/job_app?for=acme&token=7001',
  'https://job-boards.greenhouse.io/acme/jobs/456',
  'https://job-boards.eu.greenhouse.io/acme/jobs/456',
  'https://jobs.lever.co/acme/7f3c2a10-0000-4000-8000-00000000a001/apply',
  'https://jobs.eu.lever.co/acme/7f3c2a10-0000-4000-8000-00000000a001/apply',
  'https://careers.example.test/apply',
];

/**
 * Questions with the options real forms give them, so choice fields sometimes match the profile and really get
 * filled (random labels over random options almost never do).
 */
export const CHOICE_QUESTIONS: readonly { label: string; options: readonly string[] }[] = [
  { label: 'Are you legally authorized to work in Germany?', options: ['Yes', 'No'] },
  { label: 'Will you now or in the future require sponsorship for employment visa status?', options: ['Yes', 'No'] },
  { label: 'Are you willing to relocate?', options: ['Yes', 'No'] },
  { label: 'Gender', options: ['Male', 'Female', 'Non-binary', 'Decline to self-identify'] },
  { label: 'Are you Hispanic/Latino?', options: ['Yes', 'No', 'Decline to self-identify'] },
  { label: 'Veteran Status', options: ['I am a protected veteran', 'I am not a protected veteran', "I don't wish to answer"] },
  { label: 'Disability Status', options: ['Yes, I have a disability', "No, I don't have a disability", "I don't wish to answer"] },
  { label: 'How did you hear about this job?', options: ['LinkedIn', 'A friend', 'Other'] },
  { label: 'Do you prefer remote, hybrid or on-site work?', options: ['Remote', 'Hybrid', 'On-site'] },
  { label: 'Pronouns', options: ['He/him', 'She/her', 'They/them', 'Self-describe'] },
  { label: 'Country', options: ['Germany', 'United States', 'Other'] },
];
