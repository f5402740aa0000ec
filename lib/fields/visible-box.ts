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

function scrollableArea(doc: Document, styleOf: StyleOf): Box {
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
 * Is what shows at the box's centre the control (or something of its own: its widget, its label)? A box that is
 * not hit-testable there (clip-path, clip) shows an ancestor instead: hidden, unless it opts out of pointer
 * events on purpose. Outside the viewport, or under a fixed or sticky bar, the answer waits for a scroll.
 */
function coveredAtCentre(target: Element, box: Box, own: (hit: Element) => boolean, styleOf: StyleOf, scrolled: boolean): string | null {
  const doc = target.ownerDocument;
  const win = doc.defaultView!;
  const x = (box.left + box.right) / 2;
  const y = (box.top + box.bottom) / 2;
  if (x < 0 || y < 0 || x >= win.innerWidth || y >= win.innerHeight) return scrolled ? null : UNDECIDED;
  // The topmost hit alone answers most controls (the control itself) at a third of the cost of the whole stack;
  // it is the stack's first element, so the walk below gives the same answer for it.
  const top = doc.elementFromPoint(x, y);
  if (top && own(top)) return null;
  for (const hit of doc.elementsFromPoint(x, y)) {
    if (own(hit)) return null;
    // An ancestor on top: the control is not hit there (clip-path, clip) or the ancestor's ::before/::after covers it.
    if (hit.contains(target)) return styleOf(target)?.pointerEvents === 'none' ? null : 'clipped or covered at its centre';
    if (opaque(hit, styleOf)) {
      if (!scrolled && pinned(hit, styleOf)) return UNDECIDED;
      return `covered by another element (${hit.tagName.toLowerCase()}${hit.id ? `#${hit.id}` : ''})`;
    }
  }
  return null;
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
