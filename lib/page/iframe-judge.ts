import { cut, type Box } from '../fields/clip-chain';
import { hiddenReason, styleCache, type StyleOf } from '../fields/visibility';
import { opaque, pinned } from '../fields/visible-box';

/**
 * What the page around an iframe shows of it, judged in that page (the tab's top document) by the rules a field is
 * judged by. Plain data: it travels from the injected judge to the popup and on to the frame's content script.
 */
export interface IframeView {
  /** Its place among the page's frames (`window[index]` is its window), or null when none is (no document yet). */
  index: number | null;
  /** Its address as the page resolves it (`iframe.src`), '' for none. */
  src: string;
  /** The size of its viewport in CSS px: what the frame inside reads as its own innerWidth and innerHeight. */
  width: number;
  height: number;
  /** Why a person does not see it, or null. */
  hidden: string | null;
  /**
   * Where the page lays something a person sees over it that stays there as the page scrolls (not fixed or sticky),
   * in the frame's own viewport coordinates: what lies under those boxes inside the frame nobody sees.
   */
  covers: Box[];
}

/** Distance between the points where what lies over an iframe is looked for (a field is at least this tall). */
const STEP = 32;
/** At most this many points per iframe: a page full of frames stays quick to judge. */
const MAX_POINTS = 1200;

const px = (v: string | undefined) => parseFloat(v ?? '') || 0;

function frameIndex(win: Window, el: HTMLIFrameElement): number | null {
  const inner = el.contentWindow;
  if (!inner) return null;
  for (let i = 0; i < win.length; i++) if (win[i] === inner) return i;
  return null;
}

/**
 * A fixed or sticky box a person sees at the middle of the viewport: wherever the iframe is scrolled to, it lies
 * under that box there (a modal over the page). The fill judges a field under a fixed bar the same way: brought to
 * the middle of the viewport, what covers it there covers it for good (lib/fill/visible-now.ts).
 */
function pinnedAtMiddle(el: Element, styleOf: StyleOf): string | null {
  const doc = el.ownerDocument;
  const win = doc.defaultView!;
  for (const hit of doc.elementsFromPoint(win.innerWidth / 2, win.innerHeight / 2)) {
    if (hit === el || hit.contains(el)) return null;
    if (opaque(hit, styleOf)) return pinned(hit, styleOf) ? `covered by a fixed element (${hit.tagName.toLowerCase()}${hit.id ? `#${hit.id}` : ''}) in the middle of the screen` : null;
  }
  return null;
}

/** What a person sees on top of the iframe at (x, y) that scrolls with the page, or null (the iframe itself shows). */
function coverAt(el: Element, x: number, y: number, styleOf: StyleOf): Element | null {
  const doc = el.ownerDocument;
  const top = doc.elementFromPoint(x, y);
  if (!top || top === el) return null;
  for (const hit of doc.elementsFromPoint(x, y)) {
    // The iframe, or an ancestor's own box where it clips the iframe (judged as a whole by the field rules).
    if (hit === el || hit.contains(el)) return null;
    if (opaque(hit, styleOf)) return pinned(hit, styleOf) ? null : hit;
  }
  return null;
}

/** The boxes of what covers the iframe's content box `frame` (viewport coordinates), in the frame's own coordinates. */
function coversOver(el: Element, frame: Box, styleOf: StyleOf): Box[] {
  const win = el.ownerDocument.defaultView!;
  const view = cut(frame, { left: 0, top: 0, right: win.innerWidth, bottom: win.innerHeight });
  if (view.right <= view.left || view.bottom <= view.top) return [];
  const area = (view.right - view.left) * (view.bottom - view.top);
  const step = Math.max(STEP, Math.sqrt(area / MAX_POINTS));
  const found = new Set<Element>();
  for (let y = view.top + step / 2; y < view.bottom; y += step) {
    for (let x = view.left + step / 2; x < view.right; x += step) {
      const cover = coverAt(el, x, y, styleOf);
      if (cover) found.add(cover);
    }
  }
  return Array.from(found, (cover) => {
    const b = cut(cover.getBoundingClientRect(), frame);
    return { left: b.left - frame.left, top: b.top - frame.top, right: b.right - frame.left, bottom: b.bottom - frame.top };
  }).filter((b) => b.right > b.left && b.bottom > b.top);
}

/** One iframe of `win`'s document, judged. */
export function judgeIframe(win: Window, el: HTMLIFrameElement, styleOf: StyleOf = styleCache()): IframeView {
  const style = styleOf(el);
  const width = el.clientWidth - px(style?.paddingLeft) - px(style?.paddingRight);
  const height = el.clientHeight - px(style?.paddingTop) - px(style?.paddingBottom);
  const base = { index: frameIndex(win, el), src: el.src, width, height };
  const hidden = hiddenReason(el, 'text', styleOf) ?? (styleOf.laidOut(el.ownerDocument) ? pinnedAtMiddle(el, styleOf) : null);
  const r = el.getBoundingClientRect();
  // A transformed iframe (scaled, rotated) maps the frame's coordinates in a way a box cannot say: no covers then.
  const mapsPlainly = Math.abs(r.width - (el as HTMLElement).offsetWidth) < 1 && Math.abs(r.height - (el as HTMLElement).offsetHeight) < 1;
  if (hidden || !mapsPlainly || style?.pointerEvents === 'none') return { ...base, hidden, covers: [] };
  const left = r.left + el.clientLeft + px(style?.paddingLeft);
  const top = r.top + el.clientTop + px(style?.paddingTop);
  return { ...base, hidden, covers: coversOver(el, { left, top, right: left + width, bottom: top + height }, styleOf) };
}

/**
 * Every iframe of the tab's top document as a person sees it. Reads only: no node, attribute, event, scroll or
 * message the page could notice (it runs in the extension's isolated world).
 */
export function judgeIframes(win: Window): IframeView[] {
  const styleOf = styleCache();
  return Array.from(win.document.querySelectorAll('iframe'), (el) => judgeIframe(win, el, styleOf));
}
