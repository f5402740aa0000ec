import { describe, expect, it } from 'vitest';
import type { FieldDescriptor, Forbidden } from '../../lib/fields/field-descriptor';
import { chooseFrames, frameHiddenReason, seenFieldCount, shortcutForm, type FrameFacts } from '../../lib/page/frame-choice';
import { formChoices } from '../../lib/popup/form-choices';
import { initialPopupState, popupReducer, type PopupState } from '../../lib/popup/popup-state';
import type { PageSnapshot } from '../../lib/page/analyze-page';

const field = (id: string, forbidden: Forbidden | null = null): FieldDescriptor => ({
  id, kind: 'text', tag: 'input', type: 'text', name: id, domId: id, autocomplete: '', labels: [], section: '', sectionNote: '',
  groupIndex: 0, options: [], required: false, forbidden, currentValue: '', accept: '',
});
const fields = (seen: number, hidden = 0): FieldDescriptor[] => [
  ...Array.from({ length: seen }, (_, i) => field(`seen${i}`)),
  ...Array.from({ length: hidden }, (_, i) => field(`hidden${i}`, 'hidden')),
];
const frame = (id: number, over: Partial<FrameFacts> = {}): FrameFacts => ({ id, token: `t${id}`, width: 800, height: 2600, top: false, seen: 'unknown', ...over });
const page = (id: number, f: FieldDescriptor[], over: Partial<FrameFacts> = {}) => ({ name: `frame ${id}`, fields: f, frame: frame(id, over) });
const names = (pages: { name: string }[]) => pages.map((p) => p.name);

describe('which frame of a tab is the form a person fills (lib/page/frame-choice.ts)', () => {
  it('a 1x1 or transparent embed before the real one is refused, with why; the real one is the only choice', () => {
    const choice = chooseFrames([page(3, fields(20), { width: 1, height: 1 }), page(5, fields(0, 20)), page(7, fields(18))]);
    expect(names(choice.usable)).toEqual(['frame 7']);
    expect(choice.refused.map((r) => [r.page.name, r.why])).toEqual([
      ['frame 3', 'its frame is only 1x1 px'],
      ['frame 5', 'none of its fields can be seen'],
    ]);
    const covered = chooseFrames([page(3, fields(20), { seen: 'no' }), page(7, fields(18), { seen: 'yes' })]);
    expect(names(covered.usable)).toEqual(['frame 7']);
    expect(covered.refused[0]!.why).toMatch(/hides its frame/);
  });

  it('a frame 39 px on one side is too small, 40x40 is not', () => {
    expect(frameHiddenReason(page(1, fields(3), { width: 39, height: 900 }))).toBe('its frame is only 39x900 px');
    expect(frameHiddenReason(page(1, fields(3), { width: 40, height: 40 }))).toBeNull();
  });

  it('among forms a person sees: most seen fields first, then one confirmed seen, then the earlier frame', () => {
    // Hidden fields do not count: 20 fields of which 15 hidden lose to 8 seen ones.
    expect(names(chooseFrames([page(2, fields(5, 15)), page(9, fields(8))]).usable)).toEqual(['frame 9', 'frame 2']);
    expect(names(chooseFrames([page(2, fields(8)), page(9, fields(8), { seen: 'yes' })]).usable)).toEqual(['frame 9', 'frame 2']);
    expect(names(chooseFrames([page(9, fields(8)), page(2, fields(8))]).usable)).toEqual(['frame 2', 'frame 9']);
    // Decoys are not fields a person sees either.
    expect(seenFieldCount({ fields: [field('a'), field('b', 'honeypot'), field('c', 'disabled')] })).toBe(2);
  });

  it('the shortcut fills with no review only a form it is sure a person sees; two unconfirmed forms are left to the popup', () => {
    const pick = (...pages: ReturnType<typeof page>[]) => shortcutForm(chooseFrames(pages))?.name ?? null;
    // One form: the one to fill, confirmed or not (an embed below the page's fold cannot tell).
    expect(pick(page(3, fields(8)))).toBe('frame 3');
    // A transparent embed of another origin below the fold, before the real one: both 'unknown', nothing filled.
    expect(pick(page(3, fields(8)), page(7, fields(8)))).toBeNull();
    // The preferred form confirmed seen, or the tab's top document: filled.
    expect(pick(page(3, fields(8), { seen: 'yes' }), page(7, fields(8)))).toBe('frame 3');
    expect(pick(page(3, fields(9), { top: true }), page(7, fields(8)))).toBe('frame 3');
    // A confirmed form that comes second (fewer fields) does not make the unconfirmed first one safe.
    expect(pick(page(3, fields(9)), page(7, fields(8), { seen: 'yes' }))).toBeNull();
    expect(pick()).toBeNull();
  });

  it('a page collected without frame facts (the top document in a test) is judged by its fields alone', () => {
    expect(names(chooseFrames([{ name: 'top', fields: fields(2) }]).usable)).toEqual(['top']);
    expect(chooseFrames([]).usable).toEqual([]);
  });
});

describe('the popup lets the person pick when two forms qualify', () => {
  const snap = (id: number, n: number, seen: FrameFacts['seen'] = 'yes') => ({ ...page(id, fields(n), { seen }), url: 'https://boards.greenhouse.io/embed/job_app?for=acme&token=1', ats: 'greenhouse', job: { company: 'acme', title: 'SRE' }, classifications: {}, timings: { collectMs: 0, classifyMs: 0 } }) as unknown as PageSnapshot;
  const read = (snaps: PageSnapshot[]): PopupState => popupReducer(initialPopupState, { type: 'forms-read', choice: chooseFrames(snaps) });

  it('offers both, named in page order, the preferred one chosen; choosing switches the reviewed form', () => {
    const a = snap(4, 10, 'unknown');
    const b = snap(6, 12);
    let s = read([a, b]);
    expect(s.snapshot).toBe(b);
    expect(formChoices(s)).toEqual([
      // Below the fold when the popup opened: the person learns why it may still be refused.
      { frameId: 4, name: 'Form 1', detail: '10 fields · SRE · boards.greenhouse.io · out of view: looked at again when you press Fill', chosen: false, locked: false },
      { frameId: 6, name: 'Form 2', detail: '12 fields · SRE · boards.greenhouse.io', chosen: true, locked: false },
    ]);
    s = popupReducer(s, { type: 'choose-frame', frameId: 4 });
    expect(s.snapshot).toBe(a);
    expect(formChoices(s).map((f) => f.chosen)).toEqual([true, false]);
  });

  it('one form: no chooser; none a person sees: no review, and the message says why', () => {
    expect(formChoices(read([snap(4, 10)]))).toEqual([]);
    const hidden = read([{ ...snap(4, 10), frame: frame(4, { width: 1, height: 1 }) }]);
    expect(hidden.snapshot).toBeNull();
    expect(hidden.refused).toEqual(['its frame is only 1x1 px']);
  });

  it('while a fill can be undone the form stays put, so Undo reaches the filled frame', () => {
    const a = snap(4, 10);
    const b = snap(6, 12);
    let s = popupReducer(read([a, b]), { type: 'fill-started' });
    s = popupReducer(s, { type: 'filled', counts: { filled: 3, skipped: 0, 'needs-you': 0, failed: 0 }, results: [] });
    expect(popupReducer(s, { type: 'choose-frame', frameId: 4 }).snapshot).toBe(b);
    expect(formChoices(s).every((f) => f.locked)).toBe(true);
    s = popupReducer(s, { type: 'undone', result: { restored: 3, failed: [] } });
    const after = popupReducer(s, { type: 'choose-frame', frameId: 4 });
    expect(after.snapshot).toBe(a);
    expect(after.fill).toEqual({ status: 'idle' });
  });
});
