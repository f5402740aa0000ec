import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../lib/page/analyze-page';
import { planForSnapshot } from '../../lib/plan/plan-for-snapshot';
import { profileSchema } from '../../lib/profile/profile-schema';
import { documentFrom } from '../support/dom-from-html';

// The planner answers custom questions from the bank: a Lever card asking in other words than the stored question.
const URL_GLOBEX = 'https://jobs.lever.co/globex/7f3c2a10-0000-4000-8000-00000000a001/apply';
const card = (question: string, control: string) =>
  `<li class="application-question custom-question"><div><div class="application-label full-width"><div class="text">${question}</div></div><div class="application-field full-width">${control}</div></div></li>`;

const profile = profileSchema.parse({
  schemaVersion: 1,
  id: 'p',
  label: 'P',
  answerBank: [
    { question: 'What is your notice period?', answer: 'Three months', company: 'Acme', ats: 'greenhouse', savedAt: '2026-12-02T09:00:00.000Z' },
    { question: 'Have you ever worked for Acme before?', answer: 'No', options: ['Yes', 'No'], company: 'Acme', ats: 'greenhouse', savedAt: '2026-12-02T09:00:00.000Z' },
  ],
});

function plan(html: string) {
  const doc = documentFrom(`<form>${html}</form>`, URL_GLOBEX);
  const { snapshot } = analyzePage(doc, URL_GLOBEX);
  return planForSnapshot(snapshot, profile).steps;
}

describe('planner: custom questions from the answer bank', () => {
  it('fills a text question asked in other words, with the reason naming where the answer came from', () => {
    const [step] = plan(card('How much notice do you have to give your current employer?', '<textarea name="cards[a][field0]"></textarea>'));
    expect(step).toMatchObject({ role: 'custom_question', action: 'fill', value: 'Three months' });
    expect(step!.reason).toContain("your answer to 'What is your notice period?' (Acme, Greenhouse, 2 Dec");
  });

  it("picks the page's option for a choice question about the company asking", () => {
    const select = '<select name="cards[b][field0]"><option value="">Select...</option><option value="y">Yes</option><option value="n">No</option></select>';
    const [step] = plan(card('Have you previously been employed by Globex?', select));
    expect(step).toMatchObject({ action: 'fill', value: 'No', optionValue: 'n' });
  });

  it('leaves a look-alike to the user, saying why', () => {
    const [step] = plan(card('How much do you currently earn?', '<input type="text" name="cards[c][field0]">'));
    expect(step?.action).toBe('needs-you');
  });
});
