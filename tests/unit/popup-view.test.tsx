import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { PopupView, type PopupActions, type PopupData } from '../../components/popup-view';
import { FIRST_ROWS } from '../../components/review/review-groups';
import type { NotFilledStep, PlanStep, TextFillStep } from '../../lib/plan/fill-plan';
import type { ReviewRow } from '../../lib/popup/popup-data';

const step = (over: Partial<TextFillStep>): PlanStep => ({
  fieldId: '#x', name: '', domId: 'x', role: 'email', kind: 'text', label: 'Email', action: 'fill', value: 'a@b.c', reason: 'label "Email" matched email', ...over,
});
const notFilled = (over: Partial<NotFilledStep>): PlanStep => ({
  fieldId: '#x', name: '', domId: 'x', role: 'email', kind: 'text', label: 'Email', action: 'needs-you', reason: 'not stored', ...over,
});
const row = (s: PlanStep, over: Partial<ReviewRow> = {}): ReviewRow => ({
  step: s, enabled: true, edited: false, choices: [], multiline: false, currentValue: '', overwrite: false, hidden: false, plain: 'the form’s e-mail field', ...over,
});

const data: PopupData = {
  profiles: [
    { id: 'a', label: 'Rust · P2P networking · Prometheus' },
    { id: 'b', label: 'Elixir · Staff engineer' },
  ],
  activeId: 'a',
  missing: ['first name', 'email'],
  problems: [],
  forms: [],
  fill: { status: 'idle' },
  tab: 'review',
  page: {
    status: 'ready', ats: 'Greenhouse', company: 'Acme', title: 'Backend Engineer',
    ready: 2,
    needsYou: [row(notFilled({ fieldId: '#g', label: 'Gender', role: 'gender', kind: 'select', action: 'needs-you', reason: 'not stored' }), { choices: ['Male', 'Female', 'Decline to self-identify'], plain: 'label ‘Gender’: not in your details yet' })],
    groups: [{ name: 'Contact', open: true, rows: [row(step({})), row(step({ fieldId: '#phone', label: 'Phone', role: 'phone', value: '+49 30 1' }), { currentValue: '+1 555', plain: 'the form’s phone number field' })] }],
  },
};

function mount(d: PopupData, tailor?: preact.ComponentChildren) {
  const root = document.createElement('div');
  document.body.append(root);
  const actions: PopupActions = {
    switchProfile: vi.fn(), fill: vi.fn(), undo: vi.fn(), openOptions: vi.fn(), openSetup: vi.fn(), showTab: vi.fn(), chooseForm: vi.fn(), toggleSection: vi.fn(),
    review: { setValue: vi.fn(), setEnabled: vi.fn(), setOverwrite: vi.fn() },
  };
  act(() => render(<PopupView data={d} actions={actions} tailor={tailor} />, root));
  return { root, actions };
}

describe('popup view', () => {
  it('the résumé switch is a labelled select showing the active one', () => {
    const { root, actions } = mount(data);
    const select = root.querySelector<HTMLSelectElement>('#profile-switch')!;
    expect(root.querySelector('label[for=profile-switch]')!.textContent).toBe('Résumé');
    expect(select.value).toBe('a');
    act(() => {
      select.value = 'b';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(actions.switchProfile).toHaveBeenCalledWith('b');
  });

  it('what needs you comes first with its count; ready sections follow; reasons in plain words; a setup prompt while contact is missing', () => {
    const { root, actions } = mount(data);
    expect(Array.from(root.querySelectorAll('.review h2')).map((h) => h.textContent)).toEqual(['Needs you 1', 'Contact · 2 ready']);
    const email = root.querySelector<HTMLLIElement>('[data-field-id="#x"]')!;
    expect(email.querySelector('label')!.textContent).toBe('Email');
    expect(email.querySelector<HTMLInputElement>('input[type=text]')!.value).toBe('a@b.c');
    expect(email.querySelector('.reason')!.textContent).toBe('the form’s e-mail field');
    expect(email.querySelector('.reason')!.getAttribute('title')).toBe('label "Email" matched email');
    expect(root.querySelector('.needs-you-group [data-field-id="#g"]')).not.toBeNull();
    expect(root.textContent).toMatch(/Add your details once \(first name, email\)/);
    act(() => root.querySelector<HTMLButtonElement>('.setup-prompt button')!.click());
    expect(actions.openSetup).toHaveBeenCalled();
    expect(root.querySelector('.job')!.textContent).toBe('Backend Engineer at Acme · Greenhouse');
    expect(root.querySelector('.fill-footer .summary')!.textContent).toMatch(/^2 ready to fill · 1 need you/);
  });

  it('after a fill each row says what happened; ready sections fold, drawing their rows only when open', () => {
    const outcome = { status: 'failed' as const, text: 'failed: the field went away' };
    const folded = { ...data.page, groups: [{ name: 'Contact', open: false, rows: [row(step({}), { outcome })] }] } as PopupData['page'];
    const { root, actions } = mount({ ...data, page: folded });
    const details = root.querySelector<HTMLDetailsElement>('details[data-section=Contact]')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent).toMatch(/Contact/);
    expect(root.querySelector('[data-field-id="#x"]')).toBeNull();
    act(() => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    expect(actions.toggleSection).toHaveBeenCalledWith('Contact', true);

    const opened = { ...data.page, groups: [{ name: 'Contact', open: true, rows: [row(step({}), { outcome })] }] } as PopupData['page'];
    const { root: shown } = mount({ ...data, page: opened });
    expect(shown.querySelector('[data-field-id="#x"] .tag.outcome')!.textContent).toBe('failed');
    expect(shown.querySelector('[data-field-id="#x"] .reason')!.textContent).toBe('failed: the field went away');
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
    const after = mount({ ...data, fill: { status: 'done', counts: { filled: 5, 'needs-you': 2, skipped: 3, failed: 0 }, undo: { restored: 5, failed: [] } } });
    expect(after.root.querySelector('button.undo')).toBeNull();
    expect(after.root.querySelector('[data-testid=fill-result]')?.textContent).toBe('filled 5, needs you 2 · undone: 5 restored');
    expect(after.root.querySelector('[data-testid=undo-failed]')).toBeNull();
  });

  it('an undo that could not restore a field says so, with the field and why, never as success', () => {
    const failed = [{ fieldId: '#g', label: 'Gender', why: 'it shows "Male", not nothing' }];
    const { root } = mount({ ...data, fill: { status: 'done', counts: { filled: 5, 'needs-you': 2, skipped: 3, failed: 0 }, undo: { restored: 0, failed } } });
    expect(root.querySelector('[data-testid=fill-result]')?.textContent).toBe('filled 5, needs you 2 · undone: 0 restored, 1 not restored');
    expect(root.querySelector('[data-testid=undo-failed]')?.textContent).toBe('Gender: not restored, it shows "Male", not nothing');
    expect(root.querySelector('[data-testid=undo-failed]')?.getAttribute('role')).toBe('alert');
  });

  it('offers Undo for a fill made before the popup opened, and reports it', () => {
    const { root, actions } = mount({ ...data, fill: { status: 'idle', undoable: 4 } });
    expect(root.querySelector('[data-testid=undoable]')?.textContent).toBe(' · an earlier fill of 4 fields can be undone');
    act(() => root.querySelector<HTMLButtonElement>('button.undo')!.click());
    expect(actions.undo).toHaveBeenCalled();
    const after = mount({ ...data, fill: { status: 'undone', undo: { restored: 4, failed: [] } } });
    expect(after.root.querySelector('[data-testid=fill-result]')?.textContent).toBe('undone: 4 restored');
    expect(after.root.querySelector('button.undo')).toBeNull();
  });

  it('on a page that is not an application form it shows the tailoring workspace instead of a Fill button', () => {
    const { root } = mount({ ...data, page: { status: 'none', message: 'Open a Greenhouse or Lever application form to review and fill it.' } }, <p id="tailor-here">tailor</p>);
    expect(root.querySelector('button.fill')).toBeNull();
    expect(root.textContent).toMatch(/Open a Greenhouse or Lever application form/);
    expect(root.querySelector('[role=tab][aria-selected=true]')!.textContent).toBe('Tailor');
    expect(root.querySelector('#tailor-here')).not.toBeNull();
  });

  it('switches between review and tailoring with tabs: one tab stop, arrow keys move', () => {
    const { root, actions } = mount(data);
    const tabs = Array.from(root.querySelectorAll<HTMLButtonElement>('[role=tab]'));
    expect(tabs.map((t) => [t.textContent, t.getAttribute('aria-selected'), t.tabIndex])).toEqual([['Review & fill', 'true', 0], ['Tailor', 'false', -1]]);
    act(() => tabs[1]!.click());
    expect(actions.showTab).toHaveBeenCalledWith('tailor');
    act(() => void tabs[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })));
    expect(actions.showTab).toHaveBeenLastCalledWith('tailor');
    act(() => void tabs[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true })));
    expect(actions.showTab).toHaveBeenLastCalledWith('tailor');
  });

  it('a Tailor workspace once given stays mounted, hidden on the review tab, so it keeps its state', () => {
    const { root } = mount(data, <p id="tailor-here">tailor</p>);
    const panel = root.querySelector<HTMLElement>('#panel-tailor')!;
    expect(panel.hidden).toBe(true);
    expect(root.querySelector<HTMLElement>('#panel-review')!.hidden).toBe(false);
    const { root: onTailor } = mount({ ...data, tab: 'tailor' }, <p id="tailor-here">tailor</p>);
    expect(onTailor.querySelector<HTMLElement>('#panel-tailor')!.hidden).toBe(false);
    expect(onTailor.querySelector('#tailor-here')).not.toBeNull();
  });

  it('a long needs-you list draws its first screenful at once and the rest once the browser is idle; count and jump work from the start', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestIdleCallback', 'cancelIdleCallback'] });
    try {
      const many = Array.from({ length: FIRST_ROWS + 30 }, (_, i) => row(notFilled({ fieldId: `#q${i}`, label: `Question ${i}` })));
      const { root } = mount({ ...data, page: { ...data.page, needsYou: many } as PopupData['page'] });
      const drawn = () => root.querySelectorAll('.needs-you-group [data-field-id]').length;
      expect(drawn()).toBe(FIRST_ROWS);
      expect(root.querySelector('#section-needs-you .count')!.textContent).toBe(String(FIRST_ROWS + 30));
      expect(root.querySelector('.fill-footer .summary')!.textContent).toMatch(new RegExp(`${FIRST_ROWS + 30} need you`));
      expect(root.querySelector('.needs-you-group [data-field-id="#q0"] input.value')).not.toBeNull();
      act(() => void vi.runAllTimers());
      expect(drawn()).toBe(FIRST_ROWS + 30);
      expect(Array.from(root.querySelectorAll('.needs-you-group [data-field-id]')).map((li) => li.getAttribute('data-field-id'))).toEqual(many.map((r) => r.step.fieldId));
    } finally {
      vi.useRealTimers();
    }
  });
});
