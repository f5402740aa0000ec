import type { FieldDescriptor } from '../fields/field-descriptor';
import { styleCache, type StyleOf } from '../fields/hiding-styles';
import { seenTargets } from '../fields/visible-target';

/** How many fields to watch: a few are enough to tell whether the frame itself is seen. */
const WATCHED = 12;

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

type Box = Pick<DOMRectReadOnly, 'left' | 'top' | 'right' | 'bottom'>;

/** A box with an area wholly inside a viewport of `width` x `height` (the frame's own, without scrollbars). */
export function fitsViewport(r: Box, width: number, height: number): boolean {
  return r.right > r.left && r.bottom > r.top && r.left >= -0.5 && r.top >= -0.5 && r.right <= width + 0.5 && r.bottom <= height + 0.5;
}

/**
 * Nothing in the element's own document (itself or an ancestor) makes v2 call it unseen: opacity, filter, transform.
 * Each element's answer is kept for the `styleOf` pass, so witnesses sharing ancestors walk them once (iteratively:
 * a very deep page cannot overflow the stack).
 */
export function undistorted(el: Element, styleOf: StyleOf = styleCache()): boolean {
  const known = styleOf.table<boolean>('undistorted');
  const path: Element[] = [];
  let answer = true;
  for (let node: Element | null = el; node; node = node.parentElement) {
    const found = known.get(node);
    if (found !== undefined) {
      answer = found;
      break;
    }
    path.push(node);
  }
  for (let i = path.length - 1; i >= 0; i--) {
    const s = styleOf(path[i]!);
    answer &&= !!s && Number(s.opacity || 1) >= 1 && (s.filter || 'none') === 'none' && (s.transform || 'none') === 'none';
    known.set(path[i]!, answer);
  }
  return answer;
}

/** Fractions of the frame's width and height where it looks for what it shows first. */
const GRID = [1 / 6, 1 / 2, 5 / 6];

/**
 * What tells whether the frame is seen, wherever its fields are, found without touching the page, each with whether
 * it is plain (a 'not visible' report on it blames the page around the frame): the frame's root element; the topmost
 * element at the points of a 3x3 grid of its viewport; and for a frame of the page's own origin its <iframe> element
 * in the page. v2 tests an element in a frame of the same origin for cover over its whole box, also the part the
 * frame scrolls away, which then lies over the page's content beside the iframe (F12): there only elements wholly
 * inside the viewport are plain. A frame of another origin is tested within its own document (the page's cover
 * comes for the frame as a whole), so its root is plain though it is taller than the viewport.
 */
function shownWitnesses(win: Window, undistortedIn: (el: Element) => boolean, plain: (el: Element) => boolean): Map<Element, boolean> {
  const doc = win.document;
  const { clientWidth: width, clientHeight: height } = doc.documentElement;
  const out = new Map<Element, boolean>();
  const owner = win.frameElement;
  out.set(doc.documentElement, owner === null ? undistortedIn(doc.documentElement) : plain(doc.documentElement));
  for (const fy of GRID) {
    for (const fx of GRID) {
      const hit = doc.elementFromPoint(width * fx, height * fy);
      if (hit && !out.has(hit)) out.set(hit, plain(hit));
    }
  }
  if (owner) {
    // The page's opacity, filter, transform or cover on the iframe is what it is asked about: plain when wholly in view.
    const page = owner.ownerDocument.documentElement;
    out.set(owner, fitsViewport(owner.getBoundingClientRect(), page.clientWidth, page.clientHeight));
  }
  return out;
}

/** What the frame watches (what it shows, and up to 12 of `targets`), each with whether it is plain. */
export function witnessesOf(win: Window, targets: readonly Element[]): Map<Element, boolean> {
  const { clientWidth, clientHeight } = win.document.documentElement;
  const styleOf = styleCache();
  const undistortedIn = (el: Element) => undistorted(el, styleOf);
  const plain = (el: Element) => fitsViewport(el.getBoundingClientRect(), clientWidth, clientHeight) && undistortedIn(el);
  const witnesses = shownWitnesses(win, undistortedIn, plain);
  for (const t of targets.slice(0, WATCHED)) if (!witnesses.has(t)) witnesses.set(t, plain(t));
  return witnesses;
}
