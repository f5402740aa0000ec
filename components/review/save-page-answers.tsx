import { useState } from 'preact/hooks';
import type { RememberItem } from '../../lib/answers/remember-answers';

/**
 * "Save N answers from this page": questions Applyfill left to the user that they answered in the form itself,
 * offered as a list to confirm, untick or edit before they go into the answer bank (or the profile).
 */
export function SavePageAnswers({ items, onSave }: { items: readonly RememberItem[]; onSave: (items: RememberItem[]) => Promise<void> }) {
  const [open, setOpen] = useState(false);
  const [off, setOff] = useState<Set<string>>(new Set());
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<number | null>(null);
  if (!items.length) return null;
  if (saved !== null) return <p class="page-answers saved" role="status">Saved {saved} answer{saved === 1 ? '' : 's'} for other forms.</p>;
  const chosen = items.filter((i) => !off.has(i.fieldId)).map((i) => ({ ...i, answer: (texts[i.fieldId] ?? i.answer).trim() })).filter((i) => i.answer);
  const n = items.length;
  return (
    <section class="page-answers" aria-label="Answers typed into the form">
      <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>
        Save {n} answer{n === 1 ? '' : 's'} from this page
      </button>
      {open && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void onSave(chosen).then(() => setSaved(chosen.length));
          }}
        >
          <ul>
            {items.map((i) => (
              <li key={i.fieldId} data-page-answer={i.fieldId}>
                <label>
                  <input
                    type="checkbox"
                    checked={!off.has(i.fieldId)}
                    onChange={(e) => {
                      const next = new Set(off);
                      if (e.currentTarget.checked) next.delete(i.fieldId);
                      else next.add(i.fieldId);
                      setOff(next);
                    }}
                  />
                  {i.question}
                  {i.target.kind === 'profile' ? ` (your ${i.target.label})` : ''}
                </label>
                <input
                  type="text"
                  aria-label={`Answer to “${i.question}”`}
                  value={texts[i.fieldId] ?? i.answer}
                  onInput={(e) => setTexts({ ...texts, [i.fieldId]: e.currentTarget.value })}
                />
              </li>
            ))}
          </ul>
          <button type="submit" disabled={!chosen.length}>
            Save {chosen.length}
          </button>
        </form>
      )}
    </section>
  );
}
