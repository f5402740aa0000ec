import type { FormChoice } from '../../lib/popup/form-choices';

/**
 * Which form to review and fill when the tab shows two (two frames, say the same embedded application twice).
 * Radio buttons: one form at a time, never both. Fixed while a fill can be undone, so Undo reaches the filled one.
 */
export function FormChooser({ forms, onChoose }: { forms: readonly FormChoice[]; onChoose: (frameId: number) => void }) {
  if (forms.length < 2) return null;
  return (
    <fieldset class="form-chooser" data-testid="form-chooser">
      <legend>This page shows {forms.length} application forms. Fill which one?</legend>
      {forms.map((f) => (
        <label key={f.frameId} class="form-choice">
          <input
            type="radio"
            name="form-choice"
            value={String(f.frameId)}
            checked={f.chosen}
            disabled={f.locked && !f.chosen}
            onChange={() => onChoose(f.frameId)}
          />
          <strong>{f.name}</strong> <span class="muted">{f.detail}</span>
        </label>
      ))}
    </fieldset>
  );
}
