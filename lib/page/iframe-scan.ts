import type { Box } from '../fields/clip-chain';
import { iframesIn, judgeIframes, type IframeView } from './iframe-judge';

/**
 * The top page's judge at Fill, over the whole of each iframe: the judge at the popup's opening looks only at the
 * part of an iframe inside the viewport (it must not scroll before Fill), so a box of the page laid over a tall
 * embed further down, or over an embed below the fold, is not seen there. Once the person presses Fill, the page is
 * scrolled a screenful at a time over every iframe's extent and judged at each place (what scrolls with the page
 * keeps its place over the frame, so the covers found add up), then put back where it was.
 */

/** Each screenful overlaps the last by this share of the viewport, so a field cut by the viewport's edge is seen whole once. */
const STRIDE = 0.8;
/** At most this many places: a page of very tall or very many frames is still judged quickly. */
const MAX_PLACES = 16;

const sameBox = (a: Box, b: Box) => a.left === b.left && a.top === b.top && a.right === b.right && a.bottom === b.bottom;

/**
 * The window scroll tops at which every part of every iframe's extent (page coordinates) has been in the viewport
 * once, `from` (where the page is now, judged already) counting as one.
 */
export function scanPlaces(extents: readonly { top: number; bottom: number }[], viewport: number, maxScroll: number, from: number): number[] {
  const places = [from];
  const step = Math.max(1, viewport * STRIDE);
  // Whether the screens taken so far, together, show all of y0..y1.
  const seen = (y0: number, y1: number) => {
    let shownTo = y0;
    for (const p of [...places].sort((a, b) => a - b)) if (p <= shownTo && p + viewport > shownTo) shownTo = p + viewport;
    return shownTo >= y1;
  };
  for (const { top, bottom } of [...extents].sort((a, b) => a.top - b.top)) {
    for (let y = top; y < bottom; y += step) {
      if (seen(y, Math.min(y + step, bottom))) continue;
      if (places.length > MAX_PLACES) return places.slice(1);
      places.push(Math.round(Math.min(Math.max(0, y), maxScroll)));
    }
  }
  return places.slice(1);
}

/** One iframe's views from several places, as one: hidden at any place, shown at any, every cover found. */
function merge(a: IframeView, b: IframeView | undefined): IframeView {
  // The iframe was moved to another document or address while the page was scrolled (a script): that place says nothing of it.
  if (!b || b.index !== a.index || b.src !== a.src) return a;
  const covers = [...a.covers];
  for (const c of b.covers) if (!covers.some((d) => sameBox(c, d))) covers.push(c);
  return { ...a, hidden: a.hidden ?? b.hidden, shown: a.shown || b.shown, covers };
}

/** Every iframe of the tab's top document judged over its whole extent; the page's scroll position is put back. */
export function scanIframes(win: Window): IframeView[] {
  const at = { left: win.scrollX, top: win.scrollY };
  // One list for every place: the document (and its shadow roots) is walked once, and views line up by position.
  const iframes = iframesIn(win.document);
  let views = judgeIframes(win, iframes);
  const extents = iframes.map((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top + at.top, bottom: r.bottom + at.top };
  }).filter((e) => e.bottom > e.top);
  const maxScroll = Math.max(0, win.document.documentElement.scrollHeight - win.innerHeight);
  try {
    for (const place of scanPlaces(extents, win.innerHeight, maxScroll, at.top)) {
      win.scrollTo({ left: at.left, top: place, behavior: 'instant' });
      const here = judgeIframes(win, iframes);
      views = views.map((v, i) => merge(v, here[i]));
    }
  } finally {
    if (win.scrollX !== at.left || win.scrollY !== at.top) win.scrollTo({ ...at, behavior: 'instant' });
  }
  return views;
}
