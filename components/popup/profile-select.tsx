import type { ProfileChoice } from '../../lib/popup/popup-data';

/** Which résumé this application gets: a real select, so it looks and works like the control it is. */
export function ProfileSelect({ profiles, activeId, onSwitch }: { profiles: readonly ProfileChoice[]; activeId: string; onSwitch: (id: string) => void }) {
  return (
    <div class="profile-select">
      <label for="profile-switch">Résumé</label>
      <select id="profile-switch" value={activeId} onChange={(e) => onSwitch(e.currentTarget.value)}>
        {profiles.map((p) => (
          <option key={p.id} value={p.id} data-profile-id={p.id}>
            {p.label}
          </option>
        ))}
      </select>
    </div>
  );
}
