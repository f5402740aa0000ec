import type { Box } from '../fields/clip-chain';
import type { FrameFacts } from './frame-choice';
import type { IframeView } from './iframe-judge';
import { indexAmong } from './window-index';

type Seen = FrameFacts['seen'];

/**
 * Where a frame sits among the tab's frames: its index in its parent's `window[i]` list, from the top down. Reads
 * only what a frame of another origin may read of its ancestors (`parent`, `length`, `window[i]`, and comparing
 * windows). Null for the top document or when a step cannot be found (a browser that wraps windows differently).
 */
export function framePath(win: Window): number[] | null {
  const path: number[] = [];
  try {
    for (let w: Window = win; w !== w.parent; w = w.parent) {
      const found = indexAmong(w.parent, w);
      if (found === null) return null;
      path.unshift(found);
    }
  } catch {
    return null;
  }
  return path.length ? path : null;
}

/** What the page around a frame says about it, as far as the frame can take it. */
export interface AroundFrame {
  /** Why a person does not see the iframe holding this frame (or its outermost iframe), or null. */
  hidden: string | null;
  /** The frame is the top document's own iframe and a person sees part of it now: the page's 'yes' is the whole answer. */
  decisive: boolean;
  /** Parts of the frame's viewport the page covers (frame coordinates); only for a frame of the top document. */
  covers: Box[];
}

export interface FrameSelf {
  path: number[] | null;
  url: string;
  width: number;
  height: number;
}

const sameSize = (v: IframeView, me: FrameSelf) => Math.abs(v.width - me.width) <= 1 && Math.abs(v.height - me.height) <= 1;

/**
 * The top document's judgement of the iframe that holds `me`. Found by the frame's place among the top's frames and
 * checked by the size of its viewport; without a place (the path could not be read), by address and size, and only
 * when all iframes that fit say the same. A frame nested deeper takes its outermost iframe's 'hidden' only: the
 * iframes between them, of another origin, the top page cannot see into. Null when nothing fits for sure.
 */
export function aroundFrame(views: readonly IframeView[], me: FrameSelf): AroundFrame | null {
  if (me.path && me.path.length > 1) {
    const outer = views.filter((v) => v.index === me.path![0]);
    return outer.length === 1 && outer[0]!.hidden ? { hidden: outer[0]!.hidden, decisive: false, covers: [] } : null;
  }
  const fits = views.filter((v) => (me.path ? v.index === me.path[0] : v.src === me.url) && sameSize(v, me));
  const [first] = fits;
  if (!first) return null;
  if (fits.length === 1) return { hidden: first.hidden, decisive: first.shown, covers: first.covers };
  // Two iframes at the same address and size: only a verdict they share can be taken, and no covers.
  const agree = fits.every((v) => (v.hidden === null) === (first.hidden === null) && v.shown === first.shown);
  return agree ? { hidden: first.hidden, decisive: first.shown, covers: [] } : null;
}

/**
 * The frame's 'seen' with the page's judgement: the page's 'no' refuses (a transparent iframe below the fold, which
 * IntersectionObserver v2 cannot see); its 'yes' on a frame of the top document that a person sees part of now stands
 * over v2's, which calls a whole frame of another origin unseen when any part of it is covered, or its iframe at any
 * opacity under 1 (a field is hidden under 0.1). `own` is asked only when the page does not decide (an iframe below
 * the fold that nothing hides by style: whether something covers it there only a scroll would tell).
 */
export async function seenWithPage(around: AroundFrame | null, own: () => Promise<Seen>): Promise<Seen> {
  if (around?.hidden) return 'no';
  if (around?.decisive) return 'yes';
  return own();
}

/** The page's judgement for the frame of `win`, from the top document's `views` (null when there are none or none fits). */
export function aroundOf(win: Window, views: readonly IframeView[] | undefined): AroundFrame | null {
  if (!views?.length || win.top === win) return null;
  const path = framePath(win);
  // Without a path only a frame of the top document can be matched (by address and size).
  if (!path && win.parent !== win.top) return null;
  return aroundFrame(views, { path, url: win.location.href, width: win.innerWidth, height: win.innerHeight });
}
