import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { PopupView, type PopupData } from '../../components/popup-view';
import type { PlanStep } from '../../lib/plan/fill-plan';

const step = (over: Partial<PlanStep>): PlanStep => ({
  fieldId: '#x', name: '', domId: 'x', role: 'email', kind: 'text', label: 'Email', action: 'fill', value: 'a@b.c', reason: 'r', ...over,
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
  page: {
    status: 'ready', ats: 'greenhouse', company: 'Acme', title: 'Backend Engineer',
    steps: [step({}), step({ fieldId: '#y', label: 'Gender', role: 'gender', action: 'needs-you', value: '', reason: 'not stored' }), step({ fieldId: '#z', action: 'skip', label: 'Hidden' })],
  },
};

function mount(d: PopupData) {
  const root = document.createElement('div');
  document.body.append(root);
  const actions = { switchProfile: vi.fn(), fill: vi.fn(), openOptions: vi.fn() };
  act(() => render(<PopupView data={d} actions={actions} />, root));
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

  it('lists planned values and needs-you fields, not skipped ones, and says what the profile lacks', () => {
    const { root } = mount(data);
    const rows = Array.from(root.querySelectorAll('.step')).map((li) => li.textContent);
    expect(rows).toEqual(['Emaila@b.c', 'Genderneeds you']);
    expect(root.textContent).toMatch(/Not in this profile yet: first name, email/);
    expect(root.textContent).toMatch(/greenhouse · Backend Engineer · Acme/);
  });

  it('reports "filled N, needs you M" after a fill', () => {
    const { root } = mount({ ...data, fill: { status: 'done', counts: { filled: 5, 'needs-you': 2, skipped: 3, failed: 0 } } });
    expect(root.querySelector('[data-testid=fill-result]')?.textContent).toBe('filled 5, needs you 2');
  });

  it('on a page that is not an application form it says so instead of showing a Fill button', () => {
    const { root } = mount({ ...data, page: { status: 'none', message: 'Open a Greenhouse or Lever application form to fill it.' } });
    expect(root.querySelector('button.fill')).toBeNull();
    expect(root.textContent).toMatch(/Open a Greenhouse or Lever application form/);
  });
});
