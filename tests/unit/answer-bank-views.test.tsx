import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { AnswerBankEditor } from '../../components/options/answer-bank-editor';
import { SavePageAnswers } from '../../components/review/save-page-answers';
import type { RememberItem } from '../../lib/answers/remember-answers';

function mount(node: preact.ComponentChild) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return root;
}

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const NOW = new Date('2026-12-02T10:00:00.000Z');
const bank = [
  { question: 'What is your notice period?', answer: 'Three months', company: 'Acme', ats: 'lever', savedAt: '2026-11-20T00:00:00.000Z' },
  { question: 'Why Globex?', answer: 'Robots', lastUsedAt: '2026-12-01T00:00:00.000Z', lastUsedWhere: 'Initech, Greenhouse' },
];

describe('options page: the answer bank', () => {
  it('lists every answer with where it came from and was last used; search narrows the list', () => {
    const root = mount(<AnswerBankEditor bank={bank} onChange={vi.fn()} now={NOW} />);
    expect(root.querySelector('legend')?.textContent).toBe('Answer bank (2)');
    expect(Array.from(root.querySelectorAll('.history')).map((p) => p.textContent)).toEqual([
      'Acme · Lever · saved 20 Nov · not used yet',
      'last used 1 Dec (Initech, Greenhouse)',
    ]);
    type(root.querySelector<HTMLInputElement>('input[type=search]')!, 'robots');
    expect(root.querySelectorAll('[data-bank-entry]').length).toBe(1);
    expect(root.querySelector<HTMLInputElement>('[data-bank-entry] input')!.value).toBe('Why Globex?');
  });

  it('edits and deletes through the form (saved with Save, like every other field)', () => {
    const onChange = vi.fn();
    const root = mount(<AnswerBankEditor bank={bank} onChange={onChange} now={NOW} />);
    type(root.querySelector<HTMLTextAreaElement>('[data-bank-entry="0"] textarea')!, 'Two months');
    expect(onChange).toHaveBeenLastCalledWith(['answerBank'], [{ ...bank[0], answer: 'Two months' }, bank[1]]);
    act(() => root.querySelector<HTMLButtonElement>('[data-bank-entry="1"] button')!.click());
    expect(onChange).toHaveBeenLastCalledWith(['answerBank'], [bank[0]]);
  });
});

describe('popup: Save N answers from this page', () => {
  const items: RememberItem[] = [
    { fieldId: 'a', question: 'Why Acme?', answer: 'Robots', target: { kind: 'bank' } },
    { fieldId: 'b', question: 'What is your notice period?', answer: 'One month', target: { kind: 'bank' } },
  ];

  it('offers the list to confirm, untick or edit, and saves what is left', async () => {
    const onSave = vi.fn(() => Promise.resolve());
    const root = mount(<SavePageAnswers items={items} onSave={onSave} />);
    const offer = root.querySelector<HTMLButtonElement>('button')!;
    expect(offer.textContent).toBe('Save 2 answers from this page');
    act(() => offer.click());
    act(() => root.querySelector<HTMLInputElement>('[data-page-answer="a"] input[type=checkbox]')!.click());
    type(root.querySelector<HTMLInputElement>('[data-page-answer="b"] input[type=text]')!, 'Two months');
    await act(async () => root.querySelector<HTMLButtonElement>('button[type=submit]')!.click());
    expect(onSave).toHaveBeenCalledWith([{ ...items[1], answer: 'Two months' }]);
    expect(root.textContent).toContain('Saved 1 answer for other forms.');
  });

  it('shows nothing when no answer was typed into the form', () => {
    expect(mount(<SavePageAnswers items={[]} onSave={vi.fn()} />).textContent).toBe('');
  });
});
