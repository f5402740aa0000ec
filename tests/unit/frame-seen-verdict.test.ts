import { describe, expect, it } from 'vitest';
import { ownerVerdict, seenVerdict, type Witness } from '../../lib/page/frame-seen';
import { fitsViewport, undistorted } from '../../lib/page/frame-witnesses';
import { documentFrom } from '../support/dom-from-html';

/** A witness that can tell: wholly inside the frame's viewport, nothing in its own document distorting it. */
const plain = (over: Partial<Witness> = {}): Witness => ({ isIntersecting: true, isVisible: false, area: 300 * 40, plain: true, ...over });
const outOfView = (over: Partial<Witness> = {}): Witness => ({ isIntersecting: false, isVisible: false, area: 0, plain: true, ...over });

describe("whether a person sees a frame, from IntersectionObserver v2's reports (lib/page/frame-seen.ts)", () => {
  // Regression (fuzz F11, Chromium, seed 7): an opacity-0 800x380 iframe whose only fillable field lay below 380 px
  // (its own fold) answered 'unknown' and was offered: nothing it watched was in its viewport. What the frame shows in
  // its viewport (its first heading, a disabled field) tells, wherever the fields are.
  it('something plain in view and not visible, every field below the fold: the page hides the frame (F11)', () => {
    expect(seenVerdict([plain(), outOfView(), outOfView()])).toBe('no');
  });

  it('anything visible: seen (v2 never calls visible what a transparent, filtered or covered iframe holds)', () => {
    expect(seenVerdict([plain(), plain({ isVisible: true, plain: false })])).toBe('yes');
  });

  // Fuzz F12 (Chromium, seeds 7 and 11): a visible frame was refused. v2 tests whether an element is covered over its
  // whole box, also the part the frame scrolls away: a root taller than the frame's viewport reached over the page's
  // content below the iframe and was called covered. And it calls a field under a half-transparent wrapper unseen.
  it('a witness that is not plain (taller than the viewport, or under a half-transparent box) cannot say no', () => {
    expect(seenVerdict([plain({ plain: false }), plain({ plain: false })])).toBe('unknown');
    expect(seenVerdict([plain({ plain: false }), plain({ isVisible: true })])).toBe('yes');
  });

  it('nothing in the tab\'s viewport (the frame below the page fold or off-screen): cannot tell', () => {
    expect(seenVerdict([outOfView(), outOfView()])).toBe('unknown');
    expect(seenVerdict([])).toBe('unknown');
    expect(seenVerdict([plain({ area: 0 })])).toBe('unknown');
  });

  it('a browser without v2 (isVisible missing) cannot say no', () => {
    expect(seenVerdict([plain({ isVisible: undefined })])).toBe('unknown');
  });
});

describe('which witnesses are plain', () => {
  it('nothing in its own document makes it transparent, filtered or transformed', () => {
    const doc = documentFrom(
      '<main><h1 id="a">Apply</h1><div style="opacity:.6"><p id="b">faded</p></div><div style="filter:blur(1px)"><p id="c">blurred</p></div><p id="d" style="transform:rotate(2deg)">turned</p></main>',
    );
    const el = (id: string) => doc.getElementById(id)!;
    expect(['a', 'b', 'c', 'd'].map((id) => undistorted(el(id)))).toEqual([true, false, false, false]);
  });

  it('wholly inside the frame viewport (an element partly scrolled away is tested over the part too)', () => {
    const rect = (left: number, top: number, width: number, height: number) => ({ left, top, right: left + width, bottom: top + height });
    expect(fitsViewport(rect(0, 0, 800, 380), 800, 380)).toBe(true);
    expect(fitsViewport(rect(0, 0, 800, 1400), 800, 380)).toBe(false);
    expect(fitsViewport(rect(10, -5, 100, 20), 800, 380)).toBe(false);
    expect(fitsViewport(rect(10, 20, 0, 0), 800, 380)).toBe(false);
  });
});

// Fuzz F13 (Chromium, seed 2): a visible frame was refused because a select of the page that nobody sees (inside a
// `filter: opacity(0)` box, moved up by `position: fixed`) overlapped its top edge, and v2 calls that covered.
describe('a frame of the same origin as its page: its <iframe> judged as a field is', () => {
  const tab = (iframeStyle: string, wrapper = '') => {
    const doc = documentFrom(`<div style="${wrapper}"><iframe style="${iframeStyle}"></iframe></div><select style="filter:opacity(0)"><option>Yes</option></select>`);
    const top = {} as Window;
    return { frameElement: doc.querySelector('iframe'), parent: top, top };
  };

  it('hidden by the page (transparent, a transparent wrapper, display:none): no', () => {
    expect(ownerVerdict(tab('opacity:0'))).toBe('no');
    expect(ownerVerdict(tab('', 'opacity:0.05'))).toBe('no');
    expect(ownerVerdict(tab('display:none'))).toBe('no');
  });

  it('not hidden, and the page is the top: yes; a page that is a frame itself, or another origin: v2 decides', () => {
    expect(ownerVerdict(tab(''))).toBe('yes');
    expect(ownerVerdict({ ...tab(''), top: {} as Window })).toBeNull();
    expect(ownerVerdict({ frameElement: null, parent: {} as Window, top: {} as Window })).toBeNull();
  });
});
