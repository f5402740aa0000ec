import { clippedBox, CLIPS, cut, type Box } from './clip-chain';
import { MIN_OPACITY, parentOf, type StyleOf } from './hiding-styles';

/**
 * What hides an element through layout: a box under 4x4 px, ancestors that clip it away, a place outside the
 * document's scrollable area (or outside the viewport, for fixed boxes), and another element covering its centre.
 * Needs a real layout engine; a document without one (happy-dom) has no boxes, and these checks are left out there.
 */

export const MIN_SIDE = 4;

const tooSmall = (b: Box) => b.right - b.left < MIN_SIDE || b.bottom - b.top < MIN_SIDE;

/** The area a person can bring into view: the viewport for fixed boxes, else the document's scrollable area. */
function reachable(doc: Document, fixed: boolean, styleOf: StyleOf): Box {
  const win = doc.defaultView!;
  const root = doc.documentElement;
  // Both are the same for every control of a pass until it scrolls (scrolling moves the area, it does not resize it).
  return styleOf.once(fixed ? 'layout:viewport' : 'layout:reachable', root, () => (fixed ? { left: 0, top: 0, right: win.innerWidth, bottom: win.innerHeight } : scrollableArea(doc, styleOf)));
}

/**
 * The document's whole area as a person can scroll it, in viewport coordinates (where the page is scrolled now): a
 * root or body that clips its overflow cannot be scrolled by a person (a script still could), so it is the viewport.
 */
export function scrollableArea(doc: Document, styleOf: StyleOf): Box {
  const win = doc.defaultView!;
  const root = doc.documentElement;
  const { width, height } = styleOf.once('scrollable-area', root, () => {
    const rootStyle = styleOf(root);
    const bodyStyle = doc.body ? styleOf(doc.body) : null;
    const noScroll = (axis: 'overflowX' | 'overflowY') => CLIPS.test(rootStyle?.[axis] ?? '') || CLIPS.test(bodyStyle?.[axis] ?? '');
    return {
      width: noScroll('overflowX') ? win.innerWidth : Math.max(root.scrollWidth, win.innerWidth),
      height: noScroll('overflowY') ? win.innerHeight : Math.max(root.scrollHeight, win.innerHeight),
    };
  });
  return { left: -win.scrollX, top: -win.scrollY, right: width - win.scrollX, bottom: height - win.scrollY };
}

/** Something a person sees when it lies on top: not transparent, and painted (a replaced element, a background). */
export function opaque(el: Element, styleOf: StyleOf): boolean {
  let opacity = 1;
  for (let node: Element | null = el; node; node = parentOf(node)) opacity *= parseFloat(styleOf(node)?.opacity ?? '1') || 0;
  if (opacity < MIN_OPACITY) return false;
  const style = styleOf(el);
  if (!style) return false;
  if (/^(IMG|VIDEO|CANVAS|IFRAME|svg|INPUT|SELECT|TEXTAREA|BUTTON)$/.test(el.tagName)) return true;
  const alpha = /rgba\([^)]*,\s*([\d.]+)\)/.exec(style.backgroundColor);
  const painted = style.backgroundColor !== 'transparent' && (!alpha || parseFloat(alpha[1]!) >= MIN_OPACITY);
  return painted || style.backgroundImage !== 'none';
}

/** Fixed or sticky, itself or by an ancestor: it stays put in the viewport while the page scrolls under it. */
export function pinned(el: Element, styleOf: StyleOf): boolean {
  for (let node: Element | null = el; node; node = parentOf(node)) if (/fixed|sticky/.test(styleOf(node)?.position ?? '')) return true;
  return false;
}

/**
 * Where a control's centre is brought in turn (fractions of the viewport's height, the middle first) while a fixed or
 * sticky box covers it: a person scrolls a field out from under a box that does not fill the viewport, upwards too
 * when the page ends before the field reaches the top.
 */
export const PLACES = [0.5, 0.12, 0.88, 0.3, 0.7];

/** A covering verdict that depends on where the page is scrolled to: decided again after scrolling into view. */
export const UNDECIDED = 'undecided';

/**
 * What a person sees at (x, y) where `target` lies: one of its own elements (`own`: the control, its widget, its
 * label; transparent or unpainted boxes over it let it through), an ancestor's own box (the target is not hit there:
 * clip-path, clip, or the ancestor's ::before/::after on top), the first opaque box over it, or none of those (the
 * walk ran out: nothing a person sees lies over it, and it is not hit-testable there either). `root` is where the
 * point is looked up (the document, or the shadow root that holds the target, so hits are not retargeted to a host).
 */
export type Shows = { what: 'own' } | { what: 'ancestor' } | { what: 'cover'; cover: Element } | { what: 'none' };

export function whatShowsAt(target: Element, x: number, y: number, own: (hit: Element) => boolean, styleOf: StyleOf, root: DocumentOrShadowRoot = target.ownerDocument): Shows {
  // The topmost hit alone answers most points (the target itself) at a third of the cost of the whole stack;
  // it is the stack's first element, so the walk below gives the same answer for it.
  const top = root.elementFromPoint(x, y);
  if (top && own(top)) return { what: 'own' };
  for (const hit of root.elementsFromPoint(x, y)) {
    if (own(hit)) return { what: 'own' };
    if (hit.contains(target)) return { what: 'ancestor' };
    if (opaque(hit, styleOf)) return { what: 'cover', cover: hit };
  }
  return { what: 'none' };
}

/** How a box is named in a reason a person reads: its tag and id. */
export const nameOf = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}`;

/**
 * Is what shows at the box's centre the control (or something of its own: its widget, its label)? A box that is
 * not hit-testable there (clip-path, clip) shows an ancestor instead: hidden, unless it opts out of pointer
 * events on purpose. Outside the viewport, or under a fixed or sticky bar, the answer waits for a scroll.
 */
function coveredAtCentre(target: Element, box: Box, own: (hit: Element) => boolean, styleOf: StyleOf, scrolled: boolean): string | null {
  const win = target.ownerDocument.defaultView!;
  const x = (box.left + box.right) / 2;
  const y = (box.top + box.bottom) / 2;
  if (x < 0 || y < 0 || x >= win.innerWidth || y >= win.innerHeight) return scrolled ? null : UNDECIDED;
  const shows = whatShowsAt(target, x, y, own, styleOf);
  if (shows.what === 'ancestor') return styleOf(target)?.pointerEvents === 'none' ? null : 'clipped or covered at its centre';
  if (shows.what !== 'cover') return null;
  if (!scrolled && pinned(shows.cover, styleOf)) return UNDECIDED;
  return `covered by another element (${nameOf(shows.cover)})`;
}

/**
 * Why layout hides `target` from a person, or null (also null without a layout engine). A cover that may move away
 * with a scroll (the target is outside the viewport, or under a fixed or sticky bar) answers UNDECIDED: the fill
 * asks `coveredNow` again with the target scrolled into view.
 */
export function hiddenByLayout(target: Element, own: (hit: Element) => boolean, styleOf: StyleOf): string | null {
  const doc = target.ownerDocument;
  const win = doc.defaultView;
  if (!win || !styleOf.laidOut(doc)) return null;
  if (win.innerWidth < 40 || win.innerHeight < 40) return `the frame is only ${win.innerWidth}x${win.innerHeight} px`;
  const r = target.getBoundingClientRect();
  if (r.width < MIN_SIDE || r.height < MIN_SIDE) return `a box of ${Math.round(r.width)}x${Math.round(r.height)} px`;
  const { box, fixed } = clippedBox(target, styleOf, r);
  if (tooSmall(box)) return 'clipped away by an ancestor';
  if (tooSmall(cut(box, reachable(doc, fixed, styleOf)))) return 'placed outside the page';
  return coveredAtCentre(target, box, own, styleOf, false);
}

/**
 * What covers `target` at its centre now, for a target whose size, clipping and place on the page already passed
 * `hiddenByLayout` in this pass: those do not change with a scroll, what covers it may.
 */
export function coveredNow(target: Element, own: (hit: Element) => boolean, styleOf: StyleOf, scrolled: boolean): string | null {
  return coveredAtCentre(target, clippedBox(target, styleOf).box, own, styleOf, scrolled);
}
