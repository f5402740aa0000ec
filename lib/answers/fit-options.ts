import type { FieldOption } from '../fields/field-descriptor';
import { normalizeText } from '../fields/text-normalize';
import { DECLINE, NO, YES } from '../plan/answer-synonyms';
import { matchOption, type OptionMatch } from '../plan/option-match';

// "Yes, I am authorized" answers a Yes/No question with "Yes"; "No, but I would relocate" does not answer it.
const HEDGE = /\b(but|however|although|though|except|unless|only|depend|depends|maybe|not sure)\b/;

/** The answer, then its synonyms (yes/no/decline), as candidates for a choice question's options. */
export function answerCandidates(answer: string): string[] {
  const plain = normalizeText(answer);
  const candidates = [answer];
  const table = [YES, NO, DECLINE].find((t) => t.some((s) => normalizeText(s) === plain));
  if (table) return [...candidates, ...table];
  if (HEDGE.test(plain)) return candidates;
  if (/^yes\b/.test(plain)) candidates.push(...YES);
  else if (/^no\b/.test(plain)) candidates.push(...NO);
  return candidates;
}

/** Which of the new options the stored answer is: exact first, then the synonym table; never a guess. */
export function fitOptions(answer: string, options: readonly FieldOption[]): OptionMatch {
  return matchOption(options, answerCandidates(answer));
}
