import { describe, expect, it } from 'vitest';
import { matchOption } from '../../lib/plan/option-match';
import { countryInText, countryNames, DECLINE, NO, YES } from '../../lib/plan/answer-synonyms';

const opts = (...texts: string[]) => [{ value: '', text: 'Select...' }, ...texts.map((t) => ({ value: t, text: t }))];

describe('matchOption', () => {
  it('picks the exact option, ignoring case, accents and punctuation', () => {
    const m = matchOption(opts('Yes', 'No'), YES);
    expect(m).toMatchObject({ kind: 'one', option: { text: 'Yes' } });
    expect(matchOption(opts('Münster', 'Berlin'), ['munster'])).toMatchObject({ kind: 'one', option: { text: 'Münster' } });
  });

  it('falls back to an option that starts with the answer as a whole word', () => {
    expect(matchOption(opts('Yes, I am authorized', 'No, I am not'), NO)).toMatchObject({ kind: 'one', option: { text: 'No, I am not' } });
    expect(matchOption(opts('Yesterday', 'Nope'), YES)).toEqual({ kind: 'none' });
  });

  it('takes an answer written with a dial code or a bracketed note, before any looser match', () => {
    const countries = opts('United States +1', 'United States Minor Outlying Islands +1', 'Germany +49');
    expect(matchOption(countries, ['United States', 'USA'])).toMatchObject({ kind: 'one', option: { text: 'United States +1' } });
    expect(matchOption(opts('Germany (DE)', 'Germany, Federal Republic'), ['Germany'])).toMatchObject({ kind: 'one', option: { text: 'Germany (DE)' } });
  });

  it('is ambiguous when two options fit equally well, and never guesses', () => {
    expect(matchOption(opts('Yes, full time', 'Yes, part time', 'No'), YES).kind).toBe('ambiguous');
  });

  it('finds the decline option under its many spellings', () => {
    for (const text of ['Decline To Self Identify', "I don't wish to answer", 'Prefer not to say']) {
      expect(matchOption(opts('Male', 'Female', text), DECLINE)).toMatchObject({ kind: 'one', option: { text } });
    }
  });

  it('never picks the placeholder', () => {
    expect(matchOption(opts('A', 'B'), ['Select...'])).toEqual({ kind: 'none' });
  });
});

describe('country names', () => {
  it('knows the usual names of a country', () => {
    expect(countryNames('USA')).toContain('United States');
    expect(countryInText('Are you legally authorized to work in the United States?')).toBe('United States');
    expect(countryInText('Are you authorized to work in the country where this job is located?')).toBeUndefined();
  });
});
