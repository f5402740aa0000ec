import { countryNames, countriesInText } from '../plan/answer-synonyms';
import { LANGUAGES } from './meaning-guards';
import { plainText } from './question-text';

// Capitalised words inside a sentence name something: a place ("our London office"), a product ("Kotlin"), a
// company, a certification ("CPA"). Two questions naming different things ask different things, whatever their
// other words share. Labels written in Title Case capitalise everything, so there the names say nothing.

const NOT_NAMES = new Set(
  `i im ive id yes no n a ok please if the a an our your we you us uk usa eu e g ie eg mm yy dd am pm est pst cet
  january february march april may june july august september october november december monday tuesday wednesday
  thursday friday saturday sunday optional required note`
    .split(/\s+/)
    .filter(Boolean),
);

const SKIP = new Set([...NOT_NAMES, ...LANGUAGES]);
const WORD = /[A-Za-z][\w&'’.+#-]*/g;

function isTitleCase(text: string): boolean {
  const words = text.match(/[A-Za-z]{4,}/g) ?? [];
  const caps = words.filter((w) => /^[A-Z]/.test(w)).length;
  return words.length > 0 && caps / words.length >= 0.5;
}

/** Plain forms of the names a question uses, or null when its capitals say nothing (Title Case, ALL CAPS). */
export function properNames(text: string, exclude: readonly string[]): string[] | null {
  if (isTitleCase(text)) return null;
  const names = new Set<string>();
  for (const sentence of text.split(/[.?!:;()\n"“”]+(?:\s|$)|\s[-–—]\s/)) {
    const words = sentence.match(WORD) ?? [];
    words.forEach((word, i) => {
      if (i === 0 || !/^[A-Z]/.test(word)) return;
      for (const part of plainText(word).trim().split(' ')) if (part.length > 1 && !SKIP.has(part)) names.add(part);
    });
  }
  if (names.size === 0) return [];
  // Countries and languages have facets of their own (meaning-guards.ts); the company is a placeholder.
  const countries = countriesInText(text).flatMap(countryNames);
  const also = new Set([...exclude, ...countries].flatMap((e) => plainText(e).trim().split(' ')));
  return [...names].filter((n) => !also.has(n)).sort();
}

// Who asks "Why do you want to join Globex?" when the caller does not say: the capitalised name after the
// words that introduce an employer. Accepted only if the question then reads as one about the company.
const EMPLOYER_NAME =
  /(?:\b(?:at|for|join|joining|about|by|to)\s+|^\s*[Ww]hy\s+)((?:[A-Z][\w&'’.-]*)(?:\s+(?:[A-Z][\w&'’.-]*|&))*)/g;

export function companyGuesses(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(EMPLOYER_NAME)) {
    const name = m[1]!.replace(/['’]s$/, '').replace(/[.]+$/, '');
    if (!/^[A-Z]/.test(name)) continue;
    const plain = plainText(name).trim();
    if (!plain || plain.split(' ').every((w) => NOT_NAMES.has(w) || w === 'this' || w === 'the')) continue;
    found.push(name);
  }
  return found;
}
