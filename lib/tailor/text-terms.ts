import { PLAIN_PHRASES, SKILL_TERMS } from './skill-phrases';
import { stem } from './stem';
import { isStopWord } from './stop-words';
import { TECH_TERMS, type TechTerm } from './tech-synonyms';
import { tokenize, type Token } from './tokenize';

/** One mention of a term in a text: the key that makes spellings meet, and the words as written. */
export interface TermOccurrence {
  /** "tech:kubernetes" for a known technology, "skill:payments" for a known skill or domain, otherwise the stem. */
  key: string;
  /** As written in this text: "k8s", "Peer-to-Peer", "deployments". */
  surface: string;
  start: number;
  end: number;
  /** A vocabulary entry (technology, skill or domain), not a plain word. */
  technology: boolean;
}

/** Both vocabularies: named technologies, then skills and domains. */
export const VOCABULARY: readonly TechTerm[] = [...TECH_TERMS, ...SKILL_TERMS];
const SKILLS = new Set<TechTerm>(SKILL_TERMS);

const KEYS = new Map(VOCABULARY.map((t) => [t, `${SKILLS.has(t) ? 'skill' : 'tech'}:${t.label.toLowerCase()}`]));
export const techKey = (term: TechTerm): string => KEYS.get(term) ?? `tech:${term.label.toLowerCase()}`;
/** A named technology ("tech:rust"), as opposed to a skill or domain ("skill:payments") or a plain word. */
export const isTechnologyKey = (key: string): boolean => key.startsWith('tech:');
export const isVocabularyKey = (key: string): boolean => key.startsWith('tech:') || key.startsWith('skill:');
const DOMAINS = new Set(VOCABULARY.filter((t) => t.domain).map((t) => KEYS.get(t)!));
/** A business domain ("skill:payments", "tech:blockchain"), as opposed to a technology or a practice. */
export const isDomainKey = (key: string): boolean => DOMAINS.has(key);

// Phrases compare stems word by word, so "distributed hash tables" meets "distributed hash table".
const matchKey = (token: Token): string => stem(token.norm);

interface Phrase {
  keys: string[];
  /** Absent for an everyday phrase that only looks like a skill ("leading to"): its words stay plain words. */
  term?: TechTerm;
}

function buildIndex() {
  const words = new Map<string, TechTerm>();
  const exact = new Map<string, TechTerm>();
  const phrases = new Map<string, Phrase[]>();
  for (const term of VOCABULARY) {
    for (const form of term.exact ?? []) exact.set(form, term);
    for (const form of term.forms) {
      const tokens = tokenize(form);
      if (tokens.length === 1) words.set(tokens[0]!.norm, term);
      else {
        const keys = tokens.map(matchKey);
        phrases.set(keys[0]!, [...(phrases.get(keys[0]!) ?? []), { keys, term }]);
      }
    }
  }
  for (const form of PLAIN_PHRASES) {
    const keys = tokenize(form).map(matchKey);
    phrases.set(keys[0]!, [...(phrases.get(keys[0]!) ?? []), { keys }]);
  }
  for (const list of phrases.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return { words, exact, phrases };
}

const INDEX = buildIndex();

function wordTerm(token: Token): TechTerm | undefined {
  const exact = INDEX.exact.get(token.norm.length === token.surface.length ? token.surface : token.surface.replace(/['’]s$/, ''));
  if (exact) return exact;
  const word = INDEX.words.get(token.norm);
  if (word) return word;
  // A plural of a known spelling: "LLMs", "DHTs", "microservices".
  return token.norm.length > 3 && token.norm.endsWith('s') ? INDEX.words.get(token.norm.slice(0, -1)) : undefined;
}

function phraseAt(keys: readonly string[], i: number): Phrase | undefined {
  const candidates = INDEX.phrases.get(keys[i]!);
  return candidates?.find((p) => p.keys.every((key, k) => keys[i + k] === key));
}

const NUMBER = /^[\d.,]+[+#%]*$/;

// "APIs", "SDKs": an acronym's plural. The stemmer keeps a final "-is" ("analysis", "redis"), so drop the "s" here.
const wordKey = (token: Token): string => (/^[A-Z\d]{2,}s$/.test(token.surface) ? token.norm.slice(0, -1) : stem(token.norm));

/**
 * The terms of a text in order: known technologies under one key per technology (phrases first, longest
 * first), every other word by its stem. Stop words, numbers and single letters are left out.
 */
export function textTerms(text: string): TermOccurrence[] {
  const tokens = tokenize(text);
  // Each word's stem once: phrase candidates compare them word by word.
  const keys = tokens.map(matchKey);
  const out: TermOccurrence[] = [];
  let plainUntil = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const phrase = i > plainUntil ? phraseAt(keys, i) : undefined;
    if (phrase && !phrase.term) plainUntil = i + phrase.keys.length - 1;
    else if (phrase?.term) {
      const last = tokens[i + phrase.keys.length - 1]!;
      out.push({ key: techKey(phrase.term), surface: text.slice(token.start, last.end), start: token.start, end: last.end, technology: true });
      i += phrase.keys.length - 1;
      continue;
    }
    const term = i > plainUntil ? wordTerm(token) : undefined;
    if (term) {
      out.push({ key: techKey(term), surface: token.surface, start: token.start, end: token.end, technology: true });
      continue;
    }
    if (token.norm.length < 2 || NUMBER.test(token.norm) || isStopWord(token.norm)) continue;
    out.push({ key: wordKey(token), surface: token.surface, start: token.start, end: token.end, technology: false });
  }
  return out;
}

const LABELS = new Map(VOCABULARY.map((t) => [techKey(t), t.label]));

/** The display label of a technology key ("tech:kubernetes" → "Kubernetes"). */
export const techLabel = (key: string): string | undefined => LABELS.get(key);
