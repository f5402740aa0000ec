import type { FieldDescriptor } from '../fields/field-descriptor';
import { seenTargets } from '../fields/visible-target';
import { isSeenField, type FrameFacts } from './frame-choice';

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
 * What a frame watches to tell whether a person sees it: what a person sees of each field that counts as seen for the
 * frame choice (disabled ones too: a form of only those is still offered), i.e. a react-select's box, not its
 * transparent input; a résumé widget's button. Found through the collect's elements, so a form whose controls carry
 * no DOM id is watched too.
 */
export function watchedTargets(fields: readonly FieldDescriptor[], elements: ReadonlyMap<string, Element[]>): Element[] {
  return fields
    .filter(isSeenField)
    .flatMap((f) => {
      const el = elements.get(f.id)?.[0];
      return el ? seenTargets(el, f.kind).slice(0, 1) : [];
    });
}

interface V2Entry {
  isIntersecting: boolean;
  isVisible?: boolean;
}

/**
 * Whether a person sees `targets` (controls of the frame's form that the frame's own rules call visible), by
 * IntersectionObserver v2: `isVisible` is false when any ancestor, the embedding page's iframe included, makes the
 * target transparent, filtered, transformed or covered. A frame cannot learn that any other way (the parent page is
 * another origin). 'yes': one watched control is seen; 'no': some are in the viewport and none is seen; 'unknown'
 * otherwise (none in view, a browser without v2, a tab in the background, no report in time).
 */
export function frameSeen(win: Window, targets: readonly Element[]): Promise<Seen> {
  const IO = (win as unknown as { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
  const watched = targets.slice(0, WATCHED);
  const hidden = win.document.visibilityState === 'hidden';
  if (hidden || !IO || !('trackVisibility' in IO.prototype) || !watched.length) return Promise.resolve('unknown');
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
    // The first report covers every watched target at once.
    const observer = new IO((entries) => {
      const list = entries as unknown as V2Entry[];
      if (list.some((e) => e.isVisible === true)) finish('yes');
      else finish(list.some((e) => e.isIntersecting) ? 'no' : 'unknown');
    }, options);
    for (const el of watched) observer.observe(el);
  });
}
