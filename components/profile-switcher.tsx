export interface ProfileChoice {
  id: string;
  label: string;
}

interface Props {
  profiles: readonly ProfileChoice[];
  activeId: string;
  onSwitch: (id: string) => void;
}

/** One click switches the active profile; the pressed button is the active one. */
export function ProfileSwitcher({ profiles, activeId, onSwitch }: Props) {
  return (
    <div class="switcher" role="group" aria-label="Active profile">
      {profiles.map((p) => (
        <button
          type="button"
          key={p.id}
          class={p.id === activeId ? 'profile active' : 'profile'}
          aria-pressed={p.id === activeId}
          data-profile-id={p.id}
          onClick={() => p.id !== activeId && onSwitch(p.id)}
        >
          {p.label}
        </button>
      ))}
    </div>
  );
}
