import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../lib/page/analyze-page';
import { popupData } from '../../lib/popup/popup-data';
import { initialPopupState, popupReducer, type PopupEvent, type PopupState } from '../../lib/popup/popup-state';
import { profileSchema } from '../../lib/profile/profile-schema';
import { documentFrom } from '../support/dom-from-html';

const URL_ = 'https://job-boards.greenhouse.io/acme/jobs/456';
const base = { schemaVersion: 1, identity: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.org' }, links: { github: 'https://github.com/ada' } };
const rust = profileSchema.parse({ ...base, id: 'rust', label: 'Rust', work: [{ company: 'Protocol Labs', title: 'Engineer', current: true }] });
const elixir = profileSchema.parse({ ...base, id: 'elixir', label: 'Elixir', work: [{ company: 'Together', title: 'Staff', current: true }] });

const FORM = `<form>
  <label for="first_name">First Name</label><input id="first_name" type="text">
  <label for="email">Email</label><input id="email" type="email">
  <label for="question_1">GitHub</label><input id="question_1" type="text">
  <label for="question_2">Why do you want to join Acme?</label><textarea id="question_2"></textarea>
  <label for="gender">Gender</label><select id="gender"><option value="">Please select</option><option value="1">Male</option><option value="2">Female</option></select>
</form>`;

const run = (...events: PopupEvent[]): PopupState => events.reduce(popupReducer, initialPopupState);
const loaded = (): PopupState =>
  run(
    { type: 'profiles-loaded', profiles: [rust, elixir], activeId: 'rust', problems: [] },
    { type: 'page-read', snapshot: analyzePage(documentFrom(FORM, URL_), URL_).snapshot },
  );

describe('popup state (pure reducer + view data)', () => {
  it('loading, then a page: needs-you rows first with plain reasons, ready sections folded', () => {
    expect(popupData(initialPopupState).page.status).toBe('loading');
    const data = popupData(loaded());
    if (data.page.status !== 'ready') throw new Error('not ready');
    expect(data.page.needsYou.map((r) => r.step.label)).toEqual(['Why do you want to join Acme?', 'Gender']);
    expect(data.page.needsYou.map((r) => r.plain)).toEqual(['a question for you to answer (your answer bank is empty)', "the form's gender field: not in your details yet"]);
    expect(data.page.needsYou[1]!.choices).toEqual(['Male', 'Female']);
    expect(data.page.groups.map((g) => [g.name, g.open, g.rows.length])).toEqual([
      ['Contact', false, 2],
      ['Links', false, 1],
    ]);
    expect(data.page.groups[0]!.rows.map((r) => r.plain)).toEqual([expect.stringMatching(/first name/), "the form's e-mail field"]);
    expect(data.page.ready).toBe(3);
    expect(data.page.company).toBe('acme');
  });

  it('an answer keeps the row where the person answers it (never moved from under the cursor), counted as ready; unticking leaves it in its section, not counted', () => {
    let s = popupReducer(loaded(), { type: 'edit', fieldId: popupNeeds(loaded())[1]!, change: { value: 'Female' } });
    let data = popupData(s);
    if (data.page.status !== 'ready') throw new Error('not ready');
    expect(data.page.needsYou.map((r) => [r.step.label, r.step.action])).toEqual([
      ['Why do you want to join Acme?', 'needs-you'],
      ['Gender', 'fill'],
    ]);
    expect(data.page.ready).toBe(4);
    const email = data.page.groups[0]!.rows[1]!.step.fieldId;
    s = popupReducer(s, { type: 'edit', fieldId: email, change: { enabled: false } });
    data = popupData(s);
    if (data.page.status !== 'ready') throw new Error('not ready');
    expect(data.page.ready).toBe(3);
  });

  it('after a fill each row carries its outcome; switching résumé clears them; sections open and close', () => {
    const s0 = loaded();
    const data0 = popupData(s0);
    if (data0.page.status !== 'ready') throw new Error('not ready');
    const [first, email] = data0.page.groups[0]!.rows.map((r) => r.step);
    const results = [
      { fieldId: first!.fieldId, name: '', domId: '', label: 'First Name', role: 'first_name' as const, status: 'filled' as const, value: 'Ada', reason: '' },
      { fieldId: email!.fieldId, name: '', domId: '', label: 'Email', role: 'email' as const, status: 'failed' as const, value: '', reason: 'the field went away' },
    ];
    let s = run({ type: 'fill-started' });
    expect(s.fill.status).toBe('filling');
    s = [{ type: 'filled', counts: { filled: 1, failed: 1, skipped: 0, 'needs-you': 2 }, results } as PopupEvent, { type: 'toggle-section', name: 'Contact', open: true } as PopupEvent].reduce(popupReducer, s0);
    const data = popupData(s);
    if (data.page.status !== 'ready') throw new Error('not ready');
    expect(data.page.groups[0]!.open).toBe(true);
    expect(data.page.groups[0]!.rows.map((r) => r.outcome)).toEqual([
      { status: 'filled', text: 'filled' },
      { status: 'failed', text: 'failed: the field went away' },
    ]);
    const switched = popupReducer(s, { type: 'switch-profile', id: 'elixir' });
    expect(switched.outcomes).toEqual({});
    expect(switched.fill).toEqual({ status: 'idle' });
    const result = { restored: 1, failed: [{ fieldId: '#g', label: 'Gender', why: 'it shows "Male", not nothing' }] };
    const undone = popupReducer(s, { type: 'undone', result });
    expect(undone.fill).toMatchObject({ status: 'done', undo: result });
  });

  it('a fill made before the popup opened (an earlier popup, the shortcut) can be undone from it', () => {
    const s = run({ type: 'profiles-loaded', profiles: [rust], activeId: 'rust', problems: [] }, { type: 'undo-state', fields: 3 });
    expect(s.fill).toEqual({ status: 'idle', undoable: 3 });
    expect(popupReducer(s, { type: 'undo-state', fields: 0 }).fill).toEqual({ status: 'idle', undoable: 3 });
    const result = { restored: 3, failed: [] };
    expect(popupReducer(s, { type: 'undone', result }).fill).toEqual({ status: 'undone', undo: result });
  });

  it('off an application page the popup shows the tailoring tab', () => {
    const s = run({ type: 'profiles-loaded', profiles: [rust], activeId: 'rust', problems: [] }, { type: 'page-read', snapshot: null });
    expect(popupData(s)).toMatchObject({ page: { status: 'none' }, tab: 'tailor' });
    expect(popupData(popupReducer(s, { type: 'problem', text: 'x' })).problems).toEqual(['x']);
  });
});

function popupNeeds(s: PopupState): string[] {
  const data = popupData(s);
  return data.page.status === 'ready' ? data.page.needsYou.map((r) => r.step.fieldId) : [];
}
