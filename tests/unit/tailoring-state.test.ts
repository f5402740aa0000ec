import { describe, expect, it } from 'vitest';
import { newJobTailoring, withDescription } from '../../lib/tailor/job-tailoring';
import { currentChoices, tailorData } from '../../lib/tailor/tailor-data';
import { initialTailoringState, shouldReadPage, tailoringReducer, type TailoringEvent, type TailoringState } from '../../lib/tailor/tailoring-state';
import { rankProfile } from '../../lib/tailor/bullet-ranking';
import { profilePositions } from '../../lib/tailor/profile-bullets';
import { profileSchema } from '../../lib/profile/profile-schema';

// Sequences of events and the state after them: everything the Tailor hook relies on (it only wires storage, the
// tab and the clipboard to these). The clock is the events' own (`at`), so the results are exact.
const URL_ = 'https://jobs.lever.co/acme/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0';
const OTHER = 'https://jobs.lever.co/acme/11111111-2222-3333-4444-555555555555';
const T0 = 1_700_000_000_000;
const kept = withDescription(newJobTailoring(URL_, T0), 'Kept: Elixir and Phoenix.', {}, T0);
const choices = { positions: { 'work.0': { chosen: ['work.0.b0'], edits: {} } } };

const run = (events: TailoringEvent[]): TailoringState => events.reduce(tailoringReducer, initialTailoringState(URL_, T0));
const loaded: TailoringEvent = { type: 'loaded', key: URL_, stored: null, problems: [], at: T0 };
const read: TailoringEvent = { type: 'read-done', key: URL_, text: 'We build Rust services.', title: 'Rust engineer', company: 'Acme', at: T0 + 5 };

const table: [string, TailoringEvent[], Record<string, unknown>][] = [
  ['before storage answers: nothing loaded, nothing to save', [], { loadedKey: null, unsaved: false, source: { status: 'idle' } }],
  ['nothing stored: a new job for the key', [loaded], { loadedKey: URL_, job: { url: newJobTailoring(URL_).url, description: '' }, unsaved: false }],
  ['a kept description says so', [{ ...loaded, stored: kept }], { job: kept, source: { status: 'pasted', message: 'Description kept from your last visit.' } }],
  ['storage problems become the message', [{ ...loaded, problems: ['a', 'b'] }], { message: 'a; b' }],
  ['reading', [loaded, { type: 'read-started', key: URL_ }], { readFor: URL_, source: { status: 'reading' } }],
  ['read: description, title, company; unsaved', [loaded, { type: 'read-started', key: URL_ }, read], { job: { description: 'We build Rust services.', title: 'Rust engineer', company: 'Acme', savedAt: T0 + 5 }, source: { status: 'page' }, unsaved: true }],
  ['a read for a form the popup left is dropped', [{ ...loaded, key: OTHER }, { ...read }], { job: { description: '' }, unsaved: false }],
  ['a read that failed says why', [loaded, { type: 'read-failed', key: URL_, message: 'paste it instead' }], { source: { status: 'failed', message: 'paste it instead' } }],
  ['typed: pasted, unsaved', [loaded, { type: 'description-typed', text: 'Go and Kafka', at: T0 + 9 }], { job: { description: 'Go and Kafka', savedAt: T0 + 9 }, source: { status: 'pasted' }, unsaved: true }],
  ['stored: saved, the job kept', [loaded, { type: 'description-typed', text: 'Go', at: T0 }, { type: 'stored' }], { job: { description: 'Go' }, unsaved: false }],
  ['choices per profile, unsaved', [loaded, { type: 'choices-changed', profileId: 'rust', choices, at: T0 + 1 }], { job: { byProfile: { rust: choices } }, unsaved: true }],
  ['loaded again (another form) forgets the unsaved mark and the source', [loaded, { type: 'description-typed', text: 'Go', at: T0 }, { ...loaded, key: OTHER }], { loadedKey: OTHER, job: { description: '' }, unsaved: false, source: { status: 'idle' } }],
  ['a message', [{ type: 'message', text: 'Copied the bullet.' }], { message: 'Copied the bullet.' }],
];

describe('tailoring reducer transitions (lib/tailor/tailoring-state.ts)', () => {
  it.each(table)('%s', (_name, events, expected) => {
    expect(run(events)).toMatchObject(expected);
  });
});

describe('when the page is read (README: only when Tailor opens, once per form)', () => {
  const view = { open: true, onForm: true, key: URL_ };
  const cases: [string, TailoringEvent[], Partial<typeof view>, boolean][] = [
    ['Tailor open on a form, nothing kept: read', [loaded], {}, true],
    ['popup open on the review: not read', [loaded], { open: false }, false],
    ['off a form: nothing to read', [loaded], { onForm: false }, false],
    ['storage has not answered yet: wait (a kept description may come)', [], {}, false],
    ['storage answered for another form: wait', [{ ...loaded, key: OTHER }], {}, false],
    ['a description kept from the last visit: not read again', [{ ...loaded, stored: kept }], {}, false],
    ['read already (even if it failed): not again', [loaded, { type: 'read-started', key: URL_ }, { type: 'read-failed', key: URL_, message: 'x' }], {}, false],
    ['a description typed: not read over it', [loaded, { type: 'description-typed', text: 'Go', at: T0 }], {}, false],
  ];
  it.each(cases)('%s', (_name, events, over, expected) => {
    expect(shouldReadPage(run(events), { ...view, ...over })).toBe(expected);
  });
});

describe('what the Tailor view shows (lib/tailor/tailor-data.ts)', () => {
  const profile = profileSchema.parse({
    schemaVersion: 1, id: 'rust', label: 'Rust', identity: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.org' },
    work: [{ company: 'Protocol Labs', title: 'Engineer', current: true, bullets: ['Built Rust networking services', 'Ran the office party'] }],
  });
  const positions = profilePositions(profile);
  const context = (description: string) => ({ profile, positions, ranking: rankProfile(description, profile), snapshot: null, tabId: undefined });

  it('no description: no suggestions, no positions, nothing to read off a form', () => {
    const s = run([loaded]);
    expect(currentChoices(s, context(''))).toEqual({ positions: {} });
    expect(tailorData(s, context(''))).toMatchObject({ canReadPage: false, positions: [], description: '', stale: 0 });
  });

  it('a description: the best bullets suggested until the person picks their own, which are kept for the profile', () => {
    const s = run([loaded, { type: 'description-typed', text: 'We build Rust networking services.', at: T0 }]);
    const suggested = currentChoices(s, context(s.job.description));
    expect(suggested.positions[positions[0]!.key]?.chosen).toEqual([positions[0]!.bullets[0]!.id]);
    const own = { positions: { [positions[0]!.key]: { chosen: [positions[0]!.bullets[1]!.id], edits: {} } } };
    const picked = tailoringReducer(s, { type: 'choices-changed', profileId: 'rust', choices: own, at: T0 });
    expect(currentChoices(picked, context(s.job.description))).toEqual(own);
    const data = tailorData(picked, context(s.job.description));
    expect(data.positions[0]!.bullets.filter((b) => b.chosen).map((b) => b.text)).toEqual(['Ran the office party']);
  });
});
