/**
 * Does a label read as a question to answer in prose rather than the name of a profile field? "Why are you
 * interested in this position?" mentions a role word but asks for an essay; "LinkedIn Profile" names a field.
 */
const PROSE_OPENERS =
  /^(why|tell|describe|explain|share|give|walk|talk|list|in your own words|please (describe|explain|tell|share|elaborate)|how (do|did|would|have|has|are|will|can)|what (do|did|would|excites|interests|makes|about|are|was|is the|attracts)|which .* (do|did|would)|if (you|so))\b/i;

const MAX_FIELD_NAME_WORDS = 10;

export function isQuestionProse(label: string): boolean {
  const text = label.trim();
  if (PROSE_OPENERS.test(text)) return true;
  return text.split(/\s+/).length > MAX_FIELD_NAME_WORDS;
}
