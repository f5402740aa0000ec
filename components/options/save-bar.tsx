interface Props {
  dirty: boolean;
  invalid: boolean;
  unsaved: readonly string[];
  onRevert: () => void;
}

/** Save and Revert, sticky at the top; with nothing to save, Save says so and looks it. */
export function SaveBar({ dirty, invalid, unsaved, onRevert }: Props) {
  return (
    <div class="save-bar">
      <button type="submit" class="primary" disabled={!dirty || invalid}>
        {dirty ? 'Save' : 'Saved'}
      </button>
      <button type="button" disabled={!dirty} onClick={onRevert}>
        Revert
      </button>
      <span class="save-state" role="status">
        {invalid
          ? 'Fix the fields marked below to save.'
          : dirty
            ? `Unsaved changes${unsaved.length ? ` in ${unsaved.map((l) => `“${l}”`).join(', ')}` : ' to your details'}. They are kept when you switch or rename.`
            : 'Nothing to save.'}
      </span>
    </div>
  );
}
