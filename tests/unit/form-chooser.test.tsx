import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { FormChooser } from '../../components/popup/form-chooser';
import type { FormChoice } from '../../lib/popup/form-choices';

const forms = (locked = false): FormChoice[] => [
  { frameId: 4, name: 'Form 1', detail: '18 fields · SRE · boards.greenhouse.io', chosen: false, locked },
  { frameId: 6, name: 'Form 2', detail: '18 fields · SRE · boards.greenhouse.io', chosen: true, locked },
];

function mount(list: FormChoice[]) {
  const root = document.createElement('div');
  document.body.append(root);
  const onChoose = vi.fn();
  act(() => render(<FormChooser forms={list} onChoose={onChoose} />, root));
  return { root, onChoose, radios: Array.from(root.querySelectorAll<HTMLInputElement>('input[type=radio]')) };
}

describe('the form chooser (components/popup/form-chooser.tsx)', () => {
  it('one form: nothing to choose, nothing shown', () => {
    expect(mount(forms().slice(1)).root.innerHTML).toBe('');
  });

  it('two forms: a labelled radio group, the chosen one checked; picking the other asks for it by frame id', () => {
    const { root, radios, onChoose } = mount(forms());
    expect(root.querySelector('legend')!.textContent).toBe('This page shows 2 application forms. Fill which one?');
    expect(radios.map((r) => [r.checked, r.closest('label')!.textContent])).toEqual([
      [false, 'Form 1 18 fields · SRE · boards.greenhouse.io'],
      [true, 'Form 2 18 fields · SRE · boards.greenhouse.io'],
    ]);
    act(() => radios[0]!.click());
    expect(onChoose).toHaveBeenCalledWith(4);
  });

  it('while a fill can be undone the other form cannot be picked', () => {
    const { radios } = mount(forms(true));
    expect(radios.map((r) => r.disabled)).toEqual([true, false]);
  });
});
