import { hiddenOrUnsure, UNDECIDED } from '../fields/visibility';
import type { FrameFacts } from './frame-choice';
import { witnessesOf } from './frame-witnesses';

/** IntersectionObserver v2 reports no sooner than its `delay` (at least 100 ms). */
const DELAY_MS = 100;
/**
 * A rendering document reports within about 100-150 ms (over 1 s on a loaded machine while the page is still
 * loading, measured in headless Chromium); a hidden one never does, so it is not asked. The bound only keeps a
 * collect from hanging on a document that stops rendering; reaching it gives 'unknown'.
 */
const GIVE_UP_MS = 3000;

type Seen = FrameFacts['seen'];

/** One watched element's first report. */
export interface Witness {
  isIntersecting: boolean;
  /** IntersectionObserver v2's verdict; missing in a browser without v2. */
  isVisible?: boolean;
  /** The area of its intersection with the viewport, in px². */
  area: number;
  /** Wholly inside the frame's viewport and undistorted by its own document: only then can 'not visible' blame the page around the frame. */
  plain: boolean;
}

/**
 * A frame's verdict from its witnesses' first reports. 'yes' when one is visible: v2 never calls anything visible
 * that a transparent, filtered, transformed or covered iframe holds. 'no' when a plain witness is in view (with an
 * area) and none is visible: what the frame shows in its own viewport is seen by nobody, wherever its fields are
 * (F11: a transparent frame whose fields all lie below its fold). A witness that is not plain says nothing by being
 * unseen (F12): v2 tests for cover over an element's whole box, also the part the frame scrolls away, which then
 * lies over the page's content beside the iframe; and it calls unseen what the frame's own page makes half
 * transparent, filters or transforms. 'unknown' when nothing plain is in the tab's viewport (the frame below the
 * page's fold, or off-screen) or the browser has no v2.
 */
export function seenVerdict(witnesses: readonly Witness[]): Seen {
  if (witnesses.some((w) => w.isVisible === true)) return 'yes';
  const telling = witnesses.filter((w) => w.plain && w.isIntersecting && w.area > 0);
  return telling.length && telling.every((w) => w.isVisible === false) ? 'no' : 'unknown';
}

/**
 * For a frame whose page is of the same origin: the page's <iframe> element judged by the rules a field is judged by
 * (transparent or hidden by an ancestor, too small, clipped, placed outside the page, covered at its centre by
 * something a person sees). 'no' when they hide it; 'yes' when they do not and the page is the tab's top (nothing
 * around it is left to ask); null when only a scroll could tell, or otherwise (another origin, or a page that is a
 * frame itself: v2 decides). v2 would call a frame unseen when any element, even one nobody sees, overlaps its edge
 * (fuzz F13).
 */
export function ownerVerdict(win: Pick<Window, 'frameElement' | 'parent' | 'top'>): Seen | null {
  const owner = win.frameElement;
  if (!owner) return null;
  const why = hiddenOrUnsure(owner, 'text');
  // Below the fold, or under a fixed box: what covers it shows only after a scroll, and nothing scrolls the page to
  // judge a frame. Not 'yes' (fuzz F14: an opaque box of the page over a frame below the fold was called seen): v2
  // decides, which says 'unknown' for a frame outside the viewport.
  if (why === UNDECIDED) return null;
  if (why !== null) return 'no';
  return win.parent === win.top ? 'yes' : null;
}

/**
 * Whether a person sees the frame of `win`, by IntersectionObserver v2 over what it shows in its viewport and
 * `targets` (what a person sees of its fillable fields). `isVisible` is false when any ancestor, the embedding page's
 * iframe included, makes the target transparent, filtered, transformed or covered: a frame of another origin cannot
 * learn that any other way. Nothing the page can observe: no node, attribute, event or scroll.
 */
export function frameSeen(win: Window, targets: readonly Element[]): Promise<Seen> {
  const judged = ownerVerdict(win);
  if (judged) return Promise.resolve(judged);
  const IO = (win as unknown as { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
  const hidden = win.document.visibilityState === 'hidden';
  if (hidden || !IO || !('trackVisibility' in IO.prototype)) return Promise.resolve('unknown');
  const plain = witnessesOf(win, targets);
  return new Promise<Seen>((resolve) => {
    let done = false;
    const finish = (seen: Seen) => {
      if (done) return;
      done = true;
      observer.disconnect();
      win.clearTimeout(timer);
      resolve(seen);
    };
    const timer = win.setTimeout(() => finish('unknown'), GIVE_UP_MS);
    const options = { trackVisibility: true, delay: DELAY_MS, threshold: 0 } as IntersectionObserverInit;
    // The first report covers every watched element at once.
    const observer = new IO((entries) => {
      const witnesses = entries.map((e) => ({
        isIntersecting: e.isIntersecting,
        isVisible: (e as IntersectionObserverEntry & { isVisible?: boolean }).isVisible,
        area: e.intersectionRect.width * e.intersectionRect.height,
        plain: plain.get(e.target) === true,
      }));
      finish(seenVerdict(witnesses));
    }, options);
    for (const el of plain.keys()) observer.observe(el);
  });
}
