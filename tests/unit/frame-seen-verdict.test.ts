import { describe, expect, it } from 'vitest';
import { seenVerdict, type Witness } from '../../lib/page/frame-seen';

const root = (over: Partial<Witness> = {}): Witness => ({ isIntersecting: true, isVisible: false, area: 800 * 380, ...over });
const field = (over: Partial<Witness> = {}): Witness => ({ isIntersecting: false, isVisible: false, area: 0, ...over });

// Regression (fuzz F11, Chromium, seed 7): an opacity-0 800x380 iframe whose only fillable field lay below 380 px
// (its own fold) answered 'unknown' and was offered, because nothing the frame watched was in its viewport. The
// frame's root element is always in its own viewport: it tells whether the frame itself is seen, wherever its fields are.
describe("whether a person sees a frame, from IntersectionObserver v2's reports (lib/page/frame-seen.ts)", () => {
  it('the root in view and not visible, no field in view: the page hides the frame (F11)', () => {
    expect(seenVerdict([root(), field(), field()])).toBe('no');
  });

  it('the root visible: seen, though its fields sit under a half-transparent wrapper (which v2 calls unseen)', () => {
    expect(seenVerdict([root({ isVisible: true }), field({ isIntersecting: true, area: 400 })])).toBe('yes');
  });

  it('a field visible though the root is not (a small box of the page over one corner of a same-origin frame): seen', () => {
    expect(seenVerdict([root(), field({ isIntersecting: true, isVisible: true, area: 400 })])).toBe('yes');
  });

  it('nothing in the top viewport (the frame below the page fold or off-screen): cannot tell', () => {
    expect(seenVerdict([root({ isIntersecting: false, area: 0 }), field()])).toBe('unknown');
    expect(seenVerdict([])).toBe('unknown');
  });

  it('a root of no area (content all positioned) says nothing: its fields decide', () => {
    expect(seenVerdict([root({ area: 0 }), field()])).toBe('unknown');
    expect(seenVerdict([root({ area: 0 }), field({ isIntersecting: true, area: 400 })])).toBe('no');
  });

  it('a browser without v2 (isVisible missing) cannot say no', () => {
    expect(seenVerdict([root({ isVisible: undefined }), field({ isIntersecting: true, area: 400, isVisible: undefined })])).toBe('unknown');
  });
});
