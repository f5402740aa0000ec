import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ApplicationNotice, type ApplicationNoticeData } from '../../components/log/application-notice';
import { ApplicationsView, type ApplicationsActions, type ApplicationsData } from '../../components/log/applications-view';
import { markApplied } from '../../lib/log/build-entry';
import { filterEntries, NO_FILTER, profileChoices } from '../../lib/log/log-filter';
import { manyEntries } from '../support/log-entries';

const entries = manyEntries(12);
entries[3] = { ...markApplied(entries[3]!, entries[3]!.lastFilledAt + 1), company: 'Zürich Öko AG', title: 'Ingénieure logiciel', status: 'offer' };

function mount(node: preact.ComponentChild) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return root;
}

function actions(): ApplicationsActions {
  const names = ['filter', 'exportCsv', 'exportJson', 'importFile', 'askClear', 'confirm', 'cancel', 'showMore', 'setStatus', 'setNote', 'remove'] as const;
  return Object.fromEntries(names.map((n) => [n, vi.fn()])) as unknown as ApplicationsActions;
}

const data = (over: Partial<ApplicationsData> = {}): ApplicationsData => ({
  rows: filterEntries(entries, NO_FILTER),
  total: entries.length,
  filter: NO_FILTER,
  profiles: profileChoices(entries),
  bound: null,
  problems: [],
  message: null,
  confirm: null,
  now: entries[11]!.lastFilledAt,
  shown: 100,
  ...over,
});

describe('filtering the log', () => {
  it('sorts newest first and finds by company or title, any case, accents folded', () => {
    expect(filterEntries(entries, NO_FILTER).map((e) => e.lastFilledAt)).toEqual(entries.map((e) => e.lastFilledAt).reverse());
    expect(filterEntries(entries, { ...NO_FILTER, query: 'zurich oko' }).map((e) => e.company)).toEqual(['Zürich Öko AG']);
    expect(filterEntries(entries, { ...NO_FILTER, query: 'INGENIEURE' })).toHaveLength(1);
    expect(filterEntries(entries, { ...NO_FILTER, query: 'staff platform' }).every((e) => e.title === 'Staff Engineer, Platform')).toBe(true);
  });

  it('narrows by status and by profile', () => {
    expect(filterEntries(entries, { ...NO_FILTER, status: 'offer' }).map((e) => e.company)).toEqual(['Zürich Öko AG']);
    const elixir = filterEntries(entries, { ...NO_FILTER, profile: 'elixir-staff-engineer' });
    expect(elixir).toHaveLength(6);
    expect(elixir.every((e) => e.profileId === 'elixir-staff-engineer')).toBe(true);
    expect(profileChoices(entries).map((p) => p.label)).toEqual(['Elixir · Staff engineer', 'Rust · P2P networking · Prometheus']);
  });
});

describe('the Applications view', () => {
  it('shows one row per application with its job link, profile, status and bullets', () => {
    const root = mount(<ApplicationsView data={data()} actions={actions()} />);
    const rows = root.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(12);
    const offer = Array.from(rows).find((r) => r.textContent?.includes('Zürich Öko AG'))!;
    expect(offer.querySelector('a')!.getAttribute('href')).toBe(entries[3]!.url);
    expect(offer.querySelector('a')!.getAttribute('rel')).toBe('noopener noreferrer');
    expect((offer.querySelector('select') as HTMLSelectElement).value).toBe('offer');
    expect(root.querySelector('[data-testid=log-count]')!.textContent).toBe('12 applications');
    expect(rows[11]!.querySelector('summary')!.textContent).toBe('2 bullets used');
  });

  it('passes status, note, delete and delete-all to its actions; asks before deleting all', () => {
    const acts = actions();
    const root = mount(<ApplicationsView data={data()} actions={acts} />);
    const first = root.querySelector('tbody tr')!;
    const select = first.querySelector('select')!;
    select.value = 'rejected';
    act(() => void select.dispatchEvent(new Event('change', { bubbles: true })));
    expect(acts.setStatus).toHaveBeenCalledWith(entries[11]!.url, 'rejected');
    const note = first.querySelector('textarea')!;
    note.value = 'Recruiter called';
    act(() => void note.dispatchEvent(new Event('change', { bubbles: true })));
    expect(acts.setNote).toHaveBeenCalledWith(entries[11]!.url, 'Recruiter called');
    act(() => (first.querySelector('button.delete') as HTMLButtonElement).click());
    expect(acts.remove).toHaveBeenCalledWith(entries[11]!.url);

    const confirming = mount(<ApplicationsView data={data({ confirm: { kind: 'clear', count: 12 } })} actions={acts} />);
    expect(confirming.querySelector('[role=alertdialog]')!.textContent).toMatch(/Delete all 12 applications from the log\?/);
  });

  it('shows a page of rows at a time, with a button for the next', () => {
    const acts = actions();
    const root = mount(<ApplicationsView data={data({ shown: 5 })} actions={acts} />);
    expect(root.querySelectorAll('tbody tr')).toHaveLength(5);
    expect(root.querySelector('[data-testid=log-count]')!.textContent).toBe('12 applications, the newest 5 shown');
    const more = root.querySelector('button.show-more') as HTMLButtonElement;
    expect(more.textContent).toBe('Show 7 more (7 not shown)');
    act(() => more.click());
    expect(acts.showMore).toHaveBeenCalledOnce();
  });

  it('says when nothing matches, and when the log is empty', () => {
    expect(mount(<ApplicationsView data={data({ rows: [] })} actions={actions()} />).querySelector('.empty')!.textContent).toBe('No application matches.');
    expect(mount(<ApplicationsView data={data({ rows: [], total: 0 })} actions={actions()} />).querySelector('.empty')!.textContent).toMatch(/^No applications yet/);
  });
});

describe('the popup’s application notice', () => {
  const base: ApplicationNoticeData = { repeat: null, bound: null, after: null, problems: [] };

  it('renders nothing when the log has nothing to say', () => {
    expect(mount(<ApplicationNotice data={base} onMarkApplied={vi.fn()} />).innerHTML).toBe('');
  });

  it('shows the repeat notice, and after a fill a Mark-as-applied button that calls its action', () => {
    const mark = vi.fn();
    const root = mount(<ApplicationNotice data={{ ...base, repeat: 'You applied to Acme (Senior Engineer) on 12 Nov with the Rust profile.', after: { state: 'recorded' } }} onMarkApplied={mark} />);
    expect(root.querySelector('[data-testid=repeat-notice]')!.textContent).toBe('You applied to Acme (Senior Engineer) on 12 Nov with the Rust profile.');
    act(() => (root.querySelector('button.mark-applied') as HTMLButtonElement).click());
    expect(mark).toHaveBeenCalledOnce();
    const done = mount(<ApplicationNotice data={{ ...base, after: { state: 'applied', day: '2 Dec' } }} onMarkApplied={mark} />);
    expect(done.querySelector('[data-testid=applied-status]')!.textContent).toBe('Marked as applied on 2 Dec.');
  });
});
