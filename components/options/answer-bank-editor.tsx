import { useState } from 'preact/hooks';
import type { BankEntry } from '../../lib/answers/answer-source';
import { bankEntryHistory, searchBank } from '../../lib/answers/bank-view';
import type { Path } from '../../lib/profile/path-access';

const PATH: Path = ['answerBank'];

/** The answer bank: search, edit, delete, and where each answer came from and was last used. Saved with the form. */
export function AnswerBankEditor({ bank, onChange, now = new Date() }: { bank: readonly BankEntry[]; onChange: (path: Path, value: unknown) => void; now?: Date }) {
  const [query, setQuery] = useState('');
  const shown = searchBank(bank, query);
  const edit = (i: number, change: Partial<BankEntry>) => onChange(PATH, bank.map((e, j) => (j === i ? { ...e, ...change } : e)));
  return (
    <fieldset class="section answer-bank" id="answer-bank">
      <legend>Answer bank ({bank.length})</legend>
      <p class="muted">Answers you gave to questions on forms. Applyfill reuses one when a new form asks the same thing, in any wording.</p>
      <label class="field">
        <span>Search answers</span>
        <input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      </label>
      {bank.length > 0 && shown.length === 0 && <p class="muted">No answer matches “{query}”.</p>}
      {shown.map((i) => {
        const e = bank[i]!;
        return (
          <div class="item" key={`${i}-${e.savedAt ?? ''}`} data-bank-entry={i}>
            <label class="field">
              <span>Question</span>
              <input type="text" value={e.question} onInput={(ev) => edit(i, { question: ev.currentTarget.value })} />
            </label>
            <label class="field">
              <span>Answer</span>
              <textarea rows={2} value={e.answer} onInput={(ev) => edit(i, { answer: ev.currentTarget.value })} />
            </label>
            <p class="muted history">{bankEntryHistory(e, now)}</p>
            <button type="button" onClick={() => onChange(PATH, bank.filter((_, j) => j !== i))} aria-label={`Delete the answer to “${e.question}”`}>
              Delete
            </button>
          </div>
        );
      })}
    </fieldset>
  );
}
