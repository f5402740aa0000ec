import { countriesInText } from '../plan/answer-synonyms';

// What flips a question's meaning while leaving most words alone: another language, age, percentage or number,
// another country, now or in the future, "without", base or total pay, per hour or per year, another currency.
// Two questions may share an answer only when every facet below agrees. Each facet is a set of words found.

export const LANGUAGES = `english french german spanish italian portuguese dutch polish russian ukrainian chinese mandarin
cantonese japanese korean arabic hebrew hindi urdu bengali punjabi tamil telugu turkish greek swedish norwegian
danish finnish icelandic czech slovak hungarian romanian bulgarian serbian croatian slovenian vietnamese thai
indonesian malay tagalog filipino swahili persian farsi catalan basque estonian latvian lithuanian afrikaans`
  .split(/\s+/)
  .filter(Boolean);

interface FacetRule {
  name: string;
  words: ReadonlyArray<[string, RegExp]>;
}

const rule = (name: string, words: Record<string, string>): FacetRule => ({
  name,
  words: Object.entries(words).map(([key, re]) => [key, new RegExp(` (?:${re}) `)]),
});

const RULES: readonly FacetRule[] = [
  rule('time', { now: 'now|immediately|at this time|today|right now', future: 'future|at any point' }),
  rule('negation', { without: 'without|unrestricted|no restriction|not requiring|not require', not: 'not|never|unable|no longer|cannot|cant|dont|do not' }),
  rule('pay basis', {
    base: 'base', total: 'total|ote|on target|bonus|equity|including', gross: 'gross', net: 'net',
    hourly: 'hourly|per hour|an hour|hour rate', daily: 'daily|per day|day rate', monthly: 'monthly|per month|a month|p m|pm',
    annual: 'annual|annually|yearly|per year|a year|per annum|p a',
  }),
  rule('currency', { usd: 'usd|dollars?|us dollars', eur: 'eur|euros?', gbp: 'gbp|pounds?|sterling', chf: 'chf', cad: 'cad', aud: 'aud', inr: 'inr|lakhs?|ctc' }),
  rule('hours', { fulltime: 'full time|fulltime', parttime: 'part time|parttime' }),
  rule('scope', { family: 'family|relatives?|spouse|related', friend: 'friends?' }),
];

// Facets that make a question likely, not surely, another one: "Do you require sponsorship?" and "…now or in the
// future?" often share an answer, but not always (a student visa), so the stored answer is shown, not filled.
const SOFT = new Set(['time']);

export type Facets = Record<string, string[]>;

/** The facets that must agree, as one string: questions with different keys never share an answer. */
export function hardFacetKey(facets: Facets): string {
  return Object.keys(facets)
    .filter((name) => !SOFT.has(name))
    .map((name) => `${name}=${facets[name]!.join('+')}`)
    .join(';');
}

/** Every facet of a question, from its plain text (question-text.ts) and its original wording (for countries). */
export function facetsOf(plain: string, original: string): Facets {
  const facets: Facets = {};
  for (const r of RULES) facets[r.name] = r.words.filter(([, re]) => re.test(plain)).map(([key]) => key);
  facets.language = LANGUAGES.filter((l) => plain.includes(` ${l} `));
  const countries = new Set(countriesInText(original));
  // "the U.S?" and "the U.K" escape the prose abbreviations (no final dot); their plain text does not.
  if (/ usa /.test(plain)) countries.add('United States');
  if (/ uk /.test(plain)) countries.add('United Kingdom');
  facets.country = [...countries].sort();
  facets.number = [...new Set(plain.match(/ \d+(?= )/g)?.map((n) => n.trim()) ?? [])].sort();
  return facets;
}

/** The first facet on which two questions differ ("language: french / german"), or null when all agree. */
export function facetConflict(a: Facets, b: Facets, soft = false): string | null {
  for (const name of Object.keys(a)) {
    if (SOFT.has(name) !== soft) continue;
    const x = a[name] ?? [];
    const y = b[name] ?? [];
    if (x.length !== y.length || x.some((v) => !y.includes(v))) return `${name}: ${x.join('+') || 'none'} / ${y.join('+') || 'none'}`;
  }
  return null;
}
