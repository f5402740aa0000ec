/**
 * Does a label read as a question to answer in prose rather than the name of a profile field? "Why are you
 * interested in this position?" mentions a role word but asks for an essay; "LinkedIn Profile" names a field.
 */
// Essay prompts, and yes/no questions ("Do you have a LinkedIn profile?" asks whether, not for the URL).
const PROSE_OPENERS =
  /^(why|tell|describe|explain|share|give|walk|talk|list|in your own words|please (describe|explain|tell|share|elaborate)|how (do|did|would|have|has|are|will|can)|what (do|did|would|excites|interests|makes|about|are|was|is the|attracts)|which .* (do|did|would)|if (you|so)|(do|does|did|are|is|were|have|has|had|will|would|can|could) you)\b/i;

const MAX_FIELD_NAME_WORDS = 10;

export function isQuestionProse(label: string): boolean {
  const text = label.trim();
  if (PROSE_OPENERS.test(text)) return true;
  return text.split(/\s+/).length > MAX_FIELD_NAME_WORDS;
}

/**
 * "If yes, …", "If you are on a visa, …", "If you're a member of a community we haven't mentioned…": a follow-up
 * to another answer. It may mention a role word (visa, referral, disability) but never asks for the profile's value.
 */
export function isConditionalFollowUp(label: string): boolean {
  return /^if\b/i.test(label.trim());
}

// "What are your pronouns?", "Please enter your Legal Name": a question that only wraps the name of a field.
const ASKS_FOR = /^(?:what(?:'s| is| are)|please (?:enter|provide|give|share|state)|enter|provide) (?:your|the) (.{1,60}?)\s*\??$/i;
const MAX_ASKED_WORDS = 5;

/** The field a short "what is your X?" question asks for ("pronouns", "Legal Name"), or undefined. */
export function fieldAskedFor(label: string): string | undefined {
  const tail = ASKS_FOR.exec(label.trim())?.[1];
  return tail && tail.split(/\s+/).length <= MAX_ASKED_WORDS ? tail : undefined;
}

// Words that qualify a field name without changing what it asks for. "Favourite GitHub project" keeps
// "favourite project" once "GitHub" is taken out: not a filler, so that question is not the GitHub field.
const FILLER = new Set([
  'full', 'legal', 'first', 'last', 'given', 'family', 'current', 'personal', 'preferred', 'primary', 'mobile',
  'cell', 'profile', 'url', 'link', 'address', 'number', 'handle', 'page', 'e', 'mail', 'of', 'residence', 'home',
]);

/** Is `text` a field name and nothing more, once the words `pattern` matched are taken out? */
export function isOnlyFieldName(text: string, pattern: RegExp): boolean {
  // Whole words go: "pronouns" leaves nothing of /pronoun/, not a stray "s".
  const rest = text.replace(new RegExp(`[\\w-]*(?:${pattern.source})[\\w-]*`, pattern.flags.replace('g', '') + 'g'), ' ');
  return rest
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean)
    .every((word) => FILLER.has(word));
}
