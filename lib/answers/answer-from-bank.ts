import type { FieldOption } from '../fields/field-descriptor';
import { normalizeText } from '../fields/text-normalize';
import { answerSource, type BankEntry } from './answer-source';
import { checkCompanyMentions } from './company-mentions';
import { fitOptions } from './fit-options';
import { compareQuestions, SAME, SIMILAR } from './match-score';
import { analyzeQuestion, type AnalyzedQuestion } from './question-analysis';

export interface PreparedEntry {
  entry: BankEntry;
  question: AnalyzedQuestion;
  /** Normalized question and answer: two entries with the same answer never compete. */
  questionKey: string;
  answerKey: string;
}

/** The analysed bank, grouped by what two questions must share to be the same (gateKey): a new question is
 * compared only with its own group, so a form of 40 questions against 500 answers makes a few hundred comparisons. */
export interface PreparedBank {
  entries: PreparedEntry[];
  groups: Map<string, PreparedEntry[]>;
}

export interface AskedQuestion {
  question: string;
  /** A choice question's options (placeholders are ignored). */
  options?: readonly FieldOption[];
  /** The company asking, when known (the page's company). */
  company?: string;
}

/** The bank's verdict: an answer to fill, or null with the best candidate for the user to look at. */
export interface BankAnswer {
  answer: string | null;
  /** Choice questions: the option value to select. */
  optionValue?: string;
  from: BankEntry | null;
  score: number;
  reason: string;
  /** When the answer is left to the user: the stored answer that came closest, to show beside the question. */
  candidate?: { answer: string; from: BankEntry };
}

/** Analyse each stored question once; a form of 40 questions is then matched against the prepared bank. */
export function prepareBank(bank: readonly BankEntry[]): PreparedBank {
  const entries = bank.map((entry) => ({
    entry,
    question: analyzeQuestion(entry.question, entry.company ? [entry.company] : []),
    questionKey: normalizeText(entry.question),
    answerKey: normalizeText(entry.answer),
  }));
  const groups = new Map<string, PreparedEntry[]>();
  for (const p of entries) {
    const group = groups.get(p.question.gateKey);
    if (group) group.push(p);
    else groups.set(p.question.gateKey, [p]);
  }
  return { entries, groups };
}

const round = (n: number) => Math.round(n * 100) / 100;
const newest = (a: BankEntry, b: BankEntry) => (b.savedAt ?? '').localeCompare(a.savedAt ?? '');

export function answerFromBank(bank: PreparedBank, asked: AskedQuestion, now = new Date()): BankAnswer {
  const question = analyzeQuestion(asked.question, asked.company ? [asked.company] : []);
  const scored = (bank.groups.get(question.gateKey) ?? [])
    .map((p) => ({ ...p, match: compareQuestions(p.question, question) }))
    .filter((s) => s.match.score >= SIMILAR)
    .sort((a, b) => b.match.score - a.match.score || newest(a.entry, b.entry));
  const best = scored[0];
  if (!best) return { answer: null, from: null, score: 0, reason: 'no stored answer asks the same thing' };

  const source = answerSource(best.entry, now);
  const score = round(best.match.score);
  const leave = (why: string): BankAnswer => ({
    answer: null,
    from: best.entry,
    score,
    reason: `${why}: ${source} was "${best.entry.answer}"`,
    candidate: { answer: best.entry.answer, from: best.entry },
  });
  if (best.match.score < SAME) return leave('perhaps the same question');
  if (best.match.doubt) return leave(`perhaps the same question (${best.match.doubt})`);
  // A newer answer to the same question replaces an older one; two different answers to close questions compete.
  const rival = scored.find(
    (s) => s !== best && s.match.score >= SAME && best.match.score - s.match.score < 0.15 && s.answerKey !== best.answerKey && s.questionKey !== best.questionKey,
  );
  if (rival) return leave(`two stored answers compete (the other: "${rival.entry.answer}" to '${rival.entry.question}')`);

  const bothAboutCompany = best.question.company !== null && question.company !== null;
  const company = checkCompanyMentions(best.entry.answer, best.entry.company ?? best.question.company, asked.company ?? question.company, bothAboutCompany);
  if (company.kind === 'flag') return leave(`mentions ${company.name}: check`);
  const answer = company.kind === 'replaced' ? company.text : best.entry.answer;
  const replaced = company.kind === 'replaced' ? `; ${company.from} replaced by ${company.to}` : '';

  const options = asked.options?.filter((o) => o.text.trim() || o.value.trim()) ?? [];
  if (options.length === 0) return { answer, from: best.entry, score, reason: `${source}${replaced}` };
  const fit = fitOptions(answer, options);
  if (fit.kind === 'none') return leave('no option fits the stored answer');
  if (fit.kind === 'ambiguous') return leave(`more than one option fits (${fit.options.map((o) => o.text).join(' / ')})`);
  return { answer: fit.option.text, optionValue: fit.option.value, from: best.entry, score, reason: `${source}; ${fit.how}` };
}
