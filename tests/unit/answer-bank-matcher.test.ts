import { describe, expect, it } from 'vitest';
import { answerFromBank, prepareBank } from '../../lib/answers/answer-from-bank';
import type { BankEntry } from '../../lib/answers/answer-source';
import { parseBankFile } from '../../lib/answers/bank-file';

const NOW = new Date('2026-12-05T12:00:00Z');
const notice: BankEntry = { question: 'What is your notice period?', answer: 'Three months', company: 'Acme', ats: 'lever', savedAt: '2026-12-02T09:00:00.000Z' };
const opts = (...texts: string[]) => [{ value: '', text: 'Select...' }, ...texts.map((text, i) => ({ value: `o${i}`, text }))];
const ask = (bank: BankEntry[], question: string, extra: { options?: ReturnType<typeof opts>; company?: string } = {}) =>
  answerFromBank(prepareBank(bank), { question, ...extra }, NOW);

describe('answer bank: where an answer came from', () => {
  it("names the question, company, ATS and date it was first given: \"your answer to '…' (Acme, Lever, 2 Dec)\"", () => {
    const result = ask([notice], 'How much notice do you need to give your current employer?', { company: 'Globex' });
    expect(result.answer).toBe('Three months');
    expect(result.reason).toBe("your answer to 'What is your notice period?' (Acme, Lever, 2 Dec)");
    expect(result.from).toBe(notice);
  });

  it('writes the year of an answer saved in another year', () => {
    const old = { ...notice, savedAt: '2025-03-14T09:00:00.000Z' };
    expect(ask([old], 'Notice period').reason).toContain('(Acme, Lever, 14 Mar 2025)');
  });
});

describe('answer bank: choice questions', () => {
  it('picks the new option that is the stored answer, exactly first', () => {
    const bank = [{ question: 'What is your age range?', answer: '30-39' }];
    const result = ask(bank, 'Please select your age range', { options: opts('18-29', '30-39', '40-49') });
    expect(result).toMatchObject({ answer: '30-39', optionValue: 'o1' });
  });

  it('then through the synonym table: "Yes, I am" fits "Yes"; a hedged answer fits nothing', () => {
    const bank = [{ question: 'Are you willing to relocate?', answer: 'Yes, I am willing to relocate' }];
    expect(ask(bank, 'Are you open to relocation?', { options: opts('Yes', 'No') })).toMatchObject({ answer: 'Yes' });
    const hedged = [{ question: 'Are you willing to relocate?', answer: 'No, but I would for the right role' }];
    const result = ask(hedged, 'Are you open to relocation?', { options: opts('Yes', 'No') });
    expect(result.answer).toBeNull();
    expect(result.reason).toContain('no option fits');
    expect(result.candidate?.answer).toBe('No, but I would for the right role');
  });
});

describe('answer bank: when it leaves the question to you', () => {
  it('shows the candidate of a weak match instead of filling it', () => {
    const bank = [{ question: 'How do you use AI in your work?', answer: 'Daily, for code review' }];
    const result = ask(bank, 'How do you use AI tools in your work?');
    expect(result.answer).toBeNull();
    expect(result.candidate?.answer).toBe('Daily, for code review');
    expect(result.reason).toMatch(/^perhaps the same question: your answer to 'How do you use AI in your work\?' was "Daily, for code review"$/);
  });

  it('two different stored answers to the same question compete: needs you, both shown', () => {
    const bank = [
      { question: 'What are your salary expectations?', answer: '€70,000' },
      { question: 'What is your desired salary?', answer: '€85,000' },
    ];
    const result = ask(bank, 'Expected salary');
    expect(result.answer).toBeNull();
    expect(result.reason).toContain('two stored answers compete');
  });

  it('a newer answer to the very same question replaces the older one', () => {
    const bank = [
      { question: 'What are your salary expectations?', answer: '€70,000', savedAt: '2026-01-01T00:00:00.000Z' },
      { question: 'What are your salary expectations?', answer: '€80,000', savedAt: '2026-11-01T00:00:00.000Z' },
    ];
    expect(ask(bank, 'What is your desired salary?').answer).toBe('€80,000');
  });

  it('a flipped meaning is not even a candidate', () => {
    const result = ask([{ question: 'What is your current salary?', answer: '€60,000' }], 'What are your salary expectations?');
    expect(result).toMatchObject({ answer: null, reason: 'no stored answer asks the same thing' });
    expect(result.candidate).toBeUndefined();
  });
});

describe('answer bank: company-specific text', () => {
  const why: BankEntry = { question: 'Why do you want to work at Acme?', answer: "Acme's tools shaped how I work; I want to build them at Acme.", company: 'Acme' };

  it('puts the new company in when both questions ask about the company asking', () => {
    const result = ask([why], 'Why do you want to join Globex?', { company: 'Globex' });
    expect(result.answer).toBe("Globex's tools shaped how I work; I want to build them at Globex.");
    expect(result.reason).toContain('Acme replaced by Globex');
  });

  it('flags an answer that names the old company where replacing is not safe', () => {
    const bank = [{ question: 'Why are you interested in this role?', answer: 'I loved my time at Acme and want more of it.', company: 'Acme' }];
    const result = ask(bank, 'What excites you about this opportunity?', { company: 'Globex' });
    expect(result.answer).toBeNull();
    expect(result.reason).toMatch(/^mentions Acme: check/);
  });

  it('keeps the text as it is for the same company', () => {
    expect(ask([why], 'What excites you about working at Acme?', { company: 'Acme' }).answer).toBe(why.answer);
  });
});

describe('bank files', () => {
  it('takes a bare array, the stored format, or a profile holding answerBank', () => {
    expect(parseBankFile([{ question: 'Q?', answer: 'A' }])).toEqual([{ question: 'Q?', answer: 'A' }]);
    expect(parseBankFile({ answerBank: [notice] })).toEqual([notice]);
    expect(parseBankFile({ identity: { answerBank: [notice] } })).toEqual([notice]);
  });

  it('names the entry and field that is wrong', () => {
    expect(() => parseBankFile([{ question: 'Q?', answer: 'A' }, { question: 'Q2?' }])).toThrow('entry [1].answer: expected string');
    expect(() => parseBankFile({ answerBank: [{ question: '', answer: 'A' }] })).toThrow(/^answerBank\[0\]\.question: /);
    expect(() => parseBankFile({ nothing: true })).toThrow('expected a JSON array of {question, answer}');
  });
});
