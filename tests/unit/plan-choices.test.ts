import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../lib/page/analyze-page';
import { countriesInText } from '../../lib/plan/answer-synonyms';
import { plannedValue, type PlanStep } from '../../lib/plan/fill-plan';
import { matchPlace } from '../../lib/plan/place-match';
import { planForSnapshot } from '../../lib/plan/plan-for-snapshot';
import { profileSchema, type ProfileInput } from '../../lib/profile/profile-schema';
import { documentFrom } from '../support/dom-from-html';

const LEVER = 'https://jobs.lever.co/acme/7f3c2a10-0000-4000-8000-00000000a001/apply';
const GH = 'https://job-boards.greenhouse.io/acme/jobs/456';
const decline = { kind: 'decline' as const };

const PROFILE: ProfileInput = {
  schemaVersion: 1,
  id: 'p',
  label: 'P',
  identity: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.org', location: { city: 'Berlin', country: 'Germany' } },
  links: { linkedin: 'https://www.linkedin.com/in/ada' },
  answers: {
    workAuthorization: [
      { country: 'Germany', authorized: 'yes' },
      { country: 'United States', authorized: 'no' },
    ],
    needsSponsorship: 'no',
    remotePreference: 'remote',
  },
  selfIdentification: { gender: decline, veteranStatus: decline },
  answerBank: [{ question: 'Have you worked for Acme before?', answer: 'No' }],
};

function planOf(html: string, url = LEVER, overrides: Partial<ProfileInput> = {}): PlanStep {
  const doc = documentFrom(`<form>${html}</form>`, url);
  const { snapshot } = analyzePage(doc, url);
  const plan = planForSnapshot(snapshot, profileSchema.parse({ ...PROFILE, ...overrides }));
  expect(plan.steps).toHaveLength(1);
  return plan.steps[0]!;
}

const card = (question: string, control: string) =>
  `<li class="application-question custom-question"><div><div class="application-label full-width"><div class="text">${question}</div></div><div class="application-field full-width">${control}</div></div></li>`;
const select = (options: string[], name = 'cards[a][field0]') =>
  `<select name="${name}"><option value="">Select...</option>${options.map((o) => `<option value="${o}">${o}</option>`).join('')}</select>`;
const radios = (options: string[]) =>
  `<ul>${options.map((o) => `<li><label><input type="radio" name="cards[r][field0]" value="${o}"><span>${o}</span></label></li>`).join('')}</ul>`;

interface ChoiceRow {
  what: string;
  html: string;
  action: PlanStep['action'];
  value?: string;
  reason: RegExp;
}

// Choice fields: the option is picked from the page's own list, exact first, then by a small synonym table; none
// or two that fit make the step the user's, with the reason.
const CHOICES: ChoiceRow[] = [
  { what: 'Yes for the country the question names', html: card('Are you legally authorized to work in Germany?', select(['Yes', 'No'])), action: 'fill', value: 'Yes', reason: /work authorization in Germany; option "yes"/ },
  { what: 'No where the profile says no', html: card('Are you authorized to work in the U.S.?', select(['Yes', 'No'])), action: 'fill', value: 'No', reason: /work authorization in United States/ },
  { what: 'a radio answer that starts with the word', html: card('Do you require visa sponsorship to work in the UK?', radios(["Yes - I'll need sponsorship", "No - I don't require visa sponsorship"])), action: 'fill', value: "No - I don't require visa sponsorship", reason: /option starting with "no"/ },
  { what: 'no country named: never guessed', html: card('Are you authorized to work in the country for which you applied?', select(['Yes', 'No'])), action: 'needs-you', reason: /does not name a country/ },
  { what: 'two countries named', html: card('Are you eligible to work in Australia or New Zealand?', select(['Yes', 'No'])), action: 'needs-you', reason: /more than one country/ },
  { what: 'a country the profile says nothing about', html: card('Are you legally authorized to work in Canada?', select(['Yes', 'No'])), action: 'needs-you', reason: /not stored whether you may work in Canada/ },
  { what: 'ambiguous options', html: card('Will you require visa sponsorship?', select(['No, not now', 'No, never', 'Yes'])), action: 'needs-you', reason: /more than one option could mean "No": No, not now \/ No, never/ },
  { what: 'an option typo the synonyms do not cover', html: card('Will you need visa sponsorship (now or in the future)?', select(['Yes', 'N0'])), action: 'needs-you', reason: /no option fits "No" \(Select\.\.\. \/ Yes \/ N0\)/ },
  { what: 'decline under another spelling', html: card('What gender do you identify as?', radios(['Female', 'Male', 'I prefer not to disclose'])), action: 'fill', value: 'I prefer not to disclose', reason: /decline to self-identify/ },
  { what: 'decline missing from the options', html: select(['I am a veteran', 'I am not a veteran'], 'eeo[veteran]'), action: 'needs-you', reason: /no option fits "Decline to self-identify"/ },
  { what: 'a self-identification never stored', html: select(['White', 'Asian', 'Decline to self-identify'], 'eeo[race]'), action: 'needs-you', reason: /never guessed/ },
  { what: 'consent is never given for the user', html: '<label><input type="checkbox" name="consent[marketing]" value="1"> Yes, Acme can contact me</label>', action: 'needs-you', reason: /consent is yours to give/ },
  { what: 'an office-days question is not answered from a remote preference', html: card('Are you comfortable working in the office 3 days a week?', select(['Yes', 'No'])), action: 'needs-you', reason: /no option fits "remote"/ },
];

describe('plan: options are picked from the page, never guessed', () => {
  for (const row of CHOICES) {
    it(row.what, () => {
      const step = planOf(row.html);
      expect(step.action).toBe(row.action);
      if (row.value !== undefined) expect(plannedValue(step)).toBe(row.value);
      expect(step.reason).toMatch(row.reason);
    });
  }
});

describe('plan: question prose is the user’s to write', () => {
  it('an essay question mentioning a role word is needs-you, never the profile field', () => {
    for (const question of ['Why are you interested in this position?', 'What excites you about our LinkedIn integration team?', 'Tell us about your current title and company']) {
      const step = planOf(card(question, '<input type="text" name="cards[q][field0]">'));
      expect(step.role, question).toBe('custom_question');
      expect(step.action, question).toBe('needs-you');
      expect(step).not.toHaveProperty('value');
    }
  });

  it('a question answered in the answer bank takes that answer', () => {
    const step = planOf(card('Have you worked for Acme before?', select(['Yes', 'No'])));
    expect(step).toMatchObject({ action: 'fill', value: 'No', reason: /answer bank/ });
  });

  it('a cover letter file and a referrer are never made up', () => {
    expect(planOf('<div role="group" aria-label="Cover Letter"><input type="file" id="cover_letter"></div>', GH)).toMatchObject({ action: 'needs-you', reason: /written per job/ });
    expect(planOf(card('Who referred you?', '<input type="text" name="cards[z][field0]">'))).toMatchObject({ action: 'needs-you', reason: /yours to say/ });
  });
});

describe('plan: widgets whose options appear only on the page', () => {
  it('a react-select step carries what to type and every acceptable answer', () => {
    const html = `<label id="gender-label" for="gender">Gender</label><div><div><div class="select__control"><input id="gender" role="combobox" aria-labelledby="gender-label"></div></div></div>`;
    const step = planOf(html, GH);
    expect(step).toMatchObject({ kind: 'combobox', action: 'fill', typed: 'Decline to self-identify' });
    expect(step).toMatchObject({ candidates: expect.arrayContaining(["I don't wish to answer", 'Prefer not to say']) });
  });

  it('a location widget step carries the place, so the right suggestion can be told from its namesakes', () => {
    const html = `<li><label><div class="application-label">Current location</div><div class="application-field"><input id="location-input" name="location" type="text"><div class="dropdown-container"><div class="dropdown-results"></div></div></div></label></li>`;
    const step = planOf(html);
    expect(step).toMatchObject({ kind: 'autocomplete', typed: 'Berlin, Germany', place: { city: 'Berlin', region: '', country: 'Germany' } });
    expect(step).toMatchObject({ place: { countryNames: expect.arrayContaining(['Deutschland']) } });
  });
});

describe('matchPlace: the suggestion that is the user’s place, or none', () => {
  const opts = (...texts: string[]) => texts.map((text) => ({ value: text, text }));
  const berlin = { city: 'Berlin', region: '', country: 'Germany', countryNames: ['Germany', 'Deutschland', 'DE'] };

  it('takes the exact spelling, and a fuller one that names the country', () => {
    expect(matchPlace(opts('Berlin, NH, United States', 'Berlin, Germany'), berlin)).toMatchObject({ kind: 'one', option: { text: 'Berlin, Germany' } });
    expect(matchPlace(opts('Berlin, WI, United States', 'Berlin, Berlin, Deutschland'), berlin)).toMatchObject({ kind: 'one', option: { text: 'Berlin, Berlin, Deutschland' } });
  });

  it('never takes a namesake in another country', () => {
    expect(matchPlace(opts('Berlin, NH, United States', 'Berlin, WI, United States'), berlin)).toEqual({ kind: 'none' });
  });

  it('two suggestions that both fit are ambiguous', () => {
    expect(matchPlace(opts('Berlin, Mitte, Germany', 'Berlin, Brandenburg, Germany'), berlin).kind).toBe('ambiguous');
  });

  it('without a country, only a bare city name fits', () => {
    expect(matchPlace(opts('Berlin, NH, United States'), { city: 'Berlin', region: '', country: '' })).toEqual({ kind: 'none' });
    expect(matchPlace(opts('Berlin'), { city: 'Berlin', region: '', country: '' })).toMatchObject({ kind: 'one' });
  });
});

describe('countries named in a question', () => {
  it('finds spelled-out names and the capitalised abbreviations, not the pronoun "us"', () => {
    expect(countriesInText('Are you currently authorized to work in the U.S.?')).toEqual(['United States']);
    expect(countriesInText('Do you require visa sponsorship to work in the UK?')).toEqual(['United Kingdom']);
    expect(countriesInText('Tell us why you want to work with us')).toEqual([]);
    expect(countriesInText('Are you eligible to work in Australia or New Zealand?')).toEqual(['Australia', 'New Zealand']);
  });
});
