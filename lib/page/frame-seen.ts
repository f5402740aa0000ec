import type { FieldDescriptor } from '../fields/field-descriptor';
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

/** One watched element's first report (the frame's root element or a field's target). */
export interface Witness {
  isIntersecting: boolean;
  /** IntersectionObserver v2's verdict; missing in a browser without v2. */
  isVisible?: boolean;
  /** The area of its intersection with the viewport, in px². */
  area: number;
}

/**
 * A frame's verdict from its witnesses' first reports. 'yes' when one is visible: v2 never calls anything visible
 * that a transparent, filtered, transformed or covered iframe holds. 'no' when one is in view (with an area) and none
 * is visible. The root element (always in the frame's own viewport, whatever the frame scrolled to) answers for the
 * frame wherever its fields are (F11: a transparent frame whose fields all lie below its own fold), and is outside
 * every wrapper of the form (a half-transparent one makes v2 call the fields unseen). Its report can still be 'not
 * visible' for a frame a person sees in part: the page around it covers one corner (in a cross-origin frame v2 then
 * calls everything unseen); a field seen in a same-origin frame still says 'yes'. 'unknown' when nothing is in the
 * top viewport (the frame below the page's fold, or off-screen) or the browser has no v2.
 */
export function seenVerdict(witnesses: readonly Witness[]): Seen {
  if (witnesses.some((w) => w.isVisible === true)) return 'yes';
  const inView = witnesses.filter((w) => w.isIntersecting && w.area > 0);
  return inView.length && inView.every((w) => w.isVisible === false) ? 'no' : 'unknown';
}

/**
 * Whether a person sees the frame of `win`, by IntersectionObserver v2 over its root element and `targets`
 * (what a person sees of its fillable fields). `isVisible` is false when any ancestor, the embedding page's iframe
 * included, makes the target transparent, filtered, transformed or covered: a frame cannot learn that any other way
 * (the parent page is another origin). Nothing the page can observe: no node, attribute, event or scroll.
 */
export function frameSeen(win: Window, targets: readonly Element[]): Promise<Seen> {
  const IO = (win as unknown as { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
  const root = win.document.documentElement;
  const watched = [root, ...targets.filter((t) => t !== root).slice(0, WATCHED)];
  const hidden = win.document.visibilityState === 'hidden';
  if (hidden || !IO || !('trackVisibility' in IO.prototype)) return Promise.resolve('unknown');
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
      }));
      finish(seenVerdict(witnesses));
    }, options);
    for (const el of watched) observer.observe(el);
  });
}
