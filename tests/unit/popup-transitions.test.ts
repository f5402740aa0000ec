import { describe, expect, it } from 'vitest';
import { initialPopupState, popupReducer, type PopupEvent, type PopupState } from '../../lib/popup/popup-state';
import { replaceProfileAndPerson } from '../../lib/profile/combine-profile';
import { profileSchema, type Profile } from '../../lib/profile/profile-schema';
import type { PageSnapshot } from '../../lib/page/analyze-page';

// Sequences of events from the initial state and what the state says after them: every transition the popup hook
// relies on (it only wires storage and the tab to these).
const page = { url: 'https://job-boards.greenhouse.io/acme/jobs/1', fields: [] } as unknown as PageSnapshot;
const counts = { filled: 2, skipped: 0, 'needs-you': 1, failed: 0 };
const undo = { restored: 2, failed: [] };
const run = (events: PopupEvent[]): PopupState => events.reduce(popupReducer, initialPopupState);
const loaded: PopupEvent = { type: 'profiles-loaded', profiles: [], activeId: 'rust', problems: [] };
const edit: PopupEvent = { type: 'edit', fieldId: 'f1', change: { value: 'Yes' } };

const table: [string, PopupEvent[], Partial<PopupState>][] = [
  ['nothing read yet: waiting for the tab', [], { tabId: undefined, snapshot: undefined }],
  ['no tab: nothing to wait for', [{ type: 'tab-found', tabId: undefined }], { tabId: undefined, snapshot: null }],
  ['a tab found: still reading its forms', [{ type: 'tab-found', tabId: 7 }], { tabId: 7, snapshot: undefined }],
  ['a tab and its page', [{ type: 'tab-found', tabId: 7 }, { type: 'page-read', snapshot: page }], { tabId: 7, snapshot: page }],
  ['a problem before the page: no longer loading', [{ type: 'problem', text: 'x' }], { snapshot: null, problems: ['x'] }],
  ['a problem after the page keeps the page', [{ type: 'page-read', snapshot: page }, { type: 'problem', text: 'x' }], { snapshot: page, problems: ['x'] }],
  ['edits loaded from storage are not unsaved', [{ type: 'edits-loaded', edits: { f1: { value: 'A' } } }], { edits: { f1: { value: 'A' } }, editsUnsaved: false }],
  ['a person edit is unsaved', [edit], { edits: { f1: { value: 'Yes' } }, editsUnsaved: true }],
  ['stored: saved, the edit kept', [edit, { type: 'edits-stored' }], { edits: { f1: { value: 'Yes' } }, editsUnsaved: false }],
  ['edits loaded over a person edit replace it, not saved again', [edit, { type: 'edits-loaded', edits: {} }], { edits: {}, editsUnsaved: false }],
  ['another edit after storing is unsaved again', [edit, { type: 'edits-stored' }, { type: 'edit', fieldId: 'f1', change: { enabled: false } }], { edits: { f1: { value: 'Yes', enabled: false } }, editsUnsaved: true }],
  ['tabs and sections', [{ type: 'show-tab', tab: 'tailor' }, { type: 'toggle-section', name: 'Contact', open: true }], { tab: 'tailor', open: { Contact: true } }],
  ['remember toggles per field', [{ type: 'set-remember', fieldId: 'f1', on: false }, { type: 'set-remember', fieldId: 'f2', on: true }], { remember: { f1: false, f2: true } }],
  ['a fill runs', [{ type: 'fill-started' }], { fill: { status: 'filling' } }],
  ['a fill done', [{ type: 'fill-started' }, { type: 'filled', counts, results: [] }], { fill: { status: 'done', counts } }],
  ['a fill that failed shows why', [{ type: 'fill-started' }, { type: 'fill-failed', message: 'the form went away' }], { fill: { status: 'error', message: 'the form went away' } }],
  ['a fill undone', [{ type: 'fill-started' }, { type: 'filled', counts, results: [] }, { type: 'undone', result: undo }], { fill: { status: 'done', counts, undo }, outcomes: {} }],
  ['an undo that failed shows why', [{ type: 'undo-state', fields: 2 }, { type: 'undo-failed', message: 'gone' }], { fill: { status: 'error', message: 'gone' } }],
  ['an earlier fill to undo', [{ type: 'undo-state', fields: 2 }], { fill: { status: 'idle', undoable: 2 } }],
  ['an earlier fill does not hide this one', [{ type: 'fill-started' }, { type: 'undo-state', fields: 2 }], { fill: { status: 'filling' } }],
  ['another résumé: the last fill is forgotten', [loaded, { type: 'fill-started' }, { type: 'filled', counts, results: [] }, { type: 'switch-profile', id: 'elixir' }], { activeId: 'elixir', fill: { status: 'idle' } }],
  ['the same résumé again changes nothing', [loaded, { type: 'fill-started' }, { type: 'switch-profile', id: 'rust' }], { activeId: 'rust', fill: { status: 'filling' } }],
];

describe('popup reducer transitions (lib/popup/popup-state.ts)', () => {
  it.each(table)('%s', (_name, events, expected) => {
    expect(run(events)).toMatchObject(expected);
  });

  it('no event changes the state it was given', () => {
    const before = run([edit, { type: 'tab-found', tabId: 7 }]);
    const copy = structuredClone(before);
    for (const [, events] of table) events.reduce(popupReducer, before);
    expect(before).toEqual(copy);
  });
});

describe('replaceProfileAndPerson: the person is stored once', () => {
  const base = { schemaVersion: 1, identity: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.org' } };
  const rust = profileSchema.parse({ ...base, id: 'rust', label: 'Rust' });
  const elixir = profileSchema.parse({ ...base, id: 'elixir', label: 'Elixir', headline: 'Elixir engineer' });

  it('the changed profile replaces its own; the others get its person and keep their résumé', () => {
    const next: Profile = { ...rust, identity: { ...rust.identity, email: 'ada@new.example' } };
    const [r, e] = replaceProfileAndPerson([rust, elixir], next);
    expect(r).toBe(next);
    expect(e!.identity.email).toBe('ada@new.example');
    expect([e!.id, e!.label, e!.headline]).toEqual(['elixir', 'Elixir', 'Elixir engineer']);
  });
});
