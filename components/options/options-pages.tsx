export type OptionsPage = 'profiles' | 'applications';

/** The options page's two views; the address keeps the choice (`#applications`), so a reload stays there. */
export function OptionsPages({ page }: { page: OptionsPage }) {
  const links: [OptionsPage, string][] = [
    ['profiles', 'Profiles'],
    ['applications', 'Applications'],
  ];
  return (
    <nav class="options-pages" aria-label="Options">
      {links.map(([id, label]) => (
        <a key={id} href={`#${id}`} aria-current={page === id ? 'page' : undefined}>
          {label}
        </a>
      ))}
    </nav>
  );
}

export const pageFromHash = (hash: string): OptionsPage => (hash === '#applications' ? 'applications' : 'profiles');
