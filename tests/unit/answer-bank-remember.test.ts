import { describe, expect, it } from 'vitest';
import { markBankAnswersUsed } from '../../lib/answers/bank-usage';
import { bankEntryHistory, searchBank } from '../../lib/answers/bank-view';
import { answeredInReview, answeredOnPage, rememberAnswers } from '../../lib/answers/remember-answers';
import { withRememberToggles } from '../../lib/answers/review-remember';
import { analyzePage } from '../../lib/page/analyze-page';
import { planForSnapshot } from '../../lib/plan/plan-for-snapshot';
import { profileSchema } from '../../lib/profile/profile-schema';
import { reviewSections } from '../../lib/review/review-fields';
import { documentFrom } from '../support/dom-from-html';

const URL_ACME = 'https://jobs.lever.co/acme/7f3c2a10-0000-4000-8000-00000000a001/apply';
const NOW = new Date('2026-12-02T10:00:00.000Z');
const card = (question: string, control: string) =>
  `<li class="application-question custom-question"><div><div class="application-label full-width"><div class="text">${question}</div></div><div class="application-field full-width">${control}</div></div></li>`;
const WHY = 'cards[a][field0]';
const SPONSOR = 'cards[a][field1]';
const PAGE = `<form><ul>${card('Why do you want to work at Acme?', `<textarea name="${WHY}"></textarea>`)}${card(
  'Do you require visa sponsorship to work in Germany?',
  `<select name="${SPONSOR}"><option value="">Select...</option><option>Yes</option><option>No</option></select>`,
)}</ul></form>`;

const profile = profileSchema.parse({ schemaVersion: 1, id: 'p', label: 'P' });

function setUp(html = PAGE) {
  const { snapshot } = analyzePage(documentFrom(html, URL_ACME), URL_ACME);
  return { snapshot, basePlan: planForSnapshot(snapshot, profile) };
}

describe('remembering answers from the review', () => {
  it('offers each needs-you question the user answered: custom ones for the bank (on), facts for the profile (to confirm)', () => {
    const { snapshot, basePlan } = setUp();
    const edits = { [`name:${WHY}`]: { value: 'Your robots.' }, [`name:${SPONSOR}`]: { value: 'No' } };
    const items = answeredInReview(snapshot, basePlan, edits, profile);
    expect(items.map((i) => [i.question, i.target.kind])).toEqual([
      ['Why do you want to work at Acme?', 'bank'],
      ['Do you require visa sponsorship to work in Germany?', 'profile'],
    ]);
    const rows = withRememberToggles(reviewSections(snapshot, planForSnapshot(snapshot, profile, edits), edits), items, {}).flatMap((s) => s.fields);
    expect(rows.map((r) => r.remember)).toEqual([
      { label: 'Remember this answer for other forms', on: true },
      { label: 'Save as your visa sponsorship in your profile', on: false },
    ]);
  });

  it('Fill keeps the answer with its question, options, ATS, company and date; a fact goes to its profile field', () => {
    const { snapshot, basePlan } = setUp();
    const edits = { [`name:${WHY}`]: { value: 'Your robots.' }, [`name:${SPONSOR}`]: { value: 'No' } };
    const items = answeredInReview(snapshot, basePlan, edits, profile);
    const next = rememberAnswers(profile, items, { ats: 'lever', company: 'Acme' }, NOW);
    expect(next.answerBank).toEqual([{ question: 'Why do you want to work at Acme?', answer: 'Your robots.', ats: 'lever', company: 'Acme', savedAt: NOW.toISOString() }]);
    expect(next.answers.needsSponsorship).toBe('no');
    // Answered again: the newer answer replaces the old one.
    const again = rememberAnswers(next, [{ ...items[0]!, answer: 'Your people.' }], { ats: 'lever', company: 'Acme' }, NOW);
    expect(again.answerBank.map((e) => e.answer)).toEqual(['Your people.']);
  });

  it('a fact the profile cannot hold as such is not offered ("Maybe" is no yes/no)', () => {
    const { snapshot, basePlan } = setUp();
    expect(answeredInReview(snapshot, basePlan, { [`name:${SPONSOR}`]: { value: 'Maybe later' } }, profile)).toEqual([]);
  });

  it('answers typed into the form itself are offered as "from this page"', () => {
    const typed = PAGE.replace(`<textarea name="${WHY}"></textarea>`, `<textarea name="${WHY}">Typed on the page.</textarea>`);
    const { snapshot, basePlan } = setUp(typed);
    expect(answeredOnPage(snapshot, basePlan, profile)).toMatchObject([{ question: 'Why do you want to work at Acme?', answer: 'Typed on the page.', target: { kind: 'bank' } }]);
  });

  it('after a fill, a bank answer used records when and where', () => {
    const withBank = profileSchema.parse({ ...profile, answerBank: [{ question: 'Why would you like to join Initech?', answer: 'Because.', company: 'Initech' }] });
    const { snapshot } = setUp();
    const plan = planForSnapshot(snapshot, withBank);
    const next = markBankAnswersUsed(withBank, snapshot, plan, { ats: 'lever', company: 'acme' }, NOW);
    expect(next.answerBank[0]).toMatchObject({ lastUsedAt: NOW.toISOString(), lastUsedWhere: 'acme, Lever' });
  });
});

describe('the bank in the options page', () => {
  const bank = [
    { question: 'What is your notice period?', answer: 'Three months', company: 'Acme', ats: 'lever', savedAt: '2026-11-20T00:00:00.000Z' },
    { question: 'Why Globex?', answer: 'Robots', lastUsedAt: '2026-12-01T00:00:00.000Z', lastUsedWhere: 'Initech, Greenhouse' },
  ];
  it('searches question, answer and company by every word', () => {
    expect(searchBank(bank, '')).toEqual([0, 1]);
    expect(searchBank(bank, 'acme notice')).toEqual([0]);
    expect(searchBank(bank, 'robots')).toEqual([1]);
    expect(searchBank(bank, 'salary')).toEqual([]);
  });
  it('says where each answer came from and was last used', () => {
    expect(bankEntryHistory(bank[0]!, NOW)).toBe('Acme · Lever · saved 20 Nov · not used yet');
    expect(bankEntryHistory(bank[1]!, NOW)).toBe('last used 1 Dec (Initech, Greenhouse)');
  });
});
