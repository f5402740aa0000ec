import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { SECTION_SPECS } from '../../components/options/field-specs';
import { SectionEditor } from '../../components/options/section-editor';
import { setIn, type Path } from '../../lib/profile/path-access';

const work = SECTION_SPECS.find((s) => s.path.join('.') === 'work')!;
const position = (company: string) => ({ company, title: 'Engineer', bullets: [], technologies: [], current: false });

/** The editor on a profile held like the options page holds it: every change re-renders with the new profile. */
function mount(companies: string[]) {
  const root = document.createElement('div');
  document.body.append(root);
  let profile: unknown = { work: companies.map(position) };
  const draw = () => render(<SectionEditor spec={work} profile={profile} errors={{}} onChange={change} />, root);
  const change = (path: Path, value: unknown) => {
    profile = setIn(profile, path, value);
    draw();
  };
  act(draw);
  const items = () => [...root.querySelectorAll<HTMLElement>('.item')];
  const press = (label: string): void => {
    act(() => root.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)!.click());
  };
  const replace = (next: string[]) => {
    profile = { work: next.map(position) };
    act(draw);
  };
  return { root, items, press, replace, companies: () => (profile as { work: { company: string }[] }).work.map((w) => w.company) };
}

describe('a reorderable list in the options page keeps each item with its own element (no index keys)', () => {
  it('moved up: the element of the moved item moves with it, with the focus on its button', () => {
    const editor = mount(['Acme', 'Globex', 'Initech']);
    const [acme, globex, initech] = editor.items();
    editor.root.querySelector<HTMLButtonElement>('button[aria-label="Move position 2 down"]')!.focus();
    editor.press('Move position 2 down');
    expect(editor.companies()).toEqual(['Acme', 'Initech', 'Globex']);
    expect(editor.items()).toEqual([acme, initech, globex]);
    // The focus went with Globex (now third): an index key would leave it on the second item, now Initech's.
    expect(globex!.contains(document.activeElement)).toBe(true);
    render(null, editor.root);
  });

  it('removed: the items after it keep their elements; added: a new element at the end', () => {
    const editor = mount(['Acme', 'Globex', 'Initech']);
    const [, globex, initech] = editor.items();
    editor.press('Remove position 1');
    expect(editor.companies()).toEqual(['Globex', 'Initech']);
    expect(editor.items()).toEqual([globex, initech]);
    act(() => [...editor.root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Add position')!.click());
    expect(editor.items().slice(0, 2)).toEqual([globex, initech]);
    expect(editor.items()).toHaveLength(3);
    render(null, editor.root);
  });

  it('a list replaced from outside (another profile, Revert) shows its own items', () => {
    const editor = mount(['Acme', 'Globex']);
    editor.replace(['Umbrella']);
    expect(editor.items()).toHaveLength(1);
    expect(editor.root.querySelector<HTMLInputElement>('.item input')!.value).toBe('Umbrella');
    render(null, editor.root);
  });
});
