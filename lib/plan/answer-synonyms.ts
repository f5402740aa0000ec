import { normalizeText } from '../fields/text-normalize';

/** Answer texts that mean the same on real forms, best first. Small on purpose: a miss asks the user. */
export const YES = ['Yes', 'Y', 'True'];
export const NO = ['No', 'N', 'False'];

export const DECLINE = [
  'Decline to self-identify',
  'Decline To Self Identify',
  'I decline to self-identify',
  "I don't wish to answer",
  'I do not wish to answer',
  'I do not want to answer',
  'Prefer not to say',
  'Prefer not to answer',
  'I prefer not to answer',
  'I prefer not to say',
  'Decline to answer',
  'Choose not to disclose',
];

const COUNTRY_NAMES: readonly (readonly string[])[] = [
  ['United States', 'United States of America', 'USA', 'US', 'U.S.', 'U.S.A.', 'America'],
  ['United Kingdom', 'UK', 'U.K.', 'Great Britain', 'Britain', 'England'],
  ['Germany', 'Deutschland', 'DE'],
  ['Netherlands', 'The Netherlands', 'Holland'],
  ['Switzerland', 'Schweiz', 'CH'],
  ['Canada', 'CA'],
  ['France', 'FR'],
  ['Spain', 'España', 'ES'],
  ['Ireland', 'IE'],
  ['Australia', 'AU'],
  ['India', 'IN'],
];

/** Every name a country goes by, the given one first; an unknown country is its own only name. */
export function countryNames(country: string): string[] {
  const want = normalizeText(country);
  const row = COUNTRY_NAMES.find((names) => names.some((n) => normalizeText(n) === want));
  return row ? [country, ...row.filter((n) => normalizeText(n) !== want)] : [country];
}

/** Which country a question names, if any ("authorized to work in the United States?" → "United States"). */
export function countryInText(text: string): string | undefined {
  const hay = ` ${normalizeText(text)} `;
  for (const names of COUNTRY_NAMES) {
    // Two-letter codes are too common as words ("in", "us") to find in prose.
    if (names.some((n) => n.replace(/\./g, '').length > 2 && hay.includes(` ${normalizeText(n)} `))) return names[0];
  }
  return undefined;
}
