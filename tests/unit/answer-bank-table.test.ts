import { describe, expect, it } from 'vitest';
import { answerFromBank, prepareBank } from '../../lib/answers/answer-from-bank';
import { QUESTION_PAIRS, type QuestionPair } from './answer-pairs';

function ask(pair: QuestionPair) {
  const answer = pair.answer ?? 'A stored answer';
  const bank = prepareBank([{ question: pair.stored, answer, ...(pair.at ? { company: pair.at[0] } : {}) }]);
  const options = pair.options?.map((text) => ({ value: text.toLowerCase(), text }));
  return answerFromBank(bank, { question: pair.asked, ...(options ? { options } : {}), ...(pair.at ? { company: pair.at[1] } : {}) });
}

describe('answer bank on the question-pair table', () => {
  const results = QUESTION_PAIRS.map((pair) => ({ pair, result: ask(pair) }));
  const answered = results.filter((r) => r.result.answer !== null);
  const wrong = answered.filter((r) => !r.pair.same);
  const shouldMatch = results.filter((r) => r.pair.same);
  const found = shouldMatch.filter((r) => r.result.answer !== null);
  const precision = answered.length ? (answered.length - wrong.length) / answered.length : 1;
  const recall = found.length / shouldMatch.length;

  it('holds at least 150 pairs, both kinds', () => {
    expect(QUESTION_PAIRS.length).toBeGreaterThanOrEqual(150);
    expect(shouldMatch.length).toBeGreaterThan(50);
    expect(results.length - shouldMatch.length).toBeGreaterThan(50);
  });

  it('never answers a look-alike (precision 1.0) and finds at least 85 % of the paraphrases', () => {
    const missed = shouldMatch.filter((r) => r.result.answer === null);
    console.log(
      `answer bank table: ${results.length} pairs (${shouldMatch.length} same, ${results.length - shouldMatch.length} look-alikes); ` +
        `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}` +
        (missed.length ? `\n  missed:\n${missed.map((r) => `    '${r.pair.stored}' ~ '${r.pair.asked}': ${r.result.reason}`).join('\n')}` : ''),
    );
    expect(wrong.map((r) => `'${r.pair.stored}' answered '${r.pair.asked}' (${r.result.reason})`)).toEqual([]);
    expect(precision).toBe(1);
    expect(recall).toBeGreaterThanOrEqual(0.85);
  });

  it('answers a choice question with one of its own options, and a text question with the stored text', () => {
    for (const { pair, result } of found) {
      if (pair.options) expect(pair.options).toContain(result.answer);
      else if (!pair.at) expect(result.answer).toBe(pair.answer ?? 'A stored answer');
    }
  });
});
