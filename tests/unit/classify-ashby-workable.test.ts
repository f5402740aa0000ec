import { describe, expect, it } from 'vitest';
import { detectAts } from '../../lib/ats/detect-ats';
import { classifyFields } from '../../lib/classify/classify-field';
import type { Signal } from '../../lib/classify/classification';
import { collectFields } from '../../lib/fields/collect-fields';
import type { ControlKind } from '../../lib/fields/field-descriptor';
import type { Role } from '../../lib/roles/roles';
import { documentFrom } from '../support/dom-from-html';
import * as m from '../support/board-markup';

interface Row {
  url: string;
  html: string;
  role: Role;
  kind: ControlKind;
  /** The rule that decided (classification.ts): what a machine checks; the reason is what a person reads. */
  signal: Signal;
  reason: RegExp;
}

const A = m.ASHBY;
const W = m.WORKABLE;

// One question per row, as each board writes it: every role the boards ask for and every widget they use.
const ROWS: Row[] = [
  // Ashby system fields: `_systemfield_*` paths decide, whatever the label says.
  { url: A, html: m.ashbyText('_systemfield_name', 'Name'), role: 'full_name', kind: 'text', signal: 'ats-hint', reason: /Ashby system field "_systemfield_name"/ },
  { url: A, html: m.ashbyText('_systemfield_name', 'Legal Name'), role: 'full_name', kind: 'text', signal: 'ats-hint', reason: /Ashby system field/ },
  { url: A, html: m.ashbyText('_systemfield_email', 'Email', 'email', 'hello@example.com...'), role: 'email', kind: 'text', signal: 'ats-hint', reason: /Ashby system field "_systemfield_email"/ },
  { url: A, html: m.ashbyFile('_systemfield_resume', 'Resume'), role: 'resume_file', kind: 'file', signal: 'ats-hint', reason: /Ashby system field "_systemfield_resume"/ },
  { url: A, html: m.ashbyCombobox('_systemfield_location', 'Where are you currently based?'), role: 'location_full', kind: 'combobox', signal: 'ats-hint', reason: /Ashby system field "_systemfield_location"/ },
  { url: A, html: m.ashbyRadios('_systemfield_eeoc_gender', 'Gender', ['Male', 'Female', 'Decline to self-identify']), role: 'gender', kind: 'radio-group', signal: 'ats-hint', reason: /_systemfield_eeoc_gender/ },
  { url: A, html: m.ashbyRadios('_systemfield_eeoc_race', 'Race', ['Asian', 'White', 'Decline to self-identify']), role: 'race_ethnicity', kind: 'radio-group', signal: 'ats-hint', reason: /_systemfield_eeoc_race/ },
  { url: A, html: m.ashbyRadios('_systemfield_eeoc_veteran_status', 'Veteran Status', ['I am a veteran', 'I am not a veteran']), role: 'veteran_status', kind: 'radio-group', signal: 'ats-hint', reason: /_systemfield_eeoc_veteran_status/ },
  { url: A, html: m.ashbyCheckboxes('_systemfield_data_consent_ack', 'I agree to the privacy notice', ['I agree']).replace('<fieldset', '<fieldset').replace(/name="I agree"/, 'name="_systemfield_data_consent_ack"'), role: 'consent_privacy', kind: 'checkbox', signal: 'ats-hint', reason: /_systemfield_data_consent_ack/ },
  // The résumé parser above the form is not the résumé question.
  { url: A, html: m.ashbyAutofill(), role: 'unknown', kind: 'file', signal: 'no-label', reason: /no label to read|Autofill from resume.*left alone/ },
  // Ashby custom questions: read from their labels.
  { url: A, html: m.ashbyText('81ee2d82', 'Contact number', 'tel', '1-415-555-1234...'), role: 'phone', kind: 'text', signal: 'input-type', reason: /type="tel"/ },
  { url: A, html: m.ashbyText('a7625279', 'GitHub URL'), role: 'github', kind: 'text', signal: 'label', reason: /label "GitHub URL"/ },
  { url: A, html: m.ashbyText('478457fc', 'LinkedIn URL'), role: 'linkedin', kind: 'text', signal: 'label', reason: /label "LinkedIn URL"/ },
  { url: A, html: m.ashbyText('f6c28b2c', 'Current Company'), role: 'current_company', kind: 'text', signal: 'label', reason: /current_company/ },
  { url: A, html: m.ashbyText('9b9cd0f2', 'Preferred First Name'), role: 'preferred_name', kind: 'text', signal: 'label', reason: /preferred_name/ },
  { url: A, html: m.ashbyFile('3fc1e00b', 'Cover letter'), role: 'cover_letter_file', kind: 'file', signal: 'label', reason: /cover_letter_file/ },
  { url: A, html: m.ashbyTextarea('208daf7e', 'Additional Information'), role: 'cover_letter_text', kind: 'textarea', signal: 'label', reason: /cover_letter_text/ },
  { url: A, html: m.ashbyYesNo('ee0d2829', 'Do you require sponsorship to work in the UK now or in the future?'), role: 'needs_sponsorship', kind: 'button-group', signal: 'label', reason: /needs_sponsorship/ },
  { url: A, html: m.ashbyYesNo('b140ed91', 'Are you legally authorized to work in France?'), role: 'work_authorized', kind: 'button-group', signal: 'label', reason: /work_authorized/ },
  { url: A, html: m.ashbyYesNo('3c2de4b1', 'Are you willing to relocate to France?'), role: 'willing_to_relocate', kind: 'button-group', signal: 'label', reason: /willing_to_relocate/ },
  { url: A, html: m.ashbyCombobox('0ff273ae', 'Country of residence'), role: 'country', kind: 'combobox', signal: 'label', reason: /country/ },
  { url: A, html: m.ashbyCombobox('e5ed33fb', 'How did you hear about Acme?'), role: 'how_heard', kind: 'combobox', signal: 'label', reason: /how_heard/ },
  { url: A, html: m.ashbyCheckboxes('0b3b7773', 'How did you hear about this opportunity? (select all that apply)', ['LinkedIn', 'Referral', 'Other']), role: 'how_heard', kind: 'checkbox-group', signal: 'label', reason: /how_heard/ },
  { url: A, html: m.ashbyRadios('c4926023', 'What are your pronouns?', ['He/him', 'She/her', 'They/them', 'Other']), role: 'pronouns', kind: 'radio-group', signal: 'label-question', reason: /pronouns/ },
  { url: A, html: m.ashbyTextarea('e7f5a281', 'Why do you want to work at Acme?'), role: 'custom_question', kind: 'textarea', signal: 'no-match', reason: /no profile field|own words/ },
  { url: A, html: m.ashbyYesNo('651d7515', 'Have you worked at a startup?'), role: 'custom_question', kind: 'button-group', signal: 'no-match', reason: /no profile field/ },
  // Some Ashby accounts carry Greenhouse-style names: read by label, never by Greenhouse's table.
  { url: A, html: m.ashbyText('phone', 'Phone'), role: 'phone', kind: 'text', signal: 'identifier', reason: /phone/ },
  { url: A, html: m.ashbyText('question_5381619004', 'LinkedIn Profile'), role: 'linkedin', kind: 'text', signal: 'label', reason: /label "LinkedIn Profile"/ },
  { url: A, html: m.ashbyFile('cover_letter', 'Cover Letter'), role: 'cover_letter_file', kind: 'file', signal: 'identifier', reason: /^(?!.*Greenhouse)/ },
  // Workable standard fields by `data-ui`.
  { url: W, html: m.wkText('firstname', 'First name'), role: 'first_name', kind: 'text', signal: 'ats-hint', reason: /Workable standard field "firstname"/ },
  { url: W, html: m.wkText('lastname', 'Last name'), role: 'last_name', kind: 'text', signal: 'ats-hint', reason: /Workable standard field "lastname"/ },
  { url: W, html: m.wkText('email', 'Email', { type: 'email' }), role: 'email', kind: 'text', signal: 'ats-hint', reason: /Workable standard field "email"/ },
  { url: W, html: m.wkText('headline', 'Headline', { required: false }), role: 'headline', kind: 'text', signal: 'ats-hint', reason: /Workable standard field "headline"/ },
  { url: W, html: m.wkPhone(), role: 'phone', kind: 'text', signal: 'ats-hint', reason: /Workable standard field "phone"/ },
  { url: W, html: m.wkText('address', 'Address', { required: false }), role: 'location_full', kind: 'text', signal: 'ats-hint', reason: /Workable standard field "address"/ },
  { url: W, html: m.wkText('summary', 'Summary', { textarea: true }), role: 'summary', kind: 'textarea', signal: 'ats-hint', reason: /Workable standard field "summary"/ },
  { url: W, html: m.wkText('cover_letter', 'Cover letter', { textarea: true }), role: 'cover_letter_text', kind: 'textarea', signal: 'ats-hint', reason: /Workable standard field "cover_letter"/ },
  { url: W, html: m.wkFile('resume', 'Resume'), role: 'resume_file', kind: 'file', signal: 'ats-hint', reason: /Workable standard field "resume"/ },
  { url: W, html: m.wkFile('avatar', 'Photo', '.jpg,.png'), role: 'unknown', kind: 'file', signal: 'ats-hint', reason: /photo/ },
  // Workable custom questions (`QA_*`): labels decide; its widgets are an ARIA radiogroup, checkbox group, dropdown.
  { url: W, html: m.wkRadios('QA_8539144', 'Do you require visa sponsorship?', [['true', 'YES'], ['false', 'NO']]), role: 'needs_sponsorship', kind: 'radio-group', signal: 'label', reason: /needs_sponsorship/ },
  { url: W, html: m.wkCheckboxes('QA_8539145', 'Which of these certifications do you hold?', ['ACCET', 'CELTA']), role: 'custom_question', kind: 'checkbox-group', signal: 'no-match', reason: /no profile field/ },
  { url: W, html: m.wkDropdown('QA_7603525', 'Citizenship'), role: 'custom_question', kind: 'combobox', signal: 'no-match', reason: /Citizenship/ },
  { url: W, html: m.wkDropdown('QA_5699504', 'Degree'), role: 'degree', kind: 'combobox', signal: 'label', reason: /degree/ },
  { url: W, html: m.wkText('QA_2224746', 'LinkedIn profile'), role: 'linkedin', kind: 'text', signal: 'label', reason: /LinkedIn/ },
  // Wrong fills found on the corpus, each a general rule now.
  { url: W, html: m.wkText('QA_9', 'What are your gender pronouns (Enter NA if you prefer not to self-identify)?'), role: 'custom_question', kind: 'text', signal: 'prose-question', reason: /./ },
  { url: A, html: m.ashbyYesNo('v1', 'Are you permanently authorized to work in the U.S. without visa sponsorship?'), role: 'work_authorized', kind: 'button-group', signal: 'label', reason: /./ },
  { url: A, html: m.ashbyYesNo('z1', 'Are you legally authorized to work in that country without employer-based sponsorship?'), role: 'work_authorized', kind: 'button-group', signal: 'label', reason: /./ },
  { url: A, html: m.ashbyText('_systemfield_name', 'Preferred First Name'), role: 'preferred_name', kind: 'text', signal: 'label', reason: /preferred_name/ },
];

function classifyAll(url: string, html: string) {
  const doc = documentFrom(`<form>${html}</form>`, url);
  const { fields } = collectFields(doc);
  return { fields, roles: classifyFields(fields, detectAts(url)) };
}

describe('Ashby and Workable: HTML → role, widget and reason', () => {
  for (const row of ROWS) {
    it(`${row.url.includes('ashby') ? 'ashby' : 'workable'} ${row.role} ← ${row.html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 70)}`, () => {
      const { fields, roles } = classifyAll(row.url, row.html);
      // Workable's dropdown keeps its answer in a hidden input beside it: a decoy for us, never filled.
      const fillable = fields.filter((f) => !f.forbidden);
      expect(fillable, fields.map((f) => `${f.id}:${f.kind}:${f.forbidden}`).join(', ')).toHaveLength(1);
      const field = fillable[0]!;
      expect(field.kind).toBe(row.kind);
      expect(roles[field.id]!.role).toBe(row.role);
      expect(roles[field.id]!.signal).toBe(row.signal);
      expect(roles[field.id]!.reason).toMatch(row.reason);
    });
  }
});

describe('Ashby: keys, names and widgets', () => {
  it('keys a question by its data-field-path, so two "Other" boxes in two questions stay apart', () => {
    const { fields } = classifyAll(
      A,
      m.ashbyCheckboxes('a63b6f87', 'How do you identify your sexual orientation?', ['Bisexual', 'Other']) +
        m.ashbyCheckboxes('1e21d43f', 'Which ethnicity(ies) do you identify with?', ['Asian', 'Other']),
    );
    expect(fields.map((f) => [f.id, f.kind, f.options.map((o) => o.text).join('|')])).toEqual([
      ['path:a63b6f87', 'checkbox-group', 'Bisexual|Other'],
      ['path:1e21d43f', 'checkbox-group', 'Asian|Other'],
    ]);
    // Options without a value attribute are told apart by their own ids, not by "on".
    expect(new Set(fields[0]!.options.map((o) => o.value)).size).toBe(2);
  });

  it('keys nameless comboboxes by their data-field-path', () => {
    const { fields } = classifyAll(A, m.ashbyCombobox('_systemfield_location', 'Location') + m.ashbyCombobox('0ff273ae', 'Country'));
    expect(fields.map((f) => f.id)).toEqual(['path:_systemfield_location', 'path:0ff273ae']);
  });

  it('a Yes/No pair is one question answered by its buttons, its options Yes and No', () => {
    const { fields } = classifyAll(A, m.ashbyYesNo('ee0d2829', 'Are you authorized to work in the United States?'));
    expect(fields).toHaveLength(1);
    expect(fields[0]!.options.map((o) => o.text)).toEqual(['Yes', 'No']);
    expect(fields[0]!.labels.find((l) => l.source === 'question')?.text).toBe('Are you authorized to work in the United States?');
  });

  it('the single "Name" gets the full name; relabelled "first name" beside a last-name question, the first name', () => {
    const single = classifyAll(A, m.ashbyText('_systemfield_name', 'Name') + m.ashbyText('_systemfield_email', 'Email', 'email'));
    expect(single.roles['#_systemfield_name']!.role).toBe('full_name');
    const split = classifyAll(A, m.ashbyText('_systemfield_name', "What's your first name?") + m.ashbyText('fba21e9f', 'Last name'));
    expect(split.roles['#_systemfield_name']).toMatchObject({ role: 'first_name', signal: 'relabelled-name', reason: /beside a last-name question/ });
    expect(split.roles['#fba21e9f']!.role).toBe('last_name');
    const alone = classifyAll(A, m.ashbyText('_systemfield_name', 'First name'));
    expect(alone.roles['#_systemfield_name']!.role).toBe('full_name');
  });

  it('the ATS is told by host, not by field names: Greenhouse names on Ashby are not Greenhouse fields', () => {
    const html = m.ashbyText('country', 'Country of citizenship') + m.ashbyText('phone', 'Phone');
    const onAshby = classifyAll(A, html);
    expect(detectAts(A)?.id).toBe('ashby');
    expect(Object.values(onAshby.roles).map((c) => c.reason).join(' ')).not.toMatch(/Greenhouse/);
    expect(onAshby.roles['#country']!.role).not.toBe('phone_country');
  });
});

describe('Workable: keys and decoys', () => {
  it('the hidden city, postcode and country boxes beside the address are never filled', () => {
    const { fields, roles } = classifyAll(W, m.wkAddress());
    expect(fields.filter((f) => !f.forbidden).map((f) => f.id)).toEqual(['#address']);
    expect(roles['#address']!.role).toBe('location_full');
  });

  it('the "+ Add" education and experience buttons are entries to add, never text fields', () => {
    const { fields, roles } = classifyAll(W, m.wkAddEntry('education') + m.wkAddEntry('experience') + m.wkText('summary', 'Summary', { textarea: true }));
    expect(fields.map((f) => [f.id, f.kind, roles[f.id]!.role])).toEqual([
      ['#summary', 'textarea', 'summary'],
      ['add:education', 'add-entry', 'education_entry'],
      ['add:experience', 'add-entry', 'experience_entry'],
    ]);
  });

  it('an icon\'s SVG text ("SVGs not supported by this browser.") is never read as a question', () => {
    const icon = '<svg aria-hidden="true" viewBox="0 0 16 16"><desc aria-hidden="true"><p>SVGs not supported by this browser.</p></desc></svg>';
    const { fields } = classifyAll(W, `<div><p class="label">Cover letter</p><div><button type="button"><span>Import from</span>${icon}</button><input type="file" name="cl_upload"></div></div>`);
    expect(fields.map((f) => f.labels.find((l) => l.source === 'question')?.text)).toEqual(['Cover letter']);
  });

  it('checkboxes named by option id form one group under their data-ui key', () => {
    const { fields } = classifyAll(W, m.wkCheckboxes('QA_1', 'Which languages do you speak?', ['English', 'German', 'French']));
    expect(fields.map((f) => [f.id, f.kind, f.options.length])).toEqual([['path:QA_1', 'checkbox-group', 3]]);
  });
});
