import { facetConflict } from './meaning-guards';
import type { AnalyzedQuestion } from './question-analysis';

/** Same question: the answer may be filled. */
export const SAME = 0.75;
/** Perhaps the same question: the stored answer is shown to the user, not filled. */
export const SIMILAR = 0.45;

export interface QuestionMatch {
  /** 0 … 1: rarity-weighted overlap of the two questions' words and concepts. */
  score: number;
  /** Why the two cannot be the same question (a flipped meaning), if so. */
  conflict: string | null;
  /** Why they are only perhaps the same (now or in the future…), if so. */
  doubt: string | null;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
// Once the concepts agree, a closed question's other words are mostly its wording ("for this role", "e.g. H-1B").
const CLOSED_RESIDUE = 0.3;

function overlap(a: AnalyzedQuestion, b: AnalyzedQuestion): number {
  const residue = a.closed && b.closed ? CLOSED_RESIDUE : 1;
  const weight = (word: string, w: number) => (word.startsWith('#') ? w : w * residue);
  let shared = 0;
  let union = 0;
  for (const [word, w] of a.words) {
    union += weight(word, w);
    if (b.words.has(word)) shared += weight(word, w);
  }
  for (const [word, w] of b.words) if (!a.words.has(word)) union += weight(word, w);
  return union === 0 ? 0 : shared / union;
}

/** How far a stored question asks what a new one asks; flipped meanings score 0 with the reason. */
export function compareQuestions(stored: AnalyzedQuestion, asked: AnalyzedQuestion): QuestionMatch {
  const none = (conflict: string): QuestionMatch => ({ score: 0, conflict, doubt: null });
  if (stored.gateKey !== asked.gateKey) {
    if (!sameList(stored.concepts, asked.concepts)) return none(`asks about ${stored.concepts.join('+') || 'something else'}, not ${asked.concepts.join('+') || 'that'}`);
    return none(facetConflict(stored.facets, asked.facets) ?? 'another question');
  }
  if (stored.names && asked.names && !sameList(stored.names, asked.names)) {
    return none(`names ${stored.names.join(', ') || 'nothing'} / ${asked.names.join(', ') || 'nothing'}`);
  }
  if (stored.form !== 'label' && asked.form !== 'label' && stored.form !== asked.form) return none(`${stored.form} / ${asked.form} question`);
  return { score: overlap(stored, asked), conflict: null, doubt: facetConflict(stored.facets, asked.facets, true) };
}
