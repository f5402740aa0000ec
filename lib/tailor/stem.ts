// A light English suffix stripper in the spirit of Porter (1980). It is not Porter: Porter keeps "scaling" →
// "scale" apart from "scalable" → "scalabl", and "deploying" → "deploi" apart from "deployment" → "deploy". Here
// the goal is only that the forms a CV and a job ad use for one idea meet, and that the rules stay readable:
//
// 1. Inflections (words of 4+ letters): -sses → -ss, -ies/-ied → -y, -eed → -ee, a plural -s (not -ss, -us,
//    -is), then -ed or -ing when a vowel stays in front; a doubled final consonant left behind is undoubled
//    ("planning" → "plan"), except ll, ss, zz.
// 2. Up to three rounds of: drop a final -e, then the longest derivational suffix of the list below that
//    leaves at least 4 letters with a vowel ("scalable" → "scalabl" → "scal", "containerization" →
//    "container" → "contain").
// 3. A final -y becomes -i, so "rely" and "reliable" meet at "reli".
//
// Only plain a–z words are stemmed: c++, k8s, node.js, p2p and words with accents pass through unchanged.

// Longest first. Written without a final -e because step 2 drops it first: "-abl" is "-able", "-iz" is "-ize".
const SUFFIXES = [
  'izational', 'ibility', 'ability', 'ization', 'isation', 'iveness', 'fulness', 'ousness', 'ational', 'ivity',
  'ation', 'ition', 'ative', 'ator', 'ment', 'ness', 'ship', 'ancy', 'ency', 'ably', 'ibly', 'ally', 'ical',
  'ful', 'ous', 'ism', 'ist', 'ity', 'ion', 'abl', 'ibl', 'enc', 'anc', 'ent', 'ant', 'al', 'iz', 'is', 'iv',
  'ic', 'at', 'er', 'or', 'ly',
] as const;

const PLAIN_WORD = /^[a-z]+$/;
const VOWEL = /[aeiouy]/;
const MIN_INFLECTED = 3;
const MIN_DERIVED = 4;

function stripInflection(word: string): string {
  let w = word;
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);

  if (w.endsWith('eed')) return w.slice(0, -1);
  if (w.endsWith('ied') && w.length > 4) return `${w.slice(0, -3)}y`;
  for (const ending of ['ing', 'ed']) {
    const base = w.slice(0, -ending.length);
    if (w.endsWith(ending) && base.length >= MIN_INFLECTED && VOWEL.test(base)) {
      return /([^aeiouylsz])\1$/.test(base) ? base.slice(0, -1) : base;
    }
  }
  return w;
}

function stripDerivation(word: string): string {
  let w = word;
  for (let round = 0; round < 3; round++) {
    const before = w;
    if (w.endsWith('e') && w.length > MIN_INFLECTED) w = w.slice(0, -1);
    const suffix = SUFFIXES.find((s) => w.endsWith(s) && w.length - s.length >= MIN_DERIVED && VOWEL.test(w.slice(0, -s.length)));
    if (suffix) w = w.slice(0, -suffix.length);
    if (w === before) break;
  }
  return w;
}

// Job descriptions repeat words; ranking stems every word of every bullet. Cleared when it grows past a
// vocabulary no CV or posting reaches, so a long-lived popup cannot grow it without bound.
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

export function stem(word: string): string {
  if (word.length < 4 || !PLAIN_WORD.test(word)) return word;
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  let w = stripDerivation(stripInflection(word));
  if (w.endsWith('y') && w.length > MIN_INFLECTED) w = `${w.slice(0, -1)}i`;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, w);
  return w;
}
