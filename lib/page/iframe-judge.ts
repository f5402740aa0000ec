import { cut, type Box } from '../fields/clip-chain';
import type { PageCover } from '../fields/page-covers';
import { hiddenReason, styleCache, type StyleOf } from '../fields/visibility';
import { nameOf, pinned, PLACES, whatShowsAt } from '../fields/visible-box';
import { indexAmong } from './window-index';

/**
 * What the page around an iframe shows of it, judged in that page (the tab's top document) by the rules a field is
 * judged by. Plain data: it travels from the injected judge to the popup and on to the frame's content script.
 */
export interface IframeView {
  /** Its place among the page's frames (`window[index]` is its window), or null when none is (no document yet, or a shadow tree's). */
  index: number | null;
  /** Its address as the page resolves it (`iframe.src`), '' for none. */
  src: string;
  /** The size of its viewport in CSS px: what the frame inside reads as its own innerWidth and innerHeight. */
  width: number;
  height: number;
  /** Why a person does not see it (markup, style, size, place, a cover at its centre in view or pinned everywhere), or null. */
  hidden: string | null;
  /**
   * A person sees part of it now: it shows at some point of the tab's viewport. Not hidden and not shown (below the
   * fold, or every part in view covered by what scrolls with the page) leaves it undecided: the judge never scrolls.
   */
  shown: boolean;
  /**
   * Where the page lays something a person sees over it that stays there as the page scrolls (not fixed or sticky),
   * in the frame's own viewport coordinates: what lies under those boxes inside the frame nobody sees, unless the
   * frame's document scrolls it out from under them. Each says `still` when a person cannot scroll the frame (its
   * iframe says scrolling="no"), which the frame cannot tell from inside (a script there still scrolls it).
   */
  covers: PageCover[];
}

/** Distance between the points where what lies over an iframe is looked for (a field is at least this tall). */
const STEP = 32;
/** At most this many points per iframe: a page full of frames stays quick to judge. */
const MAX_POINTS = 1200;

const px = (v: string | undefined) => parseFloat(v ?? '') || 0;

/** What a person sees at one point of the viewport over the iframe. */
type Hit = { frame: true } | { frame: false; cover: Element | null; pinned: boolean };

/** What shows at (x, y), by the walk a field's centre is judged by (an ancestor on top, or nothing: not the iframe). */
function hitAt(el: Element, x: number, y: number, styleOf: StyleOf): Hit {
  const shows = whatShowsAt(el, x, y, (hit) => hit === el, styleOf);
  if (shows.what === 'own') return { frame: true };
  if (shows.what === 'cover') return { frame: false, cover: shows.cover, pinned: pinned(shows.cover, styleOf) };
  return { frame: false, cover: null, pinned: false };
}

/**
 * A fixed or sticky box a person sees wherever the iframe could be scrolled to: looked for at the places the fill
 * brings a field under such a box (lib/fill/visible-now.ts), in the iframe's column. A box that scrolls with the page,
 * or the iframe itself, at one of them: a person can see it there.
 */
function pinnedEverywhere(el: Element, styleOf: StyleOf): string | null {
  const win = el.ownerDocument.defaultView!;
  const r = el.getBoundingClientRect();
  const x = Math.min(Math.max((Math.max(r.left, 0) + Math.min(r.right, win.innerWidth)) / 2, 0), win.innerWidth - 1);
  let cover: Element | null = null;
  for (const place of PLACES) {
    const hit = hitAt(el, x, place * win.innerHeight, styleOf);
    if (hit.frame || !hit.pinned) return null;
    cover = hit.cover;
  }
  return cover ? `covered by a fixed element (${nameOf(cover)})` : null;
}

/** A box that stays over the viewport's whole height (pinned: a scroll never brings anything out from under it). */
const fullHeight = (el: Element, win: Window): boolean => {
  const r = el.getBoundingClientRect();
  return r.top <= 0 && r.bottom >= win.innerHeight;
};

/**
 * The part of the iframe's content box `frame` (viewport coordinates) in the tab's viewport, looked at point by point:
 * whether a person sees any of it now, and the boxes of what covers it, in the frame's own coordinates: what scrolls
 * with the page, and a fixed panel over the viewport's whole height as its whole column (a fixed bar that leaves
 * room above or below it is not one: a person scrolls a field out from under it, as the fill does).
 */
function lookAt(el: Element, frame: Box, styleOf: StyleOf): { shown: boolean; covers: Box[] } {
  const win = el.ownerDocument.defaultView!;
  const view = cut(frame, { left: 0, top: 0, right: win.innerWidth, bottom: win.innerHeight });
  if (view.right <= view.left || view.bottom <= view.top) return { shown: false, covers: [] };
  const area = (view.right - view.left) * (view.bottom - view.top);
  const step = Math.max(STEP, Math.sqrt(area / MAX_POINTS));
  const found = new Set<Element>();
  let shown = false;
  for (let y = view.top + Math.min(step, view.bottom - view.top) / 2; y < view.bottom; y += step) {
    for (let x = view.left + Math.min(step, view.right - view.left) / 2; x < view.right; x += step) {
      const hit = hitAt(el, x, y, styleOf);
      if (hit.frame) shown = true;
      else if (hit.cover && (!hit.pinned || fullHeight(hit.cover, win))) found.add(hit.cover);
    }
  }
  const covers = Array.from(found, (cover) => {
    const r = cover.getBoundingClientRect();
    // A fixed panel over the viewport's whole height covers its column of the frame wherever the page is scrolled.
    const b = cut(fullHeight(cover, win) ? { left: r.left, right: r.right, top: frame.top, bottom: frame.bottom } : r, frame);
    return { left: b.left - frame.left, top: b.top - frame.top, right: b.right - frame.left, bottom: b.bottom - frame.top };
  }).filter((b) => b.right > b.left && b.bottom > b.top);
  return { shown, covers };
}

/** One iframe of `win`'s document, judged. */
export function judgeIframe(win: Window, el: HTMLIFrameElement, styleOf: StyleOf = styleCache()): IframeView {
  const style = styleOf(el);
  const width = el.clientWidth - px(style?.paddingLeft) - px(style?.paddingRight);
  const height = el.clientHeight - px(style?.paddingTop) - px(style?.paddingBottom);
  const base = { index: indexAmong(win, el.contentWindow), src: el.src, width, height };
  const laidOut = styleOf.laidOut(el.ownerDocument);
  const hidden = hiddenReason(el, 'text', styleOf) ?? (laidOut ? pinnedEverywhere(el, styleOf) : null);
  // Without a layout (or a box to look through: no pointer events) what a person sees cannot be looked at.
  if (hidden || !laidOut || style?.pointerEvents === 'none') return { ...base, hidden, shown: false, covers: [] };
  const r = el.getBoundingClientRect();
  const left = r.left + el.clientLeft + px(style?.paddingLeft);
  const top = r.top + el.clientTop + px(style?.paddingTop);
  const seen = lookAt(el, { left, top, right: left + width, bottom: top + height }, styleOf);
  // A transformed iframe (scaled, rotated) maps the frame's coordinates in a way a box cannot say: no covers then.
  const mapsPlainly = Math.abs(r.width - (el as HTMLElement).offsetWidth) < 1 && Math.abs(r.height - (el as HTMLElement).offsetHeight) < 1;
  const still = /^no$/i.test(el.getAttribute('scrolling') ?? '');
  const covers = mapsPlainly ? seen.covers.map((c): PageCover => (still ? { ...c, still } : c)) : [];
  return { ...base, hidden, shown: seen.shown, covers };
}

/**
 * Every iframe of the tab's top document as a person sees it. Reads only: no node, attribute, event, scroll or
 * message the page could notice (it runs in the extension's isolated world).
 */
export function judgeIframes(win: Window, iframes: readonly HTMLIFrameElement[] = iframesIn(win.document)): IframeView[] {
  const styleOf = styleCache();
  return iframes.map((el) => judgeIframe(win, el, styleOf));
}

/**
 * The iframes of `root` and of every open shadow root in it (a careers page's custom element may hold its embed
 * in one: `querySelectorAll` does not look inside). A closed shadow root is not readable, and its iframes keep
 * IntersectionObserver v2's answer. An iframe in a shadow tree is not one of `window[i]` (HTML lists only the
 * document tree's; Chromium's `window.length` leaves it out): its index is null, and its frame finds its view by
 * address and size (lib/page/frame-around.ts), as long as no other iframe of that address has its size.
 */
export function iframesIn(root: Document | ShadowRoot): HTMLIFrameElement[] {
  const out: HTMLIFrameElement[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (el.tagName === 'IFRAME') out.push(el as HTMLIFrameElement);
    if (el.shadowRoot) out.push(...iframesIn(el.shadowRoot));
  }
  return out;
}
