import type { Box } from './clip-chain';
import type { ControlKind, FieldDescriptor } from './field-descriptor';
import { styleCache, type StyleOf } from './hiding-styles';
import { pinned, PLACES, scrollableArea } from './visible-box';
import { ownedBy, seenTargets } from './visible-target';

/** Why a field under a box of the page around its frame is not filled (the frame cannot see that box itself). */
export const PAGE_COVER = 'covered by the page around its frame';

/** A box of the page around a frame, in the frame's viewport coordinates (lib/page/iframe-judge.ts). */
export interface PageCover extends Box {
  /** A person cannot scroll the frame under it (its iframe says scrolling="no"): it covers what lies under it for good. */
  still?: boolean;
}

/**
 * Whether a person can scroll the frame's document under the page's covers: not when its iframe forbids it, nor
 * when the document clips its overflow or holds nothing below or beside its viewport (the fill's script could still
 * scroll it, a person could not).
 */
export function personScrolls(doc: Document, covers: readonly PageCover[], styleOf: StyleOf): boolean {
  const win = doc.defaultView;
  if (!win || covers.some((c) => c.still)) return false;
  const area = scrollableArea(doc, styleOf);
  return area.bottom - area.top > win.innerHeight || area.right - area.left > win.innerWidth;
}

const inside = (x: number, y: number, b: Box) => x >= b.left && x < b.right && y >= b.top && y < b.bottom;

/**
 * Whether an element's centre lies under one of the page's covers where the frame is scrolled now. `covers` are in the
 * frame's viewport coordinates (lib/page/iframe-judge.ts), which is where the element's box is measured: they hold
 * wherever the page around is scrolled, and stay put over the frame's viewport while the frame's own document
 * scrolls under them (seen from inside the frame they are pinned, like a fixed bar).
 */
export function underPage(el: Element, covers: readonly Box[]): boolean {
  if (!covers.length) return false;
  const r = el.getBoundingClientRect();
  const x = (r.left + r.right) / 2;
  const y = (r.top + r.bottom) / 2;
  return covers.some((b) => inside(x, y, b));
}

/** What a person sees of a control, and what counts as it there: the one box the page's covers are judged on. */
export function pageCoverTarget(el: Element, kind: ControlKind): { target: Element; own: (hit: Element) => boolean } {
  const target = seenTargets(el, kind)[0] ?? el;
  return { target, own: ownedBy(el, target) };
}

/** Where a frame's document is scrolled and how far it can be: what moves a control's centre under fixed covers. */
export interface FrameScroll {
  x: number;
  y: number;
  maxX: number;
  maxY: number;
  width: number;
  height: number;
}

const clamp = (v: number, max: number) => Math.min(Math.max(v, 0), Math.max(max, 0));

/**
 * Whether covers pinned over the viewport lie over a control's centre (`at`, viewport coordinates now) at every
 * place the fill brings a control to under a pinned box (PLACES, then centred both ways: lib/fill/visible-now.ts),
 * as far as the document can scroll. Worked out from the boxes alone, without scrolling.
 */
export function coveredWherever(at: { x: number; y: number }, scroll: FrameScroll, covers: readonly Box[]): boolean {
  const under = (toX: number, toY: number) => covers.some((b) => inside(at.x - (toX - scroll.x), at.y - (toY - scroll.y), b));
  for (const place of PLACES) if (!under(scroll.x, clamp(scroll.y + at.y - place * scroll.height, scroll.maxY))) return false;
  return under(clamp(scroll.x + at.x - scroll.width / 2, scroll.maxX), clamp(scroll.y + at.y - scroll.height / 2, scroll.maxY));
}

/**
 * Whether the page around the frame covers `el` wherever the frame's own document can scroll it, as a field is
 * judged (what a person sees of it: a widget's box, not its hidden input), by the fill's rule for pinned boxes.
 * The collect must not scroll, and need not: the covers are plain boxes over the frame's viewport and the document's
 * scroll range is known, so it decides here what the fill would find by scrolling (the fill scrolls for real, and
 * judges the frame's own boxes at the same places too). A control that a scroll brings out from under the covers
 * is left to the fill; one they cover at every place is hidden already in the review.
 */
export function coveredByPage(el: Element, kind: ControlKind, covers: readonly PageCover[], styleOf: StyleOf = styleCache()): boolean {
  if (!covers.length) return false;
  const { target } = pageCoverTarget(el, kind);
  if (!underPage(target, covers)) return false;
  const r = target.getBoundingClientRect();
  const win = el.ownerDocument.defaultView;
  // A control pinned itself (in a fixed box of the frame's page) stays under the covers however its document scrolls.
  if (!win || pinned(target, styleOf) || !personScrolls(el.ownerDocument, covers, styleOf)) return true;
  const area = scrollableArea(el.ownerDocument, styleOf);
  const scroll = { x: -area.left, y: -area.top, width: win.innerWidth, height: win.innerHeight };
  const at = { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 };
  return coveredWherever(at, { ...scroll, maxX: area.right - area.left - scroll.width, maxY: area.bottom - area.top - scroll.height }, covers);
}

/** Marks hidden every field not already forbidden whose control (any of a group's) the page around covers. */
export function markPageCovers(fields: FieldDescriptor[], elements: ReadonlyMap<string, Element[]>, covers: readonly PageCover[]): void {
  if (!covers.length) return;
  const styleOf = styleCache();
  for (const field of fields) {
    if (field.forbidden !== null) continue;
    if ((elements.get(field.id) ?? []).some((el) => coveredByPage(el, field.kind, covers, styleOf))) field.forbidden = 'hidden';
  }
}
