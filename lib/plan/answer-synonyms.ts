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
  'Prefer not to disclose',
  'I prefer not to disclose',
  'I choose not to disclose',
  'I do not wish to disclose',
  "I don't wish to disclose",
  'Decline to state',
];

const COUNTRY_NAMES: readonly (readonly string[])[] = [
  ['United States', 'United States of America', 'USA', 'US', 'U.S.', 'U.S.A.'],
  ['United Kingdom', 'UK', 'U.K.', 'Great Britain', 'Britain', 'England'],
  ['Germany', 'Deutschland', 'DE'],
  ['Netherlands', 'The Netherlands', 'Holland'],
  ['Switzerland', 'Schweiz', 'CH'],
  ['Canada', 'CA'],
  ['France', 'FR'],
  ['Spain', 'España', 'ES'],
  ['Ireland', 'IE'],
  ['Australia', 'AU'],
  ['New Zealand', 'NZ'],
  ['India', 'IN'],
  ['Austria', 'Österreich', 'AT'],
  ['Belgium', 'BE'],
  ['Denmark', 'DK'],
  ['Sweden', 'SE'],
  ['Norway'],
  ['Finland', 'FI'],
  ['Poland', 'PL'],
  ['Portugal', 'PT'],
  ['Italy', 'IT'],
  ['Singapore', 'SG'],
  ['Japan', 'JP'],
  ['Israel', 'IL'],
  ['Mexico', 'MX'],
  ['Brazil', 'BR'],
];

// Two-letter codes are too common as words ("in", "us", "no") to look for in prose; these capitalised
// abbreviations are not ("authorized to work in the US?", "sponsorship to work in the UK?").
const PROSE_ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/\b(US|USA|U\.S\.(A\.)?)(?![\w.])/, 'United States'],
  [/\b(UK|U\.K\.)(?![\w.])/, 'United Kingdom'],
];

/** Every name a country goes by, the given one first; an unknown country is its own only name. */
export function countryNames(country: string): string[] {
  const want = normalizeText(country);
  const row = countryRows().get(want);
  return row ? [country, ...row.filter((n) => n.normal !== want).map((n) => n.name)] : [country];
}

// Every spelling, normalized, to its country's row (the first row that lists it wins, as a scan would find it).
// Built on first use, not at module load: planning asks for every work-authorization question, by the thousand on
// a long form, and the popup's first paint should not wait for a table it may not need.
type Spelling = { name: string; normal: string };
let rows: Map<string, Spelling[]> | undefined;
function countryRows(): Map<string, Spelling[]> {
  if (rows) return rows;
  rows = new Map();
  for (const names of COUNTRY_NAMES) {
    const row = names.map((name) => ({ name, normal: normalizeText(name) }));
    for (const { normal } of row) if (!rows.has(normal)) rows.set(normal, row);
  }
  return rows;
}

/** Every country a question names, in the order of the table ("work in Australia or New Zealand?" → both). */
// Normalized once: questions are read by the hundred when the answer bank is matched.
const PROSE_NAMES = COUNTRY_NAMES.map((names) => ({
  country: names[0]!,
  spellings: names.filter((n) => n.replace(/\./g, '').length > 2).map((n) => ` ${normalizeText(n)} `),
}));

export function countriesInText(text: string): string[] {
  const hay = ` ${normalizeText(text)} `;
  const found = PROSE_NAMES.filter((row) => row.spellings.some((s) => hay.includes(s))).map((row) => row.country);
  for (const [re, country] of PROSE_ABBREVIATIONS) if (re.test(text) && !found.includes(country)) found.push(country);
  return found;
}

/** Which one country a question names ("authorized to work in the United States?" → "United States"). */
export function countryInText(text: string): string | undefined {
  const found = countriesInText(text);
  return found.length === 1 ? found[0] : undefined;
}
