import type { FrameFacts } from './frame-choice';

/** How many controls to watch: a few are enough to tell whether the frame itself is seen. */
const WATCHED = 12;
/** IntersectionObserver v2 reports no sooner than its `delay` (at least 100 ms). */
const DELAY_MS = 100;
/**
 * A tab that is not rendering (in the background) never reports; then the answer is 'unknown'. A rendering tab
 * reports after about 100-150 ms, up to 700 ms on a loaded machine (measured in headless Chromium 2026-12).
 */
const GIVE_UP_MS = 1000;

type Seen = FrameFacts['seen'];

interface V2Entry {
  isIntersecting: boolean;
  isVisible?: boolean;
}

/**
 * Whether a person sees `targets` (controls of the frame's form that the frame's own rules call visible), by
 * IntersectionObserver v2: `isVisible` is false when any ancestor, the embedding page's iframe included, makes the
 * target transparent, filtered, transformed or covered. A frame cannot learn that any other way (the parent page is
 * another origin). 'yes': one watched control is seen; 'no': some are in the viewport and none is seen; 'unknown'
 * otherwise (none in view, a browser without v2, no report in time).
 */
export function frameSeen(win: Window, targets: readonly Element[]): Promise<Seen> {
  const IO = (win as unknown as { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
  const watched = targets.slice(0, WATCHED);
  if (!IO || !('trackVisibility' in IO.prototype) || !watched.length) return Promise.resolve('unknown');
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
