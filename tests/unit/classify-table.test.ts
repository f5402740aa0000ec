import { describe, expect, it } from 'vitest';
import { detectAts } from '../../lib/ats/detect-ats';
import { classifyFields } from '../../lib/classify/classify-field';
import { collectFields } from '../../lib/fields/collect-fields';
import type { Role } from '../../lib/roles/roles';
import { documentFrom } from '../support/dom-from-html';

const GH = 'https://job-boards.greenhouse.io/acme/jobs/456';
const LEVER = 'https://jobs.lever.co/acme/7f3c2a10-0000-4000-8000-00000000a001/apply';
const OTHER = 'https://example.test/form';

interface Row {
  html: string;
  url?: string;
  role: Role;
  reason: RegExp;
}

// HTML + expected role + why, after Mozilla's heuristics tables. Markup is modelled on real Greenhouse and Lever pages.
const ROWS: Row[] = [
  { url: GH, html: '<label id="first_name-label" for="first_name">First Name</label><input id="first_name" type="text" autocomplete="given-name" aria-label="First Name">', role: 'first_name', reason: /Greenhouse standard field "first_name"/ },
  { url: GH, html: '<label for="last_name">Last Name</label><input id="last_name" type="text">', role: 'last_name', reason: /Greenhouse standard field/ },
  { url: GH, html: '<label for="email">Email</label><input id="email" type="text" autocomplete="email">', role: 'email', reason: /Greenhouse standard field "email"/ },
  { url: GH, html: '<label id="question_1-label" for="question_1">LinkedIn Profile</label><input id="question_1" type="text" aria-label="LinkedIn Profile">', role: 'linkedin', reason: /label "LinkedIn Profile" matched linkedin/ },
  { url: GH, html: '<label for="question_2">Website</label><input id="question_2" type="text">', role: 'website', reason: /label "Website" matched website/ },
  { url: GH, html: '<label for="question_3">GitHub URL</label><input id="question_3" type="text">', role: 'github', reason: /matched github/ },
  { url: GH, html: '<label for="question_4">Portfolio</label><input id="question_4" type="text">', role: 'portfolio', reason: /matched portfolio/ },
  { url: GH, html: '<label for="question_5">Why are you interested in this position?</label><input id="question_5" type="text">', role: 'custom_question', reason: /own words|no profile field matches "Why are you/ },
  { url: GH, html: '<label for="question_6">Tell us about a project you led</label><textarea id="question_6"></textarea>', role: 'custom_question', reason: /no profile field|own words/ },
  { url: GH, html: '<label for="question_7">What excites you about our LinkedIn integration team?</label><input id="question_7" type="text">', role: 'custom_question', reason: /not your linkedin/ },
  { url: GH, html: '<label for="job_application_first_name">First Name <span class="asterisk">*</span></label><input id="job_application_first_name" name="job_application[first_name]" type="text">', role: 'first_name', reason: /Greenhouse standard field "job_application\[first_name\]"/ },
  { url: LEVER, html: '<label><div class="application-label">Full name<span class="required">✱</span></div><div class="application-field"><input type="text" name="name" required></div></label>', role: 'full_name', reason: /Lever standard field "name"/ },
  { url: LEVER, html: '<label><div class="application-label">Linkedin URL</div><input type="text" name="urls[Linkedin]"></label>', role: 'linkedin', reason: /Lever link field "urls\[Linkedin\]"/ },
  { url: LEVER, html: '<label><div class="application-label">GitHub URL</div><input type="text" name="urls[GitHub]"></label>', role: 'github', reason: /Lever link field/ },
  { url: LEVER, html: '<label><div class="application-label">Portfolio URL</div><input type="text" name="urls[Portfolio]"></label>', role: 'portfolio', reason: /Lever link field/ },
  { url: LEVER, html: '<label><div class="application-label">Other website</div><input type="text" name="urls[Other]"></label>', role: 'other_url', reason: /Lever link field/ },
  { url: LEVER, html: '<label><div class="application-label">Phone</div><input type="text" name="phone"></label>', role: 'phone', reason: /Lever standard field "phone"/ },
  { url: LEVER, html: '<label><div class="application-label">Current company</div><input type="text" name="org"></label>', role: 'current_company', reason: /Lever standard field "org"/ },
  { url: LEVER, html: '<select name="eeo[gender]"><option value="">Select ...</option><option>Male</option></select>', role: 'gender', reason: /Lever standard field "eeo\[gender\]"/ },
  { url: LEVER, html: '<li class="application-question custom-question"><div class="application-label"><div class="text">Are you legally authorized to work in Germany?</div></div><div class="application-field"><select name="cards[abc][field0]"><option value="">Select...</option><option value="Yes">Yes</option><option value="No">No</option></select></div></li>', role: 'work_authorized', reason: /question "Are you legally authorized to work in Germany\?" matched work_authorized/ },
  { url: OTHER, html: '<input type="text" autocomplete="family-name">', role: 'last_name', reason: /autocomplete="family-name"/ },
  { url: OTHER, html: '<input type="email" name="x1">', role: 'email', reason: /input type="email"/ },
  { url: OTHER, html: '<input type="tel" name="x2">', role: 'phone', reason: /input type="tel"/ },
  { url: OTHER, html: '<input type="text" name="linkedin_url">', role: 'linkedin', reason: /name "linkedin url" matched linkedin/ },
  { url: OTHER, html: '<input type="text" placeholder="Your GitHub profile">', role: 'github', reason: /placeholder "Your GitHub profile" matched github/ },
  { url: OTHER, html: '<label for="n">Name</label><input id="n" type="text">', role: 'full_name', reason: /label "Name" matched full_name/ },
  { url: OTHER, html: '<label for="c">Company name</label><input id="c" type="text">', role: 'current_company', reason: /matched current_company/ },
  { url: OTHER, html: '<label for="q">Favourite colour</label><input id="q" type="text">', role: 'custom_question', reason: /no profile field matches "Favourite colour"/ },
  { url: OTHER, html: '<input type="text" style="display:none" name="email">', role: 'unknown', reason: /hidden control: never filled/ },
  { url: OTHER, html: '<input type="text" name="email" disabled>', role: 'unknown', reason: /disabled control/ },
  { url: OTHER, html: '<input type="text" name="email" readonly>', role: 'unknown', reason: /read-only control/ },
  { url: OTHER, html: '<input type="text" name="website_hp" aria-label="Leave this field blank">', role: 'unknown', reason: /honeypot control/ },
  { url: GH, html: '<input class="remix-css-1a0ro4n-requiredInput" required tabindex="-1" aria-hidden="true" value="">', role: 'unknown', reason: /honeypot control/ },
];

describe('classification table: HTML → role and reason', () => {
  for (const row of ROWS) {
    it(`${row.role} ← ${row.html.slice(0, 90)}`, () => {
      const doc = documentFrom(`<form>${row.html}</form>`, row.url ?? OTHER);
      const { fields } = collectFields(doc);
      expect(fields).toHaveLength(1);
      const result = classifyFields(fields, detectAts(row.url ?? OTHER))[fields[0]!.id]!;
      expect(result.role).toBe(row.role);
      expect(result.reason).toMatch(row.reason);
    });
  }

  it('pairs two "Name" boxes as first and last name', () => {
    const doc = documentFrom('<form><label for="a">Name</label><input id="a"><label for="b">Name</label><input id="b"></form>');
    const { fields } = collectFields(doc);
    const roles = classifyFields(fields, null);
    expect(fields.map((f) => roles[f.id]!.role)).toEqual(['first_name', 'last_name']);
  });
});
