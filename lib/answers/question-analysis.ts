import { countryNames } from '../plan/answer-synonyms';
import { facetsOf, hardFacetKey, type Facets } from './meaning-guards';
import { CONCEPTS } from './paraphrases';
import { companyGuesses, properNames } from './proper-names';
import { COMPANY_TOKEN, contentWords, plainText, withCompanyToken } from './question-text';
import { rarity } from './question-word-rarity';

/** Yes/no questions, open questions, and labels that are neither ("Visa sponsorship"). */
export type QuestionForm = 'yes-no' | 'open' | 'label';

export interface AnalyzedQuestion {
  text: string;
  /** Concept names found (paraphrases.ts), sorted. */
  concepts: string[];
  /** Every concept found is closed: it says all that is asked. */
  closed: boolean;
  /** Content word → its weight (rarity; concept tokens weigh most). */
  words: Map<string, number>;
  facets: Facets;
  names: string[] | null;
  form: QuestionForm;
  /** The company's name as this question writes it, when it names the company asking. */
  company: string | null;
  /** Concepts and hard facets in one string: two questions can be the same only if their keys are equal. */
  gateKey: string;
}

const CONCEPT_WEIGHT = 3;
const COMPANY_CONCEPTS = new Set(['motivecompany', 'howheard', 'formeremployee', 'currentemployee', 'relatives', 'referrer']);
const YES_NO_START = /^(?:are|is|do|does|did|have|has|had|will|would|can|could|should|were|was|may|shall)\b/;
const OPEN_START =
  /^(?:what|which|who|whom|whose|when|where|why|how|is there anything|please|describe|tell|share|explain|list|provide|give|write|include|enter|state|walk|outline|detail|introduce|(?:can|could|would) you (?:please )?(?:tell|describe|share|explain|walk|provide|give|list|outline|detail|introduce|elaborate))\b/;

const spellings = new Map<string, string[]>();
function countrySpellings(country: string): string[] {
  let hit = spellings.get(country);
  if (!hit) spellings.set(country, (hit = countryNames(country).map((n) => plainText(n))));
  return hit;
}

function formOf(text: string): QuestionForm {
  const sentences = text.split(/(?<=[?.!])\s+/);
  const asked = sentences.find((s) => s.trim().endsWith('?')) ?? sentences[0] ?? '';
  // "If yes, …", "In 150 words or fewer, …": the question starts after the lead-in.
  const core = plainText(asked.replace(/^\s*(?:if|in|for|as|at|to|when|given|since|assuming|based on|from)\b[^,?]{0,60},\s*/i, '')).trim();
  if (OPEN_START.test(core)) return 'open';
  if (YES_NO_START.test(core)) return 'yes-no';
  return 'label';
}

function conceptsIn(text: string): { text: string; found: string[]; closed: boolean } {
  let rest = text;
  const found: string[] = [];
  let closed = true;
  for (const concept of CONCEPTS) {
    // A match is consumed: later, looser patterns must not read the same words again.
    const next = rest.replace(concept.pattern, ` #${concept.name}`);
    if (next !== rest) {
      found.push(concept.name);
      closed &&= concept.closed;
      rest = next;
    }
  }
  return { text: rest, found: found.sort(), closed: closed && found.length > 0 };
}

function withCompany(plain: string, text: string, companies: readonly string[]): { text: string; company: string | null } {
  const named = companies.find((c) => withCompanyToken(plain, [c]).includes(COMPANY_TOKEN));
  if (named) return { text: withCompanyToken(plain, [named]), company: named };
  if (companies.length) return { text: plain, company: null };
  // The caller did not say who asks (a bank file of bare questions): the name after "join", "at", "why"…, kept
  // only if the question then asks about the company (why it, heard of it, worked there).
  for (const guess of companyGuesses(text)) {
    const replaced = withCompanyToken(plain, [guess]);
    if (conceptsIn(replaced).found.some((c) => COMPANY_CONCEPTS.has(c))) return { text: replaced, company: guess };
  }
  return { text: plain, company: null };
}

export function analyzeQuestion(text: string, companies: readonly string[] = []): AnalyzedQuestion {
  const plain = plainText(text);
  const { text: tokenized, company } = withCompany(plain, text, companies);
  const { text: rest, found: conceptsFound, closed } = conceptsIn(tokenized);
  // A question about sponsorship is about sponsorship, whatever it says of authorization around it ("require
  // sponsorship for work authorization"); "authorized … without sponsorship" is told apart by the negation facet.
  const found = conceptsFound.includes('sponsorship') ? conceptsFound.filter((c) => c !== 'workauthorized') : conceptsFound;
  const words = new Map<string, number>();
  const facets = facetsOf(plain, text);
  // Countries are a facet of their own: "the US" and "the United States" must not differ by their words.
  let tokenText = rest;
  for (const country of facets.country!) for (const name of countrySpellings(country)) tokenText = tokenText.split(name).join(' ');
  for (const word of contentWords(tokenText)) {
    const weight = word.startsWith('#') ? CONCEPT_WEIGHT : word === COMPANY_TOKEN ? 1 : rarity(word);
    words.set(word, weight);
  }
  return {
    text,
    concepts: found,
    closed,
    words,
    facets,
    // Names the concept patterns read ("LGBTQ+", "Text/SMS") are wording, not a named thing.
    names: properNames(text, company ? [company] : [])?.filter((n) => rest.includes(` ${n} `)) ?? null,
    form: formOf(text),
    company,
    gateKey: `${found.join('+')}|${hardFacetKey(facets)}`,
  };
}
