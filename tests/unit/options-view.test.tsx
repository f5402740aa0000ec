import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { OptionsView, type OptionsActions, type OptionsData } from '../../components/options/options-view';
import { SECTION_SPECS } from '../../components/options/field-specs';
import { shippedProfiles } from '../../lib/profile/shipped-profiles';
import { setIn } from '../../lib/profile/path-access';
import { validationErrors } from '../../lib/profile/validation-errors';

function actions(): OptionsActions {
  const names = ['select', 'create', 'duplicate', 'rename', 'remove', 'importFile', 'exportProfile', 'exportAll', 'change', 'save', 'revert', 'replaceResume', 'removeResume', 'dismissNotes'] as const;
  return Object.fromEntries(names.map((n) => [n, vi.fn()])) as unknown as OptionsActions;
}

function mount(data: OptionsData, acts = actions()) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<OptionsView data={data} actions={acts} />, root));
  return { root, acts };
}

const profiles = shippedProfiles();
const base: OptionsData = { profiles, selectedId: profiles[0]!.id, draft: profiles[0]!, errors: {}, dirty: false, unsaved: [], message: null, problems: [], notes: [] };

describe('options page view', () => {
  it('shows every section of the profile, with every position and bullet', () => {
    const { root } = mount(base);
    const legends = Array.from(root.querySelectorAll('legend')).map((l) => l.textContent ?? '');
    for (const spec of SECTION_SPECS) expect(legends.some((l) => l.startsWith(spec.title)), spec.title).toBe(true);
    expect(legends).toContain(`Work (${profiles[0]!.work.length})`);
    const bullets = Array.from(root.querySelectorAll<HTMLTextAreaElement>('textarea[id^="f-work."][id$=".bullets"]')).map((t) => t.value.split('\n'));
    expect(bullets.flat()).toEqual(profiles[0]!.work.flatMap((w) => w.bullets));
  });

  it('puts a validation message right next to the field that is wrong, and will not save', () => {
    const draft = setIn(setIn(profiles[0]!, ['identity', 'email'], 'not-an-email'), ['work', 1, 'start'], 'July 2019');
    const { errors } = validationErrors(draft);
    const { root } = mount({ ...base, draft, errors, dirty: true });
    const emailField = root.querySelector('#f-identity\\.email')!.closest('.field')!;
    expect(emailField.querySelector('[role=alert]')?.textContent).toMatch(/email/i);
    const dateField = root.querySelector('#f-work\\.1\\.start')!.closest('.field')!;
    expect(dateField.querySelector('[role=alert]')?.textContent).toBe('expected YYYY, YYYY-MM or YYYY-MM-DD');
    expect(root.querySelector<HTMLButtonElement>('button[type=submit]')!.disabled).toBe(true);
  });

  it('edits go to the change action with the field\'s path', () => {
    const { root, acts } = mount(base);
    const input = root.querySelector<HTMLInputElement>('#f-identity\\.firstName')!;
    act(() => {
      input.value = 'Ada';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(acts.change).toHaveBeenCalledWith(['identity', 'firstName'], 'Ada');
  });

  it('the last profile cannot be deleted', () => {
    const { root } = mount({ ...base, profiles: [profiles[0]!] });
    const del = Array.from(root.querySelectorAll('button')).find((b) => b.textContent === 'Delete')!;
    expect(del.disabled).toBe(true);
  });

  it('shows the résumé name and size, and states the size limit', () => {
    const draft = setIn(profiles[0]!, ['documents', 'resume'], { name: 'cv.pdf', type: 'application/pdf', size: 123_456, storageKey: 'resume:x' });
    const { root } = mount({ ...base, draft });
    expect(root.querySelector('[data-testid=resume-name]')?.textContent).toBe('cv.pdf (121 KB)');
    expect(root.textContent).toMatch(/up to 2 MB/);
  });
});
