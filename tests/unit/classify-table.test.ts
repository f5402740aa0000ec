import { describe, expect, it } from 'vitest';
import { detectAts } from '../../lib/ats/detect-ats';
import { classifyFields } from '../../lib/classify/classify-field';
import type { Signal } from '../../lib/classify/classification';
import { collectFields } from '../../lib/fields/collect-fields';
import { CONTROL_KINDS, type ControlKind } from '../../lib/fields/field-descriptor';
import { ALL_ROLES, type Role } from '../../lib/roles/roles';
import { documentFrom } from '../support/dom-from-html';
import { ghCheckboxes, ghCombobox, ghFile, ghText, ghTextarea, leverCard, leverCheckboxes, leverRadios, leverSelect, leverStd, plain } from '../support/board-markup';
import { ASHBY, WORKABLE, ashbyYesNo, wkAddEntry, wkText } from '../support/board-markup';

const GH = 'https://job-boards.greenhouse.io/acme/jobs/456';
const GH_CLASSIC = 'https://boards.greenhouse.io/acme/jobs/123';
const LEVER = 'https://jobs.lever.co/acme/7f3c2a10-0000-4000-8000-00000000a001/apply';
const OTHER = 'https://example.test/form';

interface Row {
  html: string;
  url?: string;
  role: Role;
  /** The rule that decided (classification.ts): what a machine checks; the reason is what a person reads. */
  signal: Signal;
  reason: RegExp;
  /** The widget the collector must see (checked when given). */
  kind?: ControlKind;
}

// HTML + expected role + why, after Mozilla's heuristics tables: every role, every widget, the traps.
const ROWS: Row[] = [
  // Contact
  { url: GH, html: '<label id="first_name-label" for="first_name">First Name</label><input id="first_name" type="text" autocomplete="given-name" aria-label="First Name">', role: 'first_name', signal: 'ats-hint', reason: /Greenhouse standard field "first_name"/, kind: 'text' },
  { url: GH, html: '<label for="last_name">Last Name</label><input id="last_name" type="text">', role: 'last_name', signal: 'ats-hint', reason: /Greenhouse standard field/ },
  { url: GH_CLASSIC, html: '<label>First Name <span class="asterisk">*</span><input id="first_name" name="job_application[first_name]" type="text"></label>', role: 'first_name', signal: 'ats-hint', reason: /Greenhouse standard field "job_application\[first_name\]"/ },
  { url: LEVER, html: leverStd('Full name<span class="required">✱</span>', '<input type="text" name="name" required>'), role: 'full_name', signal: 'ats-hint', reason: /Lever standard field "name"/ },
  { url: OTHER, html: plain('n', 'Name'), role: 'full_name', signal: 'label', reason: /label "Name" matched full_name/ },
  { url: LEVER, html: leverCard('Please enter your Legal Name', '<input type="text" name="cards[a][field0]">'), role: 'full_name', signal: 'label', reason: /question "Please enter your Legal Name" (asks for your full name|matched full_name)/ },
  { url: OTHER, html: '<input type="text" autocomplete="family-name">', role: 'last_name', signal: 'autocomplete', reason: /autocomplete="family-name"/ },
  { url: GH, html: ghText('question_9', 'Preferred First Name'), role: 'preferred_name', signal: 'label', reason: /label "Preferred First Name" matched preferred_name/ },
  { url: GH, html: ghText('question_10', "What's the name you'd prefer us to use throughout the interview process?"), role: 'preferred_name', signal: 'label', reason: /matched preferred_name/ },
  { url: LEVER, html: `<li class="application-question"><div class="application-label multiple-select">Pronouns</div><div class="application-field">${leverCheckboxes('pronouns', ['He/him', 'She/her', 'They/them'])}</div></li>`, role: 'pronouns', signal: 'ats-hint', reason: /Lever standard field "pronouns"/, kind: 'checkbox-group' },
  { url: LEVER, html: leverCard('What are your pronouns?', '<input type="text" name="cards[b][field0]">'), role: 'pronouns', signal: 'label-question', reason: /asks for your pronouns/ },
  { url: GH, html: '<label for="email">Email</label><input id="email" type="text" autocomplete="email">', role: 'email', signal: 'ats-hint', reason: /Greenhouse standard field "email"/ },
  { url: OTHER, html: '<input type="email" name="x1">', role: 'email', signal: 'input-type', reason: /input type="email"/ },
  { url: OTHER, html: '<input type="tel" name="x2">', role: 'phone', signal: 'input-type', reason: /input type="tel"/ },
  { url: LEVER, html: leverStd('Phone', '<input type="text" name="phone">'), role: 'phone', signal: 'ats-hint', reason: /Lever standard field "phone"/ },
  { url: GH, html: `<fieldset class="phone-input"><legend>Phone</legend>${ghCombobox('country', 'Country')}</fieldset>`, role: 'phone_country', signal: 'ats-hint', reason: /Greenhouse standard field "country"/, kind: 'combobox' },
  { url: OTHER, html: plain('cty', 'City'), role: 'location_city', signal: 'label', reason: /label "City" matched location_city/ },
  { url: LEVER, html: leverStd('Current location', '<input class="location-input" id="location-input" type="text" name="location" autocomplete="off"><input id="selected-location" type="hidden" name="selectedLocation"><div class="dropdown-container"><div class="dropdown-results"></div></div>'), role: 'location_full', signal: 'ats-hint', reason: /Lever standard field "location"/, kind: 'autocomplete' },
  { url: GH, html: ghCombobox('candidate-location', 'Location (City)'), role: 'location_full', signal: 'ats-hint', reason: /Greenhouse standard field "candidate-location"/, kind: 'combobox' },
  { url: OTHER, html: plain('res', 'Where are you currently based?'), role: 'location_full', signal: 'label', reason: /matched location_full/ },
  { url: GH, html: ghCombobox('question_11', 'What is your current country of residence?'), role: 'country', signal: 'label-question', reason: /label "What is your current country of residence\?" (matched|asks for your) country/ },
  { url: LEVER, html: leverCard('Current country location', leverSelect('cards[c][field0]', ['Australia', 'New Zealand', 'Elsewhere'])), role: 'country', signal: 'label', reason: /matched country/, kind: 'select' },
  { url: GH, html: ghText('question_90', 'State / Province'), role: 'location_region', signal: 'label', reason: /matched location_region/ },
  { url: GH, html: ghText('question_91', 'Zip code'), role: 'postal_code', signal: 'label', reason: /matched postal_code/ },
  { url: GH, html: ghText('question_92', 'What languages do you speak?'), role: 'languages', signal: 'label', reason: /matched languages/ },
  { url: LEVER, html: leverCard('Are you proficient in English?', leverSelect('cards[p][field0]', ['Yes', 'No'])), role: 'language_proficiency', signal: 'label', reason: /matched language_proficiency/ },
  { url: GH, html: ghText('question_93', "Supervisor's Name"), role: 'someone_else', signal: 'someone-else', reason: /asks about someone else \(a supervisor or manager\)/ },
  // Links
  { url: GH, html: ghText('question_1', 'LinkedIn Profile'), role: 'linkedin', signal: 'label', reason: /label "LinkedIn Profile" matched linkedin/ },
  { url: LEVER, html: leverStd('Linkedin URL', '<input type="text" name="urls[Linkedin]">'), role: 'linkedin', signal: 'ats-hint', reason: /Lever link field "urls\[Linkedin\]"/ },
  { url: OTHER, html: '<input type="text" name="linkedin_url">', role: 'linkedin', signal: 'identifier', reason: /name "linkedin url" matched linkedin/ },
  { url: GH, html: ghText('question_3', 'GitHub URL'), role: 'github', signal: 'label', reason: /matched github/ },
  { url: OTHER, html: '<input type="text" placeholder="Your GitHub profile">', role: 'github', signal: 'label', reason: /placeholder "Your GitHub profile" matched github/ },
  { url: GH, html: ghText('question_2', 'Website'), role: 'website', signal: 'label', reason: /label "Website" matched website/ },
  { url: GH, html: ghText('question_4', 'Portfolio'), role: 'portfolio', signal: 'label', reason: /matched portfolio/ },
  { url: LEVER, html: leverStd('Twitter URL', '<input type="text" name="urls[Twitter]">'), role: 'twitter', signal: 'ats-hint', reason: /Lever link field "urls\[Twitter\]"/ },
  { url: OTHER, html: plain('tw', 'Twitter'), role: 'twitter', signal: 'label', reason: /label "Twitter" matched twitter/ },
  { url: LEVER, html: leverStd('Other website', '<input type="text" name="urls[Other]">'), role: 'other_url', signal: 'ats-hint', reason: /Lever link field/ },
  { url: OTHER, html: plain('o', 'Other links'), role: 'other_url', signal: 'label', reason: /matched other_url/ },
  // Experience
  { url: LEVER, html: leverStd('Current company', '<input type="text" name="org">'), role: 'current_company', signal: 'ats-hint', reason: /Lever standard field "org"/ },
  { url: OTHER, html: plain('c', 'Company name'), role: 'current_company', signal: 'label', reason: /matched current_company/ },
  { url: OTHER, html: plain('t', 'Current job title'), role: 'current_title', signal: 'label', reason: /label "Current job title" matched current_title/ },
  { url: OTHER, html: '<input type="text" autocomplete="organization-title">', role: 'current_title', signal: 'autocomplete', reason: /autocomplete="organization-title"/ },
  { url: OTHER, html: plain('y', 'Years of professional experience'), role: 'years_experience', signal: 'label', reason: /matched years_experience/ },
  { url: OTHER, html: plain('s', 'Professional summary', '<textarea id="s"></textarea>'), role: 'summary', signal: 'label', reason: /matched summary/, kind: 'textarea' },
  // Documents
  { url: GH, html: ghFile('resume', 'Resume/CV'), role: 'resume_file', signal: 'ats-hint', reason: /Greenhouse standard field "resume"/, kind: 'file' },
  { url: LEVER, html: leverStd('Resume/CV', '<a class="visible-resume-upload"><span class="default-label">ATTACH RESUME/CV</span><input id="resume-upload-input" name="resume" type="file" tabindex="-1"></a>'), role: 'resume_file', signal: 'ats-hint', reason: /Lever standard field "resume"/, kind: 'file' },
  { url: OTHER, html: ghFile('upload_1', 'Curriculum Vitae'), role: 'resume_file', signal: 'label', reason: /aria "Curriculum Vitae" matched resume_file/, kind: 'file' },
  { url: GH, html: ghFile('cover_letter', 'Cover Letter'), role: 'cover_letter_file', signal: 'ats-hint', reason: /Greenhouse standard field "cover_letter"/ },
  { url: OTHER, html: ghFile('upload_2', 'Cover letter (optional)'), role: 'cover_letter_file', signal: 'label', reason: /matched cover_letter_file/ },
  { url: LEVER, html: '<label for="additional-information"><h4>Additional information</h4></label><textarea placeholder="Add a cover letter or anything else you want to share." name="comments" id="additional-information"></textarea>', role: 'cover_letter_text', signal: 'ats-hint', reason: /Lever standard field "comments"/ },
  // Answers
  { url: LEVER, html: leverCard('Are you legally authorized to work in Germany?', leverSelect('cards[d][field0]', ['Yes', 'No'])), role: 'work_authorized', signal: 'label', reason: /question "Are you legally authorized to work in Germany\?" matched work_authorized/ },
  { url: GH, html: ghCombobox('question_12', 'Are you legally allowed to work in the United States?'), role: 'work_authorized', signal: 'label', reason: /matched work_authorized/ },
  { url: LEVER, html: leverCard('Will you now or in the future require visa sponsorship?', leverRadios('cards[e][field0]', ['Yes', 'No'])), role: 'needs_sponsorship', signal: 'label', reason: /matched needs_sponsorship/, kind: 'radio-group' },
  { url: LEVER, html: leverCard('Will you now or in the future require our company to file a petition or application for employment-based immigration status on your behalf?', leverSelect('cards[f][field0]', ['Yes', 'No'])), role: 'needs_sponsorship', signal: 'label', reason: /matched needs_sponsorship/ },
  { url: OTHER, html: plain('rel', 'Are you willing to relocate?', '<select id="rel"><option value="">--</option><option>Yes</option><option>No</option></select>'), role: 'willing_to_relocate', signal: 'label', reason: /matched willing_to_relocate/ },
  { url: OTHER, html: plain('rem', 'Remote or hybrid?', '<select id="rem"><option value="">--</option><option>Remote</option><option>Hybrid</option></select>'), role: 'remote_preference', signal: 'label', reason: /matched remote_preference/ },
  { url: GH, html: ghCombobox('question_13', 'How did you hear about us?'), role: 'how_heard', signal: 'label', reason: /label "How did you hear about us\?" matched how_heard/ },
  { url: LEVER, html: leverCard('Where did you first hear about Acme or this job?', leverSelect('cards[g][field0]', ['LinkedIn', 'Other'])), role: 'how_heard', signal: 'label', reason: /matched how_heard/ },
  { url: OTHER, html: plain('ref', 'Who referred you?'), role: 'referral', signal: 'label', reason: /matched referral/ },
  { url: LEVER, html: leverCard('What are your salary expectations (EUR, gross per year)?', '<input type="text" name="cards[h][field0]">'), role: 'salary_expectation', signal: 'label', reason: /matched salary_expectation/ },
  { url: LEVER, html: leverCard('What are your total salary expectations in £GBP', '<textarea name="cards[h][field1]"></textarea>'), role: 'salary_expectation', signal: 'label', reason: /matched salary_expectation/, kind: 'textarea' },
  { url: OTHER, html: plain('np', 'Notice period'), role: 'notice_period', signal: 'label', reason: /matched notice_period/ },
  { url: LEVER, html: leverCard('When are you available to start?', leverSelect('cards[i][field0]', ['Immediately', 'Within a month'])), role: 'start_date', signal: 'label', reason: /matched start_date/ },
  { url: OTHER, html: plain('pp', 'I have read the privacy notice', '<input id="pp" type="checkbox" name="privacy">'), role: 'consent_privacy', signal: 'label', reason: /matched consent_privacy/, kind: 'checkbox' },
  { url: LEVER, html: '<ul><li><label><input type="hidden" name="consent[marketing]" value="0"><input type="checkbox" name="consent[marketing]" value="1"><p>Yes, Acme can contact me about future job opportunities</p></label></li></ul>', role: 'consent_privacy', signal: 'ats-hint', reason: /Lever consent box "consent\[marketing\]"/, kind: 'checkbox' },
  // Education
  { url: GH, html: ghCombobox('school--0', 'School'), role: 'school', signal: 'label', reason: /label "School" matched school/ },
  { url: GH, html: ghCombobox('degree--0', 'Degree'), role: 'degree', signal: 'label', reason: /label "Degree" matched degree/ },
  { url: GH, html: ghCombobox('discipline--0', 'Discipline'), role: 'discipline', signal: 'label', reason: /label "Discipline" matched discipline/ },
  { url: OTHER, html: plain('gy', 'Graduation year'), role: 'graduation_year', signal: 'label', reason: /matched graduation_year/ },
  // "+ Add" buttons: an entry of yours by the list they add to; a reference or a link list is not one.
  { url: WORKABLE, html: wkAddEntry('education'), role: 'education_entry', signal: 'add-entry', reason: /"\+ Add" under "Education": an education entry/, kind: 'add-entry' },
  { url: WORKABLE, html: wkAddEntry('experience'), role: 'experience_entry', signal: 'add-entry', reason: /a work entry/, kind: 'add-entry' },
  { url: OTHER, html: '<fieldset><legend>Employment history</legend><button type="button">+ Add position</button></fieldset>', role: 'experience_entry', signal: 'add-entry', reason: /a work entry/, kind: 'add-entry' },
  { url: OTHER, html: '<fieldset><legend>Professional references</legend><button type="button">Add another reference</button></fieldset>', role: 'unknown', signal: 'add-entry', reason: /not an entry of yours/, kind: 'add-entry' },
  { url: OTHER, html: '<div><p>Previous experience at our company (references welcome)</p><button type="button" aria-label="Add references">+ Add</button></div>', role: 'unknown', signal: 'add-entry', reason: /not an entry of yours/, kind: 'add-entry' },
  // Self-identification
  { url: LEVER, html: leverSelect('eeo[gender]', ['Male', 'Female', 'Decline to self-identify']), role: 'gender', signal: 'ats-hint', reason: /Lever standard field "eeo\[gender\]"/, kind: 'select' },
  { url: GH, html: ghCombobox('gender', 'Gender'), role: 'gender', signal: 'ats-hint', reason: /Greenhouse standard field "gender"/ },
  { url: LEVER, html: leverCard('What gender do you most closely identify as?', leverRadios('surveysResponses[s][responses][field0]', ['Female', 'Male', 'I prefer not to disclose'])), role: 'gender', signal: 'label', reason: /matched gender/ },
  { url: LEVER, html: leverSelect('eeo[race]', ['White', 'Decline to self-identify']), role: 'race_ethnicity', signal: 'ats-hint', reason: /Lever standard field "eeo\[race\]"/ },
  { url: GH, html: ghCombobox('question_14', 'Which of the following best describes your racial or ethnic heritage?'), role: 'race_ethnicity', signal: 'label', reason: /matched race_ethnicity/ },
  { url: LEVER, html: leverCard('I identify my ethnicity as', leverCheckboxes('surveysResponses[s][responses][field1]', ['Asian', 'White', 'Prefer not to say'])), role: 'race_ethnicity', signal: 'label', reason: /matched race_ethnicity/, kind: 'checkbox-group' },
  { url: GH, html: ghCombobox('hispanic_ethnicity', 'Are you Hispanic/Latino?'), role: 'hispanic_latino', signal: 'ats-hint', reason: /Greenhouse standard field "hispanic_ethnicity"/ },
  { url: OTHER, html: plain('hl', 'Are you Hispanic or Latinx?', '<select id="hl"><option value="">--</option><option>Yes</option><option>No</option></select>'), role: 'hispanic_latino', signal: 'label', reason: /matched hispanic_latino/ },
  { url: LEVER, html: leverSelect('eeo[veteran]', ['I am a veteran', 'Decline to self-identify']), role: 'veteran_status', signal: 'ats-hint', reason: /Lever standard field "eeo\[veteran\]"/ },
  { url: GH, html: ghCombobox('disability_status', 'Disability Status'), role: 'disability_status', signal: 'ats-hint', reason: /Greenhouse standard field "disability_status"/ },
  { url: GH, html: ghCombobox('433', 'Do you live with a disability (as outlined by the ADA)?'), role: 'disability_status', signal: 'label', reason: /matched disability_status/ },
  // Custom questions and the prose traps: a role word in a question is not that role.
  { url: GH, html: ghText('question_5', 'Why are you interested in this position?'), role: 'custom_question', signal: 'no-match', reason: /own words|no profile field matches "Why are you/ },
  { url: GH, html: ghTextarea('question_6', 'Tell us about a project you led'), role: 'custom_question', signal: 'no-match', reason: /no profile field|own words/ },
  { url: GH, html: ghText('question_7', 'What excites you about our LinkedIn integration team?'), role: 'custom_question', signal: 'prose-question', reason: /not your linkedin/ },
  { url: GH, html: ghText('question_15', 'What is your favourite GitHub project?'), role: 'custom_question', signal: 'prose-question', reason: /not your github/ },
  // About the name, not the name: how it is said is the person's to write.
  { url: GH, html: ghText('question_17', 'Name pronunciation (optional)'), role: 'custom_question', signal: 'no-match', reason: /no profile field matches "Name pronunciation/ },
  { url: LEVER, html: leverCard('Phonetic spelling of your first name', '<input type="text" name="cards[p][field0]">'), role: 'custom_question', signal: 'no-match', reason: /no profile field matches/ },
  { url: OTHER, html: plain('fullname_pronunciation', 'Full name (phonetic)'), role: 'custom_question', signal: 'no-match', reason: /no profile field matches/ },
  // Only the identifier says it is about the name: still never the name.
  { url: OTHER, html: '<input type="text" name="first_name_pronunciation">', role: 'unknown', signal: 'no-label', reason: /./ },
  { url: GH, html: ghText('question_16', 'What is your GitHub username?'), role: 'custom_question', signal: 'no-match', reason: /no profile field matches/ },
  { url: GH, html: ghText('question_17', 'Why do you want to be our next Senior Engineer? Tell us about your current title and company.'), role: 'custom_question', signal: 'prose-question', reason: /own words, not your current title/ },
  { url: GH, html: ghCombobox('question_18', 'Do you have a LinkedIn profile?'), role: 'custom_question', signal: 'prose-question', reason: /not your linkedin/ },
  { url: LEVER, html: leverCard('If it was an employee referral, let us know who we can thank', '<input type="text" name="cards[j][field0]">'), role: 'custom_question', signal: 'follow-up', reason: /follows up on another answer/ },
  { url: GH, html: ghCombobox('4007347006', 'If you’re a member of a community we haven’t mentioned, for example living with a disability, let us know which below.'), role: 'custom_question', signal: 'follow-up', reason: /follows up on another answer/ },
  { url: LEVER, html: leverCard('Please respond truthfully. How many years of experience do you have developing production-ready features with Vue.js?', leverRadios('cards[k][field0]', ['Less than 2 years', 'More than 3 years'])), role: 'custom_question', signal: 'no-match', reason: /no profile field matches/ },
  { url: LEVER, html: leverCard('What is your current salary in USD PER YEAR?', '<input type="text" name="cards[l][field0]">'), role: 'custom_question', signal: 'no-match', reason: /no profile field matches/ },
  { url: LEVER, html: leverCard('Preferred Surname', '<input type="text" name="cards[m][field0]">'), role: 'custom_question', signal: 'no-match', reason: /no profile field matches "Preferred Surname"/ },
  { url: LEVER, html: leverCard('Please select your closest major city', leverSelect('cards[n][field0]', ['Sydney', 'Auckland'])), role: 'custom_question', signal: 'no-match', reason: /no profile field matches/ },
  { url: OTHER, html: plain('q', 'Favourite colour'), role: 'custom_question', signal: 'no-match', reason: /no profile field matches "Favourite colour"/ },
  { url: GH, html: ghCheckboxes('question_579460', 'How did you hear about this form?', ['Newsletter', 'Social media']), role: 'how_heard', signal: 'label', reason: /matched how_heard/, kind: 'checkbox-group' },
  { url: GH, html: ghFile('question_19', 'Writing sample'), role: 'custom_question', signal: 'no-match', reason: /no profile field matches "Writing sample"/, kind: 'file' },
  // Never filled: what the collector forbids, and what no label names.
  { url: OTHER, html: '<input type="text" style="display:none" name="email">', role: 'unknown', signal: 'forbidden', reason: /hidden control: never filled/ },
  { url: OTHER, html: '<input type="text" name="email" disabled>', role: 'unknown', signal: 'forbidden', reason: /disabled control/ },
  { url: OTHER, html: '<fieldset disabled><input type="text" name="email"></fieldset>', role: 'unknown', signal: 'forbidden', reason: /disabled control/ },
  { url: OTHER, html: '<input type="text" name="email" readonly>', role: 'unknown', signal: 'forbidden', reason: /read-only control/ },
  { url: OTHER, html: '<input type="text" name="website_hp" aria-label="Leave this field blank">', role: 'unknown', signal: 'forbidden', reason: /honeypot control/ },
  { url: GH_CLASSIC, html: '<div style="position:absolute;left:-5000px" aria-hidden="true"><input type="text" name="job_application[website_url]" tabindex="-1"></div>', role: 'unknown', signal: 'forbidden', reason: /(hidden|honeypot) control/ },
  { url: GH, html: '<input class="remix-css-1a0ro4n-requiredInput" required tabindex="-1" aria-hidden="true" value="">', role: 'unknown', signal: 'forbidden', reason: /honeypot control/ },
  { url: LEVER, html: '<li><label><input type="checkbox" value="Custom" id="customPronounsOption"><span>Custom</span></label></li>', role: 'unknown', signal: 'ats-hint', reason: /Lever custom-pronouns toggle/ },
  { url: OTHER, html: '<input type="text">', role: 'unknown', signal: 'no-label', reason: /no label to read/ },
  // Ashby and Workable (more in classify-ashby-workable.test.ts).
  { url: WORKABLE, html: wkText('headline', 'Headline', { required: false }), role: 'headline', signal: 'ats-hint', reason: /Workable standard field "headline"/, kind: 'text' },
  { url: ASHBY, html: ashbyYesNo('4f1e', 'Will you now or in the future require sponsorship?'), role: 'needs_sponsorship', signal: 'label', reason: /needs_sponsorship/, kind: 'button-group' },
];

// Each row is collected once: the house-keeping test below reads the kinds the row tests already saw.
const classified = new Map<Row, ReturnType<typeof collectOne>>();
function classifyOne(row: Row) {
  const known = classified.get(row);
  if (known) return known;
  const result = collectOne(row);
  classified.set(row, result);
  return result;
}

function collectOne(row: Row) {
  const doc = documentFrom(`<form>${row.html}</form>`, row.url ?? OTHER);
  const { fields } = collectFields(doc);
  expect(fields, 'exactly one field collected').toHaveLength(1);
  const field = fields[0]!;
  return { field, result: classifyFields(fields, detectAts(row.url ?? OTHER))[field.id]! };
}

describe('classification table: HTML → role and reason', () => {
  for (const row of ROWS) {
    it(`${row.role} ← ${row.html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || row.html.slice(0, 80)}`, () => {
      const { field, result } = classifyOne(row);
      expect(result.role).toBe(row.role);
      expect(result.signal).toBe(row.signal);
      expect(result.reason).toMatch(row.reason);
      if (row.kind) expect(field.kind).toBe(row.kind);
    });
  }

  it('pairs two "Name" boxes as first and last name', () => {
    const doc = documentFrom('<form><label for="a">Name</label><input id="a"><label for="b">Name</label><input id="b"></form>');
    const { fields } = collectFields(doc);
    const roles = classifyFields(fields, null);
    expect(fields.map((f) => roles[f.id]!.role)).toEqual(['first_name', 'last_name']);
    expect(fields.map((f) => roles[f.id]!.signal)).toEqual(['name-pair', 'name-pair']);
  });
});

describe('the table keeps the house in order', () => {
  it('every role has at least one row', () => {
    const covered = new Set(ROWS.map((r) => r.role));
    expect(ALL_ROLES.filter((role) => !covered.has(role))).toEqual([]);
  });

  it('every widget kind the collector knows appears in a row', () => {
    // One document for all rows: a happy-dom window per row would cost seconds here.
    const seen = new Set(collectFields(documentFrom(ROWS.map((r) => `<form>${r.html}</form>`).join(''))).fields.map((f) => f.kind));
    expect(CONTROL_KINDS.filter((kind) => !seen.has(kind))).toEqual([]);
  });
});
