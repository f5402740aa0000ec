/**
 * Secrets and identifiers the profile never holds as such: a password box, a PIN, a security answer, a government
 * id, a date of birth. They are never filled, whatever else their label mentions ("Portfolio … Password").
 */
const SECRETS: ReadonlyArray<[RegExp, string]> = [
  [/pass\s?(word|code|phrase)/i, 'a password'],
  [/\bpin( code| number)?\b/i, 'a PIN'],
  [/security (question|answer)|secret (question|answer)|mother'?s maiden/i, 'a security answer'],
  [/social security (number|no\b|#)|\bssn\b|\bsin number\b|national (insurance|id(entity)?) (number|no)|\bnino\b|\btax (id|identification|file)( number)?\b|\bi\.?t\.?i\.?n\b|\bnric\b/i, 'a government id'],
  [/(passport|driver'?s?'? licen[cs]e|licen[cs]e|identity card|id card|\bid\b|identification) (number|no\.?|#)|\bgovernment[- ]issued id( number)?\s*$/i, 'a government id'],
  [/date of birth|birth\s?date|\bd\.?o\.?b\b|\bborn on\b/i, 'your date of birth'],
];

/** What secret a field asks for, from its type and what a person reads, or null. */
// Examples in brackets name documents, they do not ask for them: "(e.g., passport, social security card)".
const EXAMPLES = /\(\s*(e\.?g\.?|i\.?e\.?|such as|for example|like)\b[^)]*\)/gi;
// A paragraph (a consent text with a box to sign) may mention any of these without asking for one.
const MAX_WORDS = 24;

export function secretAsked(type: string, texts: readonly string[]): string | null {
  if (type === 'password') return 'a password';
  for (const raw of texts) {
    const text = raw.replace(EXAMPLES, ' ');
    if (text.split(/\s+/).length > MAX_WORDS) continue;
    const hit = SECRETS.find(([re]) => re.test(text));
    if (hit) return hit[1];
  }
  return null;
}
