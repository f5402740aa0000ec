import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { PopupView, type PopupActions, type PopupData } from '../../components/popup-view';
import type { PlanStep } from '../../lib/plan/fill-plan';
import type { ReviewRow } from '../../lib/popup/popup-data';

const gender: PlanStep = { fieldId: '#g', name: '', domId: 'g', role: 'gender', kind: 'select', label: 'Gender', action: 'needs-you', reason: 'not stored' };
const row: ReviewRow = { step: gender, enabled: true, edited: false, choices: ['Male', 'Female'], multiline: false, currentValue: '', overwrite: false, hidden: false, plain: 'not in your details yet' };
const data: PopupData = {
  profiles: [{ id: 'a', label: 'A' }], activeId: 'a', missing: [], problems: [], forms: [], fill: { status: 'idle' }, tab: 'review',
  page: { status: 'ready', ats: 'Greenhouse', company: 'Acme', title: 'Engineer', ready: 0, needsYou: [row], groups: [] },
};
const actions: PopupActions = {
  switchProfile: vi.fn(), fill: vi.fn(), undo: vi.fn(), openOptions: vi.fn(), openSetup: vi.fn(), showTab: vi.fn(), chooseForm: vi.fn(), toggleSection: vi.fn(),
  review: { setValue: vi.fn(), setEnabled: vi.fn(), setOverwrite: vi.fn(), setRemember: vi.fn() },
};

describe('the jump to what needs you', () => {
  it('focuses the first answer the person owes in this popup, not a look-alike elsewhere in the document', () => {
    // Another view's needs-you box earlier in the same document: the jump must stay within its own panel.
    const elsewhere = document.createElement('div');
    elsewhere.className = 'needs-you-group';
    elsewhere.append(Object.assign(document.createElement('input'), { id: 'elsewhere' }));
    const root = document.createElement('div');
    document.body.append(elsewhere, root);
    act(() => render(<PopupView data={data} actions={actions} />, root));
    const jump = root.querySelector<HTMLButtonElement>('button.jump')!;
    act(() => jump.click());
    const focused = document.activeElement!;
    expect(focused.id).not.toBe('elsewhere');
    expect(root.querySelector('#panel-review')!.contains(focused)).toBe(true);
    expect(focused.closest('.needs-you-group')).not.toBeNull();
    render(null, root);
    document.body.replaceChildren();
  });
});
