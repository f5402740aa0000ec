import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { PopupView, type PopupActions, type PopupData } from '../../components/popup-view';
import type { NotFilledStep, PlanStep, TextFillStep } from '../../lib/plan/fill-plan';
import type { ReviewField } from '../../lib/review/review-fields';

const step = (over: Partial<TextFillStep>): PlanStep => ({
  fieldId: '#x', name: '', domId: 'x', role: 'email', kind: 'text', label: 'Email', action: 'fill', value: 'a@b.c', reason: 'label "Email" matched email', ...over,
});
const notFilled = (over: Partial<NotFilledStep>): PlanStep => ({
  fieldId: '#x', name: '', domId: 'x', role: 'email', kind: 'text', label: 'Email', action: 'needs-you', reason: 'not stored', ...over,
});
const row = (s: PlanStep, over: Partial<ReviewField> = {}): ReviewField => ({
  step: s, enabled: true, edited: false, choices: [], multiline: false, currentValue: '', overwrite: false, ...over,
});

const data: PopupData = {
  profiles: [
    { id: 'a', label: 'Rust · P2P networking · Prometheus' },
    { id: 'b', label: 'Elixir · Staff engineer' },
  ],
  activeId: 'a',
  missing: ['first name', 'email'],
  problems: [],
  fill: { status: 'idle' },
  tab: 'review',
  page: {
    status: 'ready', ats: 'Greenhouse', company: 'Acme', title: 'Backend Engineer',
    sections: [
      { name: 'Contact', fields: [row(step({})), row(step({ fieldId: '#phone', label: 'Phone', role: 'phone', value: '+49 30 1' }), { currentValue: '+1 555' })] },
      {
        name: 'Self-identification',
        fields: [row(notFilled({ fieldId: '#g', label: 'Gender', role: 'gender', kind: 'select', action: 'needs-you', reason: 'not stored' }), { choices: ['Male', 'Female', 'Decline to self-identify'] })],
      },
    ],
  },
};

function mount(d: PopupData, tailor?: preact.ComponentChildren) {
  const root = document.createElement('div');
  document.body.append(root);
  const actions: PopupActions = {
    switchProfile: vi.fn(), fill: vi.fn(), undo: vi.fn(), openOptions: vi.fn(), showTab: vi.fn(),
    review: { setValue: vi.fn(), setEnabled: vi.fn(), setOverwrite: vi.fn() },
  };
  act(() => render(<PopupView data={d} actions={actions} tailor={tailor} />, root));
  return { root, actions };
}

describe('popup view', () => {
  it('shows the active profile pressed and switches in one click', () => {
    const { root, actions } = mount(data);
    const [a, b] = Array.from(root.querySelectorAll<HTMLButtonElement>('[data-profile-id]'));
    expect(a!.getAttribute('aria-pressed')).toBe('true');
    expect(b!.getAttribute('aria-pressed')).toBe('false');
    act(() => b!.click());
    expect(actions.switchProfile).toHaveBeenCalledWith('b');
  });

  it('reviews section by section: value, matched label and reason; needs-you marked; what the profile lacks', () => {
    const { root } = mount(data);
    expect(Array.from(root.querySelectorAll('.review h2')).map((h) => h.textContent)).toEqual([
      'Contact · 2 ready',
      'Self-identification · 0 ready, 1 need you',
    ]);
    const email = root.querySelector<HTMLLIElement>('[data-field-id="#x"]')!;
    expect(email.querySelector('label')!.textContent).toBe('Email');
    expect(email.querySelector<HTMLInputElement>('input[type=text]')!.value).toBe('a@b.c');
    expect(email.querySelector('.reason')!.textContent).toBe('label "Email" matched email');
    expect(root.querySelector('[data-field-id="#g"] .tag')!.textContent).toBe('needs you');
    expect(root.textContent).toMatch(/Not in this profile yet: first name, email/);
    expect(root.textContent).toMatch(/Greenhouse · Backend Engineer · Acme/);
  });

  it('edits a value, unticks a field, offers to replace what a field already holds, and picks only offered options', () => {
    const { root, actions } = mount(data);
    const input = root.querySelector<HTMLInputElement>('[data-field-id="#x"] input[type=text]')!;
    act(() => {
      input.value = 'new@b.c';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(actions.review.setValue).toHaveBeenCalledWith('#x', 'new@b.c');
    act(() => root.querySelector<HTMLInputElement>('#use-\\#x')!.click());
    expect(actions.review.setEnabled).toHaveBeenCalledWith('#x', false);
    const replace = root.querySelector<HTMLLabelElement>('[data-field-id="#phone"] .overwrite')!;
    expect(replace.textContent).toBe('Replace “+1 555” already in the field');
    act(() => replace.querySelector('input')!.click());
    expect(actions.review.setOverwrite).toHaveBeenCalledWith('#phone', true);
    const options = Array.from(root.querySelectorAll('[data-field-id="#g"] option')).map((o) => o.textContent);
    expect(options).toEqual(['Choose…', 'Male', 'Female', 'Decline to self-identify']);
  });

  it('reports "filled N, needs you M" after a fill, offers Undo, then says what undo restored', () => {
    const { root, actions } = mount({ ...data, fill: { status: 'done', counts: { filled: 5, 'needs-you': 2, skipped: 3, failed: 0 } } });
    expect(root.querySelector('[data-testid=fill-result]')?.textContent).toBe('filled 5, needs you 2');
    act(() => root.querySelector<HTMLButtonElement>('button.undo')!.click());
    expect(actions.undo).toHaveBeenCalled();
    const after = mount({ ...data, fill: { status: 'done', counts: { filled: 5, 'needs-you': 2, skipped: 3, failed: 0 }, undone: 5 } });
    expect(after.root.querySelector('button.undo')).toBeNull();
    expect(after.root.querySelector('[data-testid=fill-result]')?.textContent).toBe('filled 5, needs you 2 · undone: 5 restored');
  });

  it('on a page that is not an application form it shows the tailoring workspace instead of a Fill button', () => {
    const { root } = mount({ ...data, page: { status: 'none', message: 'Open a Greenhouse or Lever application form to review and fill it.' } }, <p id="tailor-here">tailor</p>);
    expect(root.querySelector('button.fill')).toBeNull();
    expect(root.textContent).toMatch(/Open a Greenhouse or Lever application form/);
    expect(root.querySelector('[role=tab][aria-selected=true]')!.textContent).toBe('Tailor');
    expect(root.querySelector('#tailor-here')).not.toBeNull();
  });

  it('switches between review and tailoring with tabs', () => {
    const { root, actions } = mount(data);
    const tabs = Array.from(root.querySelectorAll<HTMLButtonElement>('[role=tab]'));
    expect(tabs.map((t) => [t.textContent, t.getAttribute('aria-selected')])).toEqual([['Review & fill', 'true'], ['Tailor', 'false']]);
    act(() => tabs[1]!.click());
    expect(actions.showTab).toHaveBeenCalledWith('tailor');
  });
});
