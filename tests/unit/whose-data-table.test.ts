import { describe, expect, it } from 'vitest';
import { detectAts } from '../../lib/ats/detect-ats';
import { classifyFields } from '../../lib/classify/classify-field';
import { collectFields } from '../../lib/fields/collect-fields';
import { displayLabel } from '../../lib/fields/field-descriptor';
import { buildPlan } from '../../lib/plan/build-plan';
import { demoProfileWithAnswers } from '../../scripts/harness/demo-answers';
import { documentFrom } from '../support/dom-from-html';
import { ghSection, ghText, leverCard, leverCardSection, leverStd, plain } from '../support/board-markup';

const GH = 'https://job-boards.greenhouse.io/acme/jobs/456';
const LEVER = 'https://jobs.lever.co/acme/7f3c2a10-0000-4000-8000-00000000a001/apply';

function plan(html: string, url: string) {
  const doc = documentFrom(`<form>${html}</form>`, url);
  const { fields } = collectFields(doc);
  const classifications = classifyFields(fields, detectAts(url));
  const profile = demoProfileWithAnswers();
  const steps = buildPlan({ url, ats: detectAts(url)?.id ?? null, fields, classifications, profile }).steps;
  return { fields, classifications, steps };
}

describe('section context: what collect reads around each field', () => {
  const card = leverCardSection(
    'References',
    'I authorize Acme to contact my listed references.',
    ['Name', 'Email', 'Name', 'Email'].map((q, i) => leverCard(q, `<input type="text" name="cards[c1][field${i}]">`)).join(''),
  );
  it.each([
    ['a Lever card: its title, its description, and the copies of a repeated block numbered', card, ['References', 'I authorize Acme to contact my listed references.', [1, 1, 2, 2]]],
    ['a fieldset legend heads its boxes', '<fieldset><legend>Emergency contact</legend><label for="a">Name</label><input id="a"></fieldset>', ['Emergency contact', '', [0]]],
    ['the question before a group is its note', ghSection('Employment', `<p>Please list your two most recent employers.</p>${ghText('q1', 'Employer')}${ghText('q2', 'Employer')}`), ['Employment', 'Please list your two most recent employers.', [1, 2]]],
    ['the nearest heading wins over an earlier one, never a later one', `<h2>Apply</h2>${ghText('first_name', 'First Name')}<h3>Voluntary questions</h3>${ghText('q3', 'Notes')}`, ['Voluntary questions', '', [0]]],
    ['no heading at all', ghText('q4', 'Notes'), ['', '', [0]]],
  ] as const)('%s', (_name, html, [heading, note, indexes]) => {
    const { fields } = collectFields(documentFrom(`<form>${html}</form>`));
    const last = fields[fields.length - 1]!;
    expect(last.section).toBe(heading);
    expect(last.sectionNote).toBe(note);
    expect(fields.slice(-indexes.length).map((f) => f.groupIndex)).toEqual(indexes);
  });
});

interface Row {
  html: string;
  url: string;
  /** The label of the field the row is about (the page may hold others). */
  label: RegExp;
  role: string;
  action: 'fill' | 'needs-you' | 'skip';
  /** What the plan puts in (fill), or what its reason says (needs-you, skip). */
  expect: RegExp;
}

const refCard = (questions: string[]) =>
  leverCardSection(
    'References',
    'I authorize Acme to contact my listed references and to verify my employment history.',
    questions.map((q, i) => leverCard(q, `<input type="text" name="cards[r][field${i}]">`)).join(''),
  );

// Someone else's details: never the applicant's.
const SOMEONE_ELSE: Row[] = [
  { url: LEVER, html: refCard(['Name', 'Email', 'Phone', 'Relationship', 'Name', 'Email', 'Phone', 'Relationship']), label: /^Email$/, role: 'someone_else', action: 'needs-you', expect: /asks about someone else \(references, entry 1\)/ },
  { url: LEVER, html: refCard(['Name', 'Email', 'Phone']), label: /^Name$/, role: 'someone_else', action: 'needs-you', expect: /asks about someone else \(references\)/ },
  { url: GH, html: ghSection('Professional References', ghText('question_1', 'Full Name') + ghText('question_2', 'Phone Number')), label: /Phone Number/, role: 'someone_else', action: 'needs-you', expect: /references/ },
  { url: GH, html: ghText('question_3', 'Reference 1 Email'), label: /Reference 1 Email/, role: 'someone_else', action: 'needs-you', expect: /references/ },
  { url: GH, html: ghText('question_4', 'Name of supervisor'), label: /supervisor/, role: 'someone_else', action: 'needs-you', expect: /a supervisor or manager/ },
  { url: GH, html: ghText('question_5', "Supervisor's Name"), label: /Supervisor/, role: 'someone_else', action: 'needs-you', expect: /a supervisor or manager/ },
  { url: GH, html: ghText('question_6', "Manager's email address"), label: /Manager/, role: 'someone_else', action: 'needs-you', expect: /a supervisor or manager/ },
  { url: GH, html: ghText('question_7', 'Company Phone Number'), label: /Company Phone/, role: 'someone_else', action: 'needs-you', expect: /an employer's contact details/ },
  { url: GH, html: ghText('question_8', 'Company Email Address'), label: /Company Email/, role: 'someone_else', action: 'needs-you', expect: /an employer's contact details/ },
  { url: GH, html: ghSection('Previous Employer', ghText('question_9', 'Phone')), label: /^Phone$/, role: 'someone_else', action: 'needs-you', expect: /a previous employer/ },
  { url: GH, html: ghSection('Emergency Contact', ghText('question_10', 'Name') + ghText('question_11', 'Phone')), label: /^Phone$/, role: 'someone_else', action: 'needs-you', expect: /an emergency contact/ },
  { url: GH, html: ghText('question_12', 'Emergency contact phone number'), label: /Emergency/, role: 'someone_else', action: 'needs-you', expect: /an emergency contact/ },
  { url: GH, html: ghText('question_13', "Referrer's email"), label: /Referrer/, role: 'someone_else', action: 'needs-you', expect: /the person who referred you/ },
  { url: LEVER, html: leverCardSection('Referral', '', leverCard('Name', '<input type="text" name="cards[f][field0]">')), label: /^Name$/, role: 'someone_else', action: 'needs-you', expect: /the person who referred you/ },
  { url: GH, html: ghText('question_14', "Referee's name"), label: /Referee/, role: 'someone_else', action: 'needs-you', expect: /references/ },
  // Not someone else: the applicant's own details beside such words.
  { url: GH, html: ghSection('Engineering Manager, Payments', ghText('email', 'Email')), label: /^Email$/, role: 'email', action: 'fill', expect: /demo\.candidate@example\.com/ },
  { url: GH, html: ghText('question_15', 'Job reference number'), label: /Job reference/, role: 'custom_question', action: 'needs-you', expect: /a question for you to answer/ },
  { url: LEVER, html: leverStd('Full name', '<input type="text" name="name">'), label: /Full name/, role: 'full_name', action: 'fill', expect: /^Demo Candidate$/ },
];

// Secrets and identifiers: skipped whatever else the label mentions.
const SECRETS: Row[] = [
  { url: GH, html: ghText('question_20', 'Portfolio Password'), label: /Password/, role: 'unknown', action: 'skip', expect: /asks for a password: never filled/ },
  { url: GH, html: plain('pw', 'Portfolio link (and its access key)', '<input id="pw" type="password">'), label: /Portfolio/, role: 'unknown', action: 'skip', expect: /a password/ },
  { url: GH, html: ghText('question_21', 'Social Security Number'), label: /Social/, role: 'unknown', action: 'skip', expect: /a government id/ },
  { url: GH, html: ghText('question_22', 'Date of Birth'), label: /Birth/, role: 'unknown', action: 'skip', expect: /date of birth/ },
  { url: GH, html: ghText('question_23', 'Passport number'), label: /Passport/, role: 'unknown', action: 'skip', expect: /a government id/ },
  { url: GH, html: ghText('question_24', 'Security question answer'), label: /Security/, role: 'unknown', action: 'skip', expect: /a security answer/ },
  { url: GH, html: ghText('question_25', 'Candidate portal PIN'), label: /PIN/, role: 'unknown', action: 'skip', expect: /a PIN/ },
  { url: GH, html: ghText('question_26', 'National Insurance number'), label: /National/, role: 'unknown', action: 'skip', expect: /a government id/ },
  // Not secrets: documents named as examples, and a consent paragraph that mentions an id.
  { url: LEVER, html: leverCard('Please share your full legal FIRST name, as it appears on official documents (e.g., government-issued ID, social security card, passport)', '<input type="text" name="cards[n][field0]">'), label: /legal FIRST/, role: 'first_name', action: 'fill', expect: /^Demo$/ },
  { url: GH, html: ghText('question_27', 'I authorize Acme to contact my former employers and schools. I understand that an offer depends on a background check, which may ask for my social security number and my date of birth. Sign with your initials.'), label: /authorize/, role: 'custom_question', action: 'needs-you', expect: /a question for you to answer/ },
];

// Questions in prose the profile answers, each with a reason that quotes the question.
const PROSE: Row[] = [
  { url: GH, html: ghText('question_30', 'What city do you currently live in?'), label: /city/, role: 'location_full', action: 'fill', expect: /^Berlin, Germany$/ },
  { url: GH, html: ghText('question_31', 'What is your current working location? (City, State)'), label: /location/, role: 'location_full', action: 'fill', expect: /^Berlin, Germany$/ },
  { url: GH, html: ghText('question_32', 'Where are you currently based?'), label: /based/, role: 'location_full', action: 'fill', expect: /^Berlin, Germany$/ },
  { url: GH, html: ghText('question_33', 'Zip code'), label: /Zip/, role: 'postal_code', action: 'needs-you', expect: /no postal code/ },
  { url: GH, html: ghText('question_34', 'State / Province'), label: /State/, role: 'location_region', action: 'needs-you', expect: /no state or region/ },
  { url: GH, html: ghText('question_35', 'Please choose the country in which you are located.'), label: /country/, role: 'country', action: 'fill', expect: /^Germany$/ },
  { url: GH, html: ghText('question_36', 'Please provide the name of your current (or most recent) company'), label: /company/, role: 'current_company', action: 'fill', expect: /^Protocol Labs$/ },
  { url: LEVER, html: leverCard('Current or most recent employer', '<input type="text" name="cards[e][field0]">'), label: /employer/, role: 'current_company', action: 'fill', expect: /^Protocol Labs$/ },
  { url: GH, html: ghText('question_37', 'What is your current or most recent job title?'), label: /title/, role: 'current_title', action: 'fill', expect: /^Software Engineer$/ },
  { url: GH, html: ghText('question_38', 'Please list full legal name as it appears on your drivers license.'), label: /legal/, role: 'full_name', action: 'fill', expect: /^Demo Candidate$/ },
  { url: GH, html: ghText('question_39', 'Please share your full legal FIRST name, as it appears on official documents (e.g., passport)'), label: /FIRST/, role: 'first_name', action: 'fill', expect: /^Demo$/ },
  { url: GH, html: ghText('question_40', 'What is your legal last name as it appears on your ID card?'), label: /last/, role: 'last_name', action: 'fill', expect: /^Candidate$/ },
  { url: GH, html: ghText('question_41', 'Please share a link to your GitHub or other code repository'), label: /GitHub/, role: 'github', action: 'fill', expect: /github\.com\/demo-candidate/ },
  { url: GH, html: ghText('question_42', 'Please include a link to your personal website'), label: /website/, role: 'website', action: 'fill', expect: /demo-candidate\.example\.com/ },
  { url: GH, html: ghText('question_43', 'Link to your portfolio'), label: /portfolio/, role: 'portfolio', action: 'fill', expect: /demo-candidate\.example\.com/ },
  { url: GH, html: ghText('question_44', 'What languages do you speak?'), label: /languages/, role: 'languages', action: 'fill', expect: /^German, English$/ },
  { url: LEVER, html: leverCard('Are you proficient in English?', '<select name="cards[l][field0]"><option value="">Select...</option><option>Yes</option><option>No</option></select>'), label: /English/, role: 'language_proficiency', action: 'fill', expect: /^Yes$/ },
  { url: LEVER, html: leverCard('Do you speak French fluently?', '<select name="cards[l][field0]"><option value="">Select...</option><option>Yes</option><option>No</option></select>'), label: /French/, role: 'language_proficiency', action: 'needs-you', expect: /French, which your profile does not list/ },
  { url: LEVER, html: leverCard('Please select your English proficiency level', '<select name="cards[l][field0]"><option value="">Select...</option><option>Basic</option><option>Intermediate</option><option>Advanced</option><option>Native</option></select>'), label: /English/, role: 'language_proficiency', action: 'fill', expect: /^Advanced$/ },
  { url: GH, html: ghText('question_45', 'What college did you attend?'), label: /college/, role: 'school', action: 'fill', expect: /Münster/ },
  { url: GH, html: ghText('question_46', 'What did you study?'), label: /study/, role: 'discipline', action: 'fill', expect: /^Information systems$/ },
  { url: GH, html: ghText('question_47', 'Degree'), label: /Degree/, role: 'degree', action: 'fill', expect: /Bachelor/ },
  { url: LEVER, html: leverCard('How many years of professional experience do you have?', '<select name="cards[y][field0]"><option value="">Select...</option><option>0-2 years</option><option>3-5 years</option><option>6-10 years</option><option>10+ years</option></select>'), label: /years/, role: 'years_experience', action: 'needs-you', expect: /states no total years/ },
  { url: GH, html: ghText('question_48', 'Are you currently authorized to work in the United States? (We can sponsor visas.)'), label: /authorized/, role: 'work_authorized', action: 'fill', expect: /^Yes$/ },
  { url: GH, html: ghText('question_49', 'Do you have the right to work in the US indefinitely without any sponsorship from your employer?'), label: /right to work/, role: 'work_authorized', action: 'fill', expect: /^Yes$/ },
];

// The traps stay traps: yours to answer, never a profile field.
const TRAPS: Row[] = [
  { url: GH, html: ghText('question_60', 'Why are you interested in working at Acme?'), label: /Why/, role: 'custom_question', action: 'needs-you', expect: /a question for you to answer/ },
  { url: GH, html: ghText('question_61', 'How many years of experience do you have with Vue.js?'), label: /Vue/, role: 'custom_question', action: 'needs-you', expect: /a question for you to answer/ },
  { url: GH, html: ghText('question_62', 'Name of High School'), label: /High School/, role: 'custom_question', action: 'needs-you', expect: /a question for you to answer/ },
  { url: GH, html: ghText('question_63', 'Address'), label: /Address/, role: 'custom_question', action: 'needs-you', expect: /a question for you to answer/ },
  { url: GH, html: ghText('question_64', 'Most recent employer name and address:'), label: /employer/, role: 'custom_question', action: 'needs-you', expect: /a question for you to answer/ },
  { url: GH, html: ghText('question_65', 'What is your preferred first name and last name? If your legal first and last name is your preferred name, you do not need to respond.'), label: /preferred/, role: 'custom_question', action: 'needs-you', expect: /a question for you to answer/ },
  { url: GH, html: ghText('question_66', 'Do you have a GitHub profile?'), label: /GitHub/, role: 'custom_question', action: 'needs-you', expect: /a question for you to answer/ },
  { url: GH, html: ghText('question_67', 'Which city would you most like to work in?'), label: /city/, role: 'custom_question', action: 'needs-you', expect: /a question for you to answer/ },
  { url: GH, html: ghText('question_68', 'This role requires fluent Dutch or German. Do you speak either?'), label: /Dutch/, role: 'language_proficiency', action: 'needs-you', expect: /names no single language/ },
];

describe.each([
  ['someone else', SOMEONE_ELSE],
  ['secrets and identifiers', SECRETS],
  ['questions in prose', PROSE],
  ['traps', TRAPS],
] as const)('%s: HTML → role, action, value or reason', (group, rows) => {
  it.each(rows.map((r) => [r.html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 90), r] as const))('%s', (_title, row) => {
    const { fields, classifications, steps } = plan(row.html, row.url);
    const field = fields.filter((f) => row.label.test(displayLabel(f))).at(0);
    expect(field, `a field labelled ${row.label}`).toBeDefined();
    const step = steps.find((s) => s.fieldId === field!.id)!;
    expect(classifications[field!.id]!.role).toBe(row.role);
    // Someone else's field is decided by its own rule, whatever rule first named the role.
    if (row.role === 'someone_else') expect(classifications[field!.id]!.signal).toBe('someone-else');
    expect(step.action).toBe(row.action);
    expect(step.action === 'fill' ? step.value : step.reason).toMatch(row.expect);
    if (group === 'questions in prose' && row.action === 'fill') expect(step.reason, 'the reason quotes the question').toContain(displayLabel(field!).slice(0, 20));
  });
});
