import { describe, expect, it } from 'vitest';
import type { FieldDescriptor } from '../../lib/fields/field-descriptor';
import { coveredByPage, markPageCovers } from '../../lib/fields/page-covers';
import { checkIframeViews, parseContentRequest } from '../../lib/extension/content-messages';
import { aroundFrame, framePath, seenWithPage, type AroundFrame, type FrameSelf } from '../../lib/page/frame-around';
import { frameHiddenReason } from '../../lib/page/frame-choice';
import type { IframeView } from '../../lib/page/iframe-judge';
import { judgeIframe } from '../../lib/page/iframe-judge';
import { documentFrom } from '../support/dom-from-html';

const EMBED = 'https://boards.greenhouse.io/embed/job_app?for=acme&token=7001';
const view = (index: number | null, over: Partial<IframeView> = {}): IframeView => ({ index, src: EMBED, width: 880, height: 2600, hidden: null, shown: true, covers: [], ...over });
const me = (over: Partial<FrameSelf> = {}): FrameSelf => ({ path: [1], url: EMBED, width: 880, height: 2600, ...over });
const NOTICE = { left: 400, top: 700, right: 880, bottom: 820 };

describe('which of the top page\'s iframes holds this frame (lib/page/frame-around.ts aroundFrame)', () => {
  it.each<[string, IframeView[], FrameSelf, AroundFrame | null]>([
    ['its place among the top\'s frames, its size checked', [view(0, { hidden: 'opacity 0' }), view(1, { covers: [NOTICE] })], me(), { hidden: null, decisive: true, covers: [NOTICE] }],
    ['a transparent one at its place', [view(0), view(1, { hidden: 'opacity 0', shown: false })], me(), { hidden: 'opacity 0', decisive: false, covers: [] }],
    ['one below the fold that nothing hides by style: not decisive (only a scroll would show a cover)', [view(1, { shown: false })], me(), { hidden: null, decisive: false, covers: [] }],
    ['its place, but another size (the frames changed since): nothing', [view(1, { height: 600 })], me(), null],
    ['a size off by a rounding pixel still fits', [view(1, { width: 879.5 })], me(), { hidden: null, decisive: true, covers: [] }],
    ['no iframe at its place: nothing', [view(0), view(2)], me(), null],
    ['without a place, the one iframe at its address and size', [view(null, { src: 'https://other.example/' }), view(null, { hidden: 'a box of 1x1 px' })], me({ path: null }), { hidden: 'a box of 1x1 px', decisive: true, covers: [] }],
    ['without a place, two alike that disagree: nothing', [view(null), view(null, { hidden: 'opacity 0' })], me({ path: null }), null],
    ['without a place, two alike that agree: their verdict, no covers', [view(null, { covers: [NOTICE] }), view(null)], me({ path: null }), { hidden: null, decisive: true, covers: [] }],
    ['without a place, two alike, one in view and one not: nothing', [view(null), view(null, { shown: false })], me({ path: null }), null],
    ['a frame nested deeper: its outermost iframe\'s "hidden" only', [view(1, { hidden: 'opacity 0', width: 300 })], me({ path: [1, 0] }), { hidden: 'opacity 0', decisive: false, covers: [] }],
    ['a frame nested deeper in a seen iframe: the page cannot tell', [view(1, { width: 300 })], me({ path: [1, 0] }), null],
  ])('%s', (_name, views, self, expected) => {
    expect(aroundFrame(views, self)).toEqual(expected);
  });
});

describe('where a frame sits among the tab\'s frames (framePath): indices from the top, by window identity', () => {
  type W = { parent: W; length: number; [i: number]: W };
  const win = (children: W[] = []): W => {
    const w = { length: children.length } as W;
    w.parent = w;
    children.forEach((c, i) => {
      w[i] = c;
      c.parent = w;
    });
    return w;
  };
  const inner = win();
  const embed = win([win(), inner]);
  const top = win([win(), win(), embed]);
  it.each([
    ['the top document has none', top, null],
    ['an iframe of the top', embed, [2]],
    ['a frame inside it', inner, [2, 1]],
  ])('%s', (_name, w, expected) => {
    expect(framePath(w as unknown as Window)).toEqual(expected);
  });
  it('a window its parent does not list (wrapped differently): none', () => {
    const lost = win();
    lost.parent = top;
    expect(framePath(lost as unknown as Window)).toBeNull();
  });
});

describe('the frame\'s "seen" with the page\'s judgement (seenWithPage)', () => {
  const asked: string[] = [];
  const own = (answer: 'yes' | 'no' | 'unknown') => () => {
    asked.push(answer);
    return Promise.resolve(answer);
  };
  it.each<[string, AroundFrame | null, 'yes' | 'no' | 'unknown', 'yes' | 'no' | 'unknown', boolean]>([
    ['the page hides it: no, v2 not asked', { hidden: 'opacity 0', decisive: false, covers: [] }, 'unknown', 'no', false],
    ['below the fold, not hidden by style: v2 decides', { hidden: null, decisive: false, covers: [] }, 'unknown', 'unknown', true],
    ['the page shows it (partly covered, half transparent): yes over v2\'s no', { hidden: null, decisive: true, covers: [NOTICE] }, 'no', 'yes', false],
    ['a deeper frame the outer iframe of which is hidden: no', { hidden: 'display none', decisive: false, covers: [] }, 'yes', 'no', false],
    ['a deeper frame in a seen iframe: v2 decides', null, 'no', 'no', true],
    ['no judgement (no activeTab): v2 decides, as before', null, 'unknown', 'unknown', true],
  ])('%s', async (_name, around, v2, expected, askedV2) => {
    asked.length = 0;
    expect(await seenWithPage(around, own(v2))).toBe(expected);
    expect(asked.length > 0).toBe(askedV2);
  });

  it('a refused frame says what the page does to it', () => {
    const frame = { id: 4, token: 't', width: 880, height: 2600, top: false, seen: 'no' as const };
    expect(frameHiddenReason({ fields: [], frame: { ...frame, pageWhy: 'opacity 0' } })).toBe('the page hides its frame (opacity 0)');
    expect(frameHiddenReason({ fields: [], frame })).toBe('the page hides its frame (transparent, filtered or covered)');
  });
});

describe('the judge in the top page rates an iframe by the field rules (lib/page/iframe-judge.ts, markup and style)', () => {
  // happy-dom has no layout: size, place and cover are measured in Chromium (tests/e2e/frames-page-judge.test.ts).
  it.each([
    ['opacity 0', 'style="opacity:0"', 'opacity 0'],
    ['a wrapper at 0.3 and the iframe at 0.3 (0.09)', 'style="opacity:.3"', 'opacity 0.09', 'opacity:.3'],
    ['display none', 'style="display:none"', 'display none'],
    ['visibility hidden', 'style="visibility:hidden"', 'visibility hidden'],
    ['aria-hidden', 'aria-hidden="true"', 'aria-hidden'],
    ['half transparent (as a field at 0.5: seen)', 'style="opacity:.5"', null],
    ['plain', '', null],
  ])('%s', (_name, attrs, expected, wrapper = '') => {
    const doc = documentFrom(`<div style="${wrapper}"><iframe id="f" ${attrs} src="/embed/job_app?for=acme"></iframe></div>`, 'https://www.acme-robotics.com/careers');
    const judged = judgeIframe(doc.defaultView!, doc.getElementById('f') as HTMLIFrameElement);
    expect(judged.hidden).toBe(expected);
    expect(judged.src).toBe('https://www.acme-robotics.com/embed/job_app?for=acme');
    // No layout, so nothing is looked at: never 'shown', never decisive for a 'yes'.
    expect([judged.shown, judged.covers]).toEqual([false, []]);
  });
});

describe('fields under a box of the page around the frame (lib/fields/page-covers.ts)', () => {
  const at = (el: Element, left: number, top: number, width = 672, height = 41) => {
    el.getBoundingClientRect = () => ({ left, top, right: left + width, bottom: top + height, width, height, x: left, y: top, toJSON: () => ({}) });
  };
  const doc = documentFrom('<input id="first_name"><input id="email"><input id="phone">');
  const els = ['first_name', 'email', 'phone'].map((id) => doc.getElementById(id)!);
  at(els[0]!, 104, 573);
  at(els[1]!, 104, 741); // centre (440, 761.5): under the notice
  at(els[2]!, 104, 825); // centre (440, 845.5): below it
  const field = (id: string): FieldDescriptor => ({
    id: `#${id}`, kind: 'text', tag: 'input', type: 'text', name: id, domId: id, autocomplete: '', labels: [], section: '', sectionNote: '',
    groupIndex: 0, options: [], required: false, forbidden: null, currentValue: '', accept: '',
  });

  it('a control whose centre lies under a box is covered; one the box only touches is not', () => {
    expect(els.map((el) => coveredByPage(el, 'text', [NOTICE]))).toEqual([false, true, false]);
    expect(els.map((el) => coveredByPage(el, 'text', []))).toEqual([false, false, false]);
  });

  it('marks those fields hidden, and leaves fields already forbidden as they are', () => {
    const fields = [field('first_name'), field('email'), { ...field('phone'), forbidden: 'disabled' as const }];
    const elements = new Map(fields.map((f, i) => [f.id, [els[i]!]]));
    markPageCovers(fields, elements, [NOTICE, { left: 0, top: 820, right: 880, bottom: 900 }]);
    expect(fields.map((f) => f.forbidden)).toEqual([null, 'hidden', 'disabled']);
  });
});

describe('the collect request carries the judgement as plain data (content-messages.ts)', () => {
  it('accepts a well-formed list and refuses anything else, naming the path', () => {
    const around = [view(0, { covers: [NOTICE] }), view(null, { hidden: 'opacity 0' })];
    expect(parseContentRequest({ type: 'applyfill:collect', skip: ['a'], around })).toEqual({ ok: true, request: { type: 'applyfill:collect', skip: ['a'], around } });
    expect(parseContentRequest({ type: 'applyfill:collect', around: [{ ...view(0), index: -1 }] })).toEqual({ ok: false, error: 'around.0.index: expected a frame index or null' });
    expect(parseContentRequest({ type: 'applyfill:collect', around: [{ ...view(0), covers: [{ left: 0 }] }] })).toEqual({ ok: false, error: 'around.0.covers: expected a list of boxes' });
    expect(parseContentRequest({ type: 'applyfill:collect', around: [{ ...view(0), hidden: 3 }] })).toEqual({ ok: false, error: 'around.0.hidden: expected a reason or null' });
    expect(parseContentRequest({ type: 'applyfill:collect', around: [{ ...view(0), shown: 'yes' }] })).toEqual({ ok: false, error: 'around.0.shown: expected true or false' });
    expect(() => checkIframeViews('x')).toThrow('around: expected a list');
  });
});
