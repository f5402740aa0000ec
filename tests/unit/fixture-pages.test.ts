import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../lib/page/analyze-page';
import type { Role } from '../../lib/roles/roles';
import { fixturePages } from '../fixtures/pages';
import { documentFrom } from '../support/dom-from-html';
import { repoPath } from '../support/repo-path';

/** [field id, role, reason] for every field the collector finds on the page, in page order. */
type Expected = [id: string, role: Role, reason: RegExp];

const standard = (ats: 'Greenhouse' | 'Lever' | 'Workable', name: string) =>
  new RegExp(`${ats} standard field "${name.replace(/[[\]]/g, '\\$&')}"`);
const label = (text: string, role: Role) => new RegExp(`label "${text}" matched ${role}`);
const custom = (text: string) => new RegExp(`no profile field matches "${text.replace(/[?]/g, '\\?')}"`);
const hidden = /hidden control: never filled/;
const honeypot = /honeypot control: never filled/;
const ashby = (path: string) => new RegExp(`Ashby system field "${path}"`);

const EXPECTED: Record<string, Expected[]> = {
  'greenhouse-classic': [
    ['#first_name', 'first_name', standard('Greenhouse', 'job_application[first_name]')],
    ['#last_name', 'last_name', standard('Greenhouse', 'job_application[last_name]')],
    ['#email', 'email', standard('Greenhouse', 'job_application[email]')],
    ['#phone', 'phone', standard('Greenhouse', 'job_application[phone]')],
    ['#job_application_location', 'location_full', standard('Greenhouse', 'job_application[location]')],
    ['#resume_text', 'unknown', hidden],
    ['#cover_letter_text', 'unknown', hidden],
    ['#job_application_answers_attributes_0_text_value', 'website', label('Website', 'website')],
    ['#job_application_answers_attributes_1_text_value', 'linkedin', label('LinkedIn Profile', 'linkedin')],
    ['#job_application_answers_attributes_2_text_value', 'github', label('GitHub URL', 'github')],
    ['#job_application_answers_attributes_3_boolean_value', 'work_authorized', /label "Are you legally authorized to work in the United States\?" matched work_authorized/],
    ['#job_application_answers_attributes_4_boolean_value', 'needs_sponsorship', /matched needs_sponsorship/],
    ['#job_application_answers_attributes_5_answer_selected_options_attributes_5_question_option_id', 'how_heard', /label "How did you hear about this job\?" matched how_heard/],
    ['#job_application_answers_attributes_6_text_value', 'custom_question', custom('Why are you excited about firmware at Acme?')],
    // The off-screen "Website URL" honeypot, and the race select that stays hidden until Hispanic/Latino is answered.
    ['#job_application_website_url', 'unknown', hidden],
    ['#job_application_gender', 'gender', standard('Greenhouse', 'job_application[gender]')],
    ['#job_application_hispanic_ethnicity', 'hispanic_latino', standard('Greenhouse', 'job_application[hispanic_ethnicity]')],
    ['#job_application_race', 'unknown', hidden],
    ['#job_application_veteran_status', 'veteran_status', standard('Greenhouse', 'job_application[veteran_status]')],
    ['#job_application_disability_status', 'disability_status', standard('Greenhouse', 'job_application[disability_status]')],
    ['name:file', 'resume_file', /aria "Attach Resume\/CV" matched resume_file/],
    ['name:file~1', 'cover_letter_file', /aria "Attach Cover Letter" matched cover_letter_file/],
  ],
  'greenhouse-embed-job-app': [
    ['#first_name', 'first_name', standard('Greenhouse', 'first_name')],
    ['#last_name', 'last_name', standard('Greenhouse', 'last_name')],
    ['#email', 'email', standard('Greenhouse', 'email')],
    ['#phone', 'phone', standard('Greenhouse', 'phone')],
    ['#candidate-location', 'location_full', standard('Greenhouse', 'candidate-location')],
    // react-select's zero-size `requiredInput` beside each combobox: never a field of its own.
    ['input:text', 'unknown', honeypot],
    ['#resume', 'resume_file', standard('Greenhouse', 'resume')],
    ['#question_7001100004', 'linkedin', label('LinkedIn Profile', 'linkedin')],
    ['#question_7001101004', 'website', label('Website', 'website')],
    ['#question_7001102004', 'github', label('GitHub', 'github')],
    ['#question_7001103004', 'custom_question', custom('Why are you interested in this role?')],
    ['#question_7001104004', 'pronouns', label('Pronouns', 'pronouns')],
    ['#question_7001105004', 'preferred_name', label('Preferred First Name', 'preferred_name')],
    ['#question_7001106004', 'work_authorized', /matched work_authorized/],
    ['input:text~1', 'unknown', honeypot],
    ['#question_7001107004', 'custom_question', custom('Have you ever worked for Acme before, as an employee or a contractor/consultant?')],
    ['input:text~2', 'unknown', honeypot],
    ['#gender', 'gender', standard('Greenhouse', 'gender')],
    ['#hispanic_ethnicity', 'hispanic_latino', standard('Greenhouse', 'hispanic_ethnicity')],
    ['#veteran_status', 'veteran_status', standard('Greenhouse', 'veteran_status')],
    ['#disability_status', 'disability_status', standard('Greenhouse', 'disability_status')],
  ],
  'greenhouse-react-static': [
    ['#first_name', 'first_name', standard('Greenhouse', 'first_name')],
    ['#last_name', 'last_name', standard('Greenhouse', 'last_name')],
    ['#email', 'email', standard('Greenhouse', 'email')],
    ['#country', 'phone_country', standard('Greenhouse', 'country')],
    ['#phone', 'phone', standard('Greenhouse', 'phone')],
    ['#candidate-location', 'location_full', standard('Greenhouse', 'candidate-location')],
    ['input:text', 'unknown', honeypot],
    ['#resume', 'resume_file', standard('Greenhouse', 'resume')],
    ['#cover_letter', 'cover_letter_file', standard('Greenhouse', 'cover_letter')],
    ['#question_41020001002', 'linkedin', label('LinkedIn Profile', 'linkedin')],
    ['#question_41020002002', 'website', label('Website', 'website')],
    ['#question_41020003002', 'github', label('GitHub', 'github')],
    ['#question_41020004002', 'preferred_name', /label "What's the name you'd prefer us to use throughout the interview process\?" matched preferred_name/],
    ['#question_41020005002', 'work_authorized', /matched work_authorized/],
    ['input:text~1', 'unknown', honeypot],
    ['#question_41020006002', 'needs_sponsorship', /matched needs_sponsorship/],
    ['input:text~2', 'unknown', honeypot],
    ['#question_41020007002', 'how_heard', label('How did you hear about us\\?', 'how_heard')],
    ['input:text~3', 'unknown', honeypot],
    ['#question_41020008002', 'custom_question', custom('Why do you want to join Acme?')],
    ['#gender', 'gender', standard('Greenhouse', 'gender')],
    ['#hispanic_ethnicity', 'hispanic_latino', standard('Greenhouse', 'hispanic_ethnicity')],
    ['#veteran_status', 'veteran_status', standard('Greenhouse', 'veteran_status')],
    ['#disability_status', 'disability_status', standard('Greenhouse', 'disability_status')],
  ],
  'lever-apply': [
    ['#resume-upload-input', 'resume_file', standard('Lever', 'resume')],
    ['name:name', 'full_name', standard('Lever', 'name')],
    ['name:pronouns', 'pronouns', standard('Lever', 'pronouns')],
    ['#customPronounsOption', 'unknown', /Lever custom-pronouns toggle/],
    ['#customPronounsTextField', 'unknown', hidden],
    ['name:email', 'email', standard('Lever', 'email')],
    ['name:phone', 'phone', standard('Lever', 'phone')],
    ['#location-input', 'location_full', standard('Lever', 'location')],
    ['name:org', 'current_company', standard('Lever', 'org')],
    ['name:urls[LinkedIn]', 'linkedin', /Lever link field "urls\[LinkedIn\]"/],
    ['name:urls[Twitter]', 'twitter', /Lever link field "urls\[Twitter\]"/],
    ['name:urls[GitHub]', 'github', /Lever link field "urls\[GitHub\]"/],
    ['name:urls[Portfolio]', 'portfolio', /Lever link field "urls\[Portfolio\]"/],
    ['name:urls[Other]', 'other_url', /Lever link field "urls\[Other\]"/],
    ['name:cards[3c9e1f52-6a7d-4b8e-9f10-2d4c5b6a7e81][field0]', 'work_authorized', /question "Are you legally authorized to work in Germany\?" matched work_authorized/],
    ['name:cards[3c9e1f52-6a7d-4b8e-9f10-2d4c5b6a7e81][field1]', 'custom_question', custom('How many years of professional backend experience do you have?')],
    ['name:cards[3c9e1f52-6a7d-4b8e-9f10-2d4c5b6a7e81][field2]', 'needs_sponsorship', /question "Will you now or in the future require visa sponsorship to work for Acme\?" matched needs_sponsorship/],
    ['name:cards[8a4d2b7c-1e3f-4a5b-8c9d-0e1f2a3b4c5d][field0]', 'custom_question', custom('Why do you want to work at Acme?')],
    ['name:cards[8a4d2b7c-1e3f-4a5b-8c9d-0e1f2a3b4c5d][field1]', 'salary_expectation', /question "What are your salary expectations \(EUR, gross per year\)\?" matched salary_expectation/],
    ['#additional-information', 'cover_letter_text', standard('Lever', 'comments')],
    ['name:eeo[gender]', 'gender', standard('Lever', 'eeo[gender]')],
    ['name:eeo[race]', 'race_ethnicity', standard('Lever', 'eeo[race]')],
    ['name:eeo[veteran]', 'veteran_status', standard('Lever', 'eeo[veteran]')],
    ['name:consent[marketing]', 'consent_privacy', /Lever consent box "consent\[marketing\]"/],
  ],
  'ashby-application': [
    // "Autofill from resume": Ashby's parser, left alone.
    ['input:file', 'unknown', /no label to read|Autofill from resume/],
    ['#_systemfield_name', 'full_name', ashby('_systemfield_name')],
    ['#_systemfield_email', 'email', ashby('_systemfield_email')],
    ['#81ee2d82-0000-4000-8000-00000000c001', 'phone', /input type="tel"/],
    ['#_systemfield_resume', 'resume_file', ashby('_systemfield_resume')],
    ['path:_systemfield_location', 'location_full', ashby('_systemfield_location')],
    ['#478457fc-0000-4000-8000-00000000c002', 'linkedin', label('LinkedIn URL', 'linkedin')],
    ['#a7625279-0000-4000-8000-00000000c003', 'github', label('GitHub URL', 'github')],
    ['name:35678460-0000-4000-8000-00000000c004', 'work_authorized', /question "Are you legally authorized to work in the United States\?" matched work_authorized/],
    ['name:72de01e8-0000-4000-8000-00000000c005', 'needs_sponsorship', /matched needs_sponsorship/],
    ['name:c9f10fbd-0000-4000-8000-00000000c006', 'custom_question', custom('Have you worked at a startup?')],
    ['path:0ff273ae-0000-4000-8000-00000000c007', 'country', /question "Country of residence" matched country/],
    ['path:0b3b7773-0000-4000-8000-00000000c008', 'how_heard', /matched how_heard/],
    ['#f0_0b3b7773-other', 'unknown', hidden],
    ['#e7f5a281-0000-4000-8000-00000000c009', 'custom_question', custom('Why do you want to work at Acme?')],
    ['name:f1__systemfield_eeoc_gender', 'gender', ashby('_systemfield_eeoc_gender')],
    ['path:1e21d43f-0000-4000-8000-00000000c010', 'race_ethnicity', /matched race_ethnicity/],
  ],
  'workable-apply': [
    ['#firstname', 'first_name', standard('Workable', 'firstname')],
    ['#lastname', 'last_name', standard('Workable', 'lastname')],
    ['#email', 'email', standard('Workable', 'email')],
    ['#headline', 'headline', standard('Workable', 'headline')],
    ['name:phone', 'phone', standard('Workable', 'phone')],
    ['#address', 'location_full', standard('Workable', 'address')],
    ['#city', 'unknown', honeypot],
    ['#postcode', 'unknown', honeypot],
    ['#country', 'unknown', honeypot],
    ['#summary', 'summary', standard('Workable', 'summary')],
    ['#input_files_input_resume', 'resume_file', standard('Workable', 'resume')],
    ['#input_files_input_avatar', 'unknown', /Workable photo upload/],
    ['#cover_letter', 'cover_letter_text', standard('Workable', 'cover_letter')],
    ['name:QA_1001', 'work_authorized', /question "Are you legally authorized to work in Germany\?" matched work_authorized/],
    ['#input_QA_1002_input', 'country', /"Country of residence" matched country/],
    ['name:QA_1002', 'unknown', honeypot],
    ['path:QA_1003', 'languages', /languages/],
    ['#QA_1004', 'salary_expectation', /matched salary_expectation/],
    // "+ Add": offered in the review as an entry to add, pressed only when ticked (tests/unit/add-entry.test.ts).
    ['add:education', 'education_entry', /an education entry/],
    ['add:experience', 'experience_entry', /a work entry/],
  ],
};

describe('the pipeline on the project’s own fixture pages: role and reason for every field', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(name, () => {
      const page = fixturePages.find((p) => p.name === name)!;
      const html = readFileSync(repoPath(page.file), 'utf8');
      const { snapshot } = analyzePage(documentFrom(html, page.url), page.url);
      const got = snapshot.fields.map((f) => [f.id, snapshot.classifications[f.id]!.role, snapshot.classifications[f.id]!.reason] as const);
      expect(got.map(([id, role]) => [id, role])).toEqual(expected.map(([id, role]) => [id, role]));
      for (const [i, [id, , reason]] of expected.entries()) expect(got[i]![2], id).toMatch(reason);
    });
  }
});
