/** "Remember this answer for other forms": shown under a question the user answered in the review. */
export function RememberToggle({ fieldId, label, on, onChange }: { fieldId: string; label: string; on: boolean; onChange: (on: boolean) => void }) {
  return (
    <label class="remember" data-remember={fieldId}>
      <input type="checkbox" checked={on} onChange={(e) => onChange(e.currentTarget.checked)} />
      {label}
    </label>
  );
}
