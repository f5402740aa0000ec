import { stem } from '../tailor/stem';

/** The token that stands for "the company asking": "Why Acme?" and "Why Globex?" are one question. */
export const COMPANY_TOKEN = 'zcompany';

// Function words and the filler of application forms: they say nothing about what is asked.
const STOP = new Set(
  `a an the and or of to in on at by for from with as is are was were be been being do does did doing have has had
  you your yours youre youve youll yourself we our ours us i me my it its this that these those there here it
  if so than then also any some such please kindly will would can could should may might shall must let
  what which who whom whose when where why how e g eg ie etc n a optional required briefly brief below above
  following question answer select choose one all apply applicable describe tell share explain provide give
  outline bit little few`
    .split(/\s+/)
    .filter(Boolean),
);
// "Why here" names the company; "What brings you here" too. Keep `here` out of the stop list's effect there.
STOP.delete('here');

// British and American spellings, and words forms use for one idea. Applied word by word before stemming.
const WORD_SYNONYMS: Record<string, string> = {
  authorised: 'authorized', authorisation: 'authorization', organisation: 'organization', licence: 'license',
  programme: 'program', centre: 'center', favourite: 'favorite', behaviour: 'behavior', labour: 'labor',
  travelling: 'traveling', travelled: 'traveled', need: 'require', needs: 'require', needed: 'require',
  requires: 'require', required: 'require', requirement: 'require', job: 'role', position: 'role',
  opportunity: 'role', vacancy: 'role', opening: 'role', post: 'role', firm: 'company', organization: 'company',
  currently: 'current', presently: 'current', present: 'current', anticipate: 'expect', expecting: 'expect',
  expectation: 'expect', expectations: 'expect', expected: 'expect', desired: 'expect', wish: 'want',
  like: 'want', located: 'based', living: 'based', live: 'based', reside: 'based', residing: 'based',
  situated: 'based', eligible: 'authorized', entitled: 'authorized', permitted: 'authorized',
};

const NUMBER_WORDS: Record<string, string> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', fifteen: '15', eighteen: '18', twenty: '20', thirty: '30', forty: '40', fifty: '50',
};

const NUMBER_WORD = new RegExp(` (${Object.keys(NUMBER_WORDS).join('|')})(?= )`, 'g');

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Lower case, accents and apostrophes gone, punctuation to spaces; "%" and currency signs kept as words. */
export function plainText(raw: string): string {
  return ` ${raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/%/g, ' percent ')
    .replace(/\$/g, ' usd ')
    .replace(/€/g, ' eur ')
    .replace(/£/g, ' gbp ')
    .replace(/(\d),(\d{3})/g, '$1$2')
    .replace(/[^a-z0-9]+/g, ' ')
    // "U.S.", "U.S.A", "U.K." are one word each.
    .replace(/\bu s(?: a)?\b/g, 'usa')
    .replace(/\bu k\b/g, 'uk')
    .trim()} `.replace(NUMBER_WORD, (_, w: string) => ` ${NUMBER_WORDS[w]!}`);
}

/** The company's name as the plain text of a question writes it ("Scale-Army, Inc." → "scale army"). */
export function plainCompany(company: string): string {
  return plainText(company.replace(/[-_]+/g, ' ').replace(/\b(inc|llc|ltd|gmbh|corp|corporation|co)\b\.?/gi, ''))
    .trim();
}

const companyPatterns = new Map<string, RegExp | null>();

// "ProPublicas" (a possessive once the apostrophe is gone) and "scalearmy" (a URL slug) are the company too.
function companyPattern(company: string): RegExp | null {
  let pattern = companyPatterns.get(company);
  if (pattern === undefined) {
    const name = plainCompany(company);
    pattern = name.length < 2 ? null : new RegExp(` (?:${escapeRe(name)}|${escapeRe(name.replace(/ /g, ''))})s?(?= )`, 'g');
    if (companyPatterns.size > 1000) companyPatterns.clear();
    companyPatterns.set(company, pattern);
  }
  return pattern;
}

/** The question's plain text with every mention of the company replaced by one token. */
export function withCompanyToken(plain: string, companies: readonly string[]): string {
  let text = plain;
  for (const company of companies) {
    const pattern = companyPattern(company);
    if (pattern) text = text.replace(pattern, ` ${COMPANY_TOKEN}`);
  }
  return text;
}

/** Content words, canonical and stemmed; numbers, the company token and concept tokens ("#notice") pass as they are. */
export function contentWords(text: string): string[] {
  const words: string[] = [];
  for (const raw of text.split(' ')) {
    if (!raw || STOP.has(raw)) continue;
    // Own keys only: a question's word can be "constructor".
    const word = Object.hasOwn(WORD_SYNONYMS, raw) ? WORD_SYNONYMS[raw]! : raw;
    words.push(/\d|^#/.test(word) || word === COMPANY_TOKEN ? word : stem(word));
  }
  return words;
}
