export interface ToolbarActions {
  select: (id: string) => void;
  create: () => void;
  duplicate: () => void;
  rename: (label: string) => void;
  remove: () => void;
  importFile: (file: File) => void;
  exportProfile: (format: 'applyfill' | 'json-resume') => void;
  exportAll: () => void;
}

/** Which profile is being edited, and the operations on the list: create, duplicate, rename, delete, import, export. */
export function ProfileToolbar({ profiles, selectedId, actions }: { profiles: readonly { id: string; label: string }[]; selectedId: string; actions: ToolbarActions }) {
  const selected = profiles.find((p) => p.id === selectedId);
  return (
    <div class="toolbar">
      <label for="profile-select">Profile</label>
      <select id="profile-select" value={selectedId} onChange={(e) => actions.select((e.currentTarget).value)}>
        {profiles.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </select>
      <label for="profile-label">Name</label>
      <input id="profile-label" value={selected?.label ?? ''} onChange={(e) => actions.rename((e.currentTarget).value)} />
      <button type="button" onClick={actions.create}>New</button>
      <button type="button" onClick={actions.duplicate}>Duplicate</button>
      <button type="button" onClick={actions.remove} disabled={profiles.length <= 1} title={profiles.length <= 1 ? 'The last profile cannot be deleted' : undefined}>
        Delete
      </button>
      <label class="file-button">
        Import…
        <input
          type="file"
          accept=".json,application/json"
          data-testid="import-file"
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (file) actions.importFile(file);
            input.value = '';
          }}
        />
      </label>
      <button type="button" onClick={() => actions.exportProfile('applyfill')}>Export profile</button>
      <button type="button" onClick={() => actions.exportProfile('json-resume')}>Export as JSON Resume</button>
      <button type="button" onClick={actions.exportAll}>Export all</button>
    </div>
  );
}
