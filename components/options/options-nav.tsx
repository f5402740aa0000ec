export interface NavGroup {
  title: string;
  items: { id: string; title: string }[];
}

/** The sections of the page, always in view beside them: a click jumps, the browser scrolls. */
export function OptionsNav({ groups }: { groups: readonly NavGroup[] }) {
  return (
    <nav class="options-nav" aria-label="Sections">
      {groups.map((g) => (
        <div key={g.title}>
          <p class="nav-group">{g.title}</p>
          <ul>
            {g.items.map((i) => (
              <li key={i.id}>
                <a href={`#${i.id}`}>{i.title}</a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
