import type { FieldDescriptor } from '../fields/field-descriptor';
import { hiddenReason } from '../fields/visibility';
import { seenTargets } from '../fields/visible-target';
import type { FrameFacts } from './frame-choice';

/** How many controls to watch: a few are enough to tell whether the frame itself is seen. */
const WATCHED = 12;
/** IntersectionObserver v2 reports no sooner than its `delay` (at least 100 ms). */
const DELAY_MS = 100;
/**
 * A rendering document reports within about 100-150 ms (over 1 s on a loaded machine while the page is still
 * loading, measured in headless Chromium); a hidden one never does, so it is not asked. The bound only keeps a
 * collect from hanging on a document that stops rendering; reaching it gives 'unknown'.
 */
const GIVE_UP_MS = 3000;

type Seen = FrameFacts['seen'];

/**
 * What a frame watches to tell whether a person sees it: what a person sees of each fillable field (a react-select's
 * box, not its transparent input; a résumé widget's button), found through the collect's elements, so a form whose
 * controls carry no DOM id is watched too. Only fields whose visibility the frame judged: a disabled one may sit under
 * a half-transparent box, which IntersectionObserver v2 calls unseen (a visible frame would be refused).
 */
export function watchedTargets(fields: readonly FieldDescriptor[], elements: ReadonlyMap<string, Element[]>): Element[] {
  return fields
    .filter((f) => f.forbidden === null)
    .flatMap((f) => {
      const el = elements.get(f.id)?.[0];
      return el ? seenTargets(el, f.kind).slice(0, 1) : [];
    });
}

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

type Box = Pick<DOMRectReadOnly, 'left' | 'top' | 'right' | 'bottom'>;

/** A box with an area wholly inside a viewport of `width` x `height` (the frame's own, without scrollbars). */
export function fitsViewport(r: Box, width: number, height: number): boolean {
  return r.right > r.left && r.bottom > r.top && r.left >= -0.5 && r.top >= -0.5 && r.right <= width + 0.5 && r.bottom <= height + 0.5;
}

/** Nothing in the element's own document (itself or an ancestor) makes v2 call it unseen: opacity, filter, transform. */
export function undistorted(el: Element): boolean {
  const win = el.ownerDocument.defaultView;
  if (!win) return false;
  for (let node: Element | null = el; node; node = node.parentElement) {
    const s = win.getComputedStyle(node);
    if (Number(s.opacity || 1) < 1 || (s.filter || 'none') !== 'none' || (s.transform || 'none') !== 'none') return false;
  }
  return true;
}

/** Fractions of the frame's width and height where it looks for what it shows first. */
const GRID = [1 / 6, 1 / 2, 5 / 6];

/**
 * What tells whether the frame is seen, wherever its fields are, found without touching the page, each with whether
 * it is plain (a 'not visible' report on it blames the page around the frame): the frame's root element; the topmost
 * element at the points of a 3x3 grid of its viewport; and for a frame of the page's own origin its <iframe> element
 * in the page. v2 tests an element in a frame of the same origin for cover over its whole box, also the part the
 * frame scrolls away, which then lies over the page's content beside the iframe (F12): there only elements wholly
 * inside the viewport are plain. A frame of another origin is tested within its own document (the page's cover
 * comes for the frame as a whole), so its root is plain though it is taller than the viewport.
 */
function shownWitnesses(win: Window): Map<Element, boolean> {
  const doc = win.document;
  const root = doc.documentElement;
  const { clientWidth: width, clientHeight: height } = root;
  const fits = (el: Element) => fitsViewport(el.getBoundingClientRect(), width, height);
  const out = new Map<Element, boolean>();
  const owner = win.frameElement;
  out.set(root, undistorted(root) && (owner === null || fits(root)));
  for (const fy of GRID) {
    for (const fx of GRID) {
      const hit = doc.elementFromPoint(width * fx, height * fy);
      if (hit && !out.has(hit)) out.set(hit, fits(hit) && undistorted(hit));
    }
  }
  if (owner) {
    // The page's opacity, filter, transform or cover on the iframe is what it is asked about: plain when wholly in view.
    const page = owner.ownerDocument.documentElement;
    out.set(owner, fitsViewport(owner.getBoundingClientRect(), page.clientWidth, page.clientHeight));
  }
  return out;
}

/**
 * For a frame whose page is of the same origin: the page's <iframe> element judged by the rules a field is judged by
 * (transparent or hidden by an ancestor, too small, clipped, placed outside the page, covered at its centre by
 * something a person sees). 'no' when they hide it; 'yes' when they do not and the page is the tab's top (nothing
 * around it is left to ask); null otherwise (another origin, or a page that is a frame itself: v2 decides). v2 would
 * call a frame unseen when any element, even one nobody sees, overlaps its edge (fuzz F13).
 */
export function ownerVerdict(win: Pick<Window, 'frameElement' | 'parent' | 'top'>): Seen | null {
  const owner = win.frameElement;
  if (!owner) return null;
  if (hiddenReason(owner, 'text') !== null) return 'no';
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
  const { clientWidth, clientHeight } = win.document.documentElement;
  const plain = shownWitnesses(win);
  for (const t of targets.slice(0, WATCHED)) if (!plain.has(t)) plain.set(t, fitsViewport(t.getBoundingClientRect(), clientWidth, clientHeight) && undistorted(t));
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
