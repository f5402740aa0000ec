/** While the person's contact details are missing, the popup says so first and offers the setup. */
export function SetupPrompt({ missing, onSetup }: { missing: readonly string[]; onSetup: () => void }) {
  if (!missing.length) return null;
  return (
    <div class="setup-prompt" role="note">
      <p>
        <strong>Add your details once</strong> ({missing.join(', ')}): they go with every résumé.
      </p>
      <button type="button" class="primary" onClick={onSetup}>
        Set up
      </button>
    </div>
  );
}
