import { parentOf, type StyleOf } from './hiding-styles';

/**
 * Where the ancestors that clip their overflow leave a box, following the containing-block chain (an absolutely
 * placed box escapes the clip of unpositioned ancestors, a fixed one nearly all). Each ancestor's part is worked
 * out once per pass and scroll position, and shared by every box below it: a form's controls share their ancestors.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const CLIPS = /hidden|clip/;
export const cut = (a: Box, b: Box): Box => ({ left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) });

type Escaping = 'none' | 'absolute' | 'fixed';

/** What an element does to the boxes inside it: where it clips them, whether it holds positioned ones. */
interface ClipFacts {
  clipX: boolean;
  clipY: boolean;
  position: string;
  /** A transform, filter, perspective or containment: a containing block even for fixed boxes. */
  transformed: boolean;
}

function clipFacts(node: Element, styleOf: StyleOf): ClipFacts | null {
  return styleOf.once('clip-facts', node, () => {
    const style = styleOf(node);
    if (!style) return null;
    const paint = style.contain.includes('paint');
    return {
      clipX: CLIPS.test(style.overflowX) || paint,
      clipY: CLIPS.test(style.overflowY) || paint,
      position: style.position,
      transformed: style.transform !== 'none' || style.filter !== 'none' || style.perspective !== 'none' || /paint|layout|strict|content/.test(style.contain),
    };
  });
}

/** Does `node` establish a containing block for absolutely (or fixed) positioned descendants? */
const containsPositioned = (facts: ClipFacts, fixed: boolean): boolean => facts.transformed || (!fixed && facts.position !== 'static');

const escapingOf = (position: string | undefined): Escaping => (position === 'fixed' ? 'fixed' : position === 'absolute' ? 'absolute' : 'none');

const ALL: Box = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };

/** What the containing-block chain from `node` up leaves of a box that enters it `escaping` (viewport coordinates). */
interface Chain {
  clip: Box;
  fixed: boolean;
  escaping: Escaping;
}

/**
 * The chain's verdict for `node` and each ancestor is worked out once per scroll position and shared by every box
 * below it: a form's controls share their ancestors. Walks up to the first known answer, then fills in downwards.
 */
function chainFrom(start: Element | null, escaping: Escaping, styleOf: StyleOf): Chain {
  const path: [Element, Escaping][] = [];
  let known: Chain | undefined;
  let esc = escaping;
  let node = start;
  for (; node && node !== node.ownerDocument.documentElement; node = parentOf(node)) {
    known = styleOf.table<Chain>(`layout:chain-${esc}`).get(node);
    if (known) break;
    path.push([node, esc]);
    const facts = clipFacts(node, styleOf);
    if (facts && (esc === 'none' || containsPositioned(facts, esc === 'fixed'))) esc = escapingOf(facts.position);
  }
  let chain: Chain = known ?? { clip: ALL, fixed: false, escaping: esc };
  for (let i = path.length - 1; i >= 0; i--) {
    const [at, entering] = path[i]!;
    const facts = clipFacts(at, styleOf);
    if (facts && (entering === 'none' || containsPositioned(facts, entering === 'fixed'))) {
      if (facts.clipX || facts.clipY) {
        const nr = at.getBoundingClientRect();
        chain = { ...chain, clip: cut(chain.clip, { left: facts.clipX ? nr.left : -Infinity, right: facts.clipX ? nr.right : Infinity, top: facts.clipY ? nr.top : -Infinity, bottom: facts.clipY ? nr.bottom : Infinity }) };
      }
      if (facts.position === 'fixed') chain = { ...chain, fixed: true };
    }
    styleOf.table<Chain>(`layout:chain-${entering}`).set(at, chain);
  }
  return chain;
}

/**
 * The part of `el`'s box (viewport coordinates) left after every ancestor that clips its overflow, following the
 * containing-block chain: an absolutely placed box escapes the clip of unpositioned ancestors, a fixed one nearly all.
 */
export function clippedBox(el: Element, styleOf: StyleOf, r: DOMRect = el.getBoundingClientRect()): { box: Box; fixed: boolean } {
  const chain = chainFrom(parentOf(el), escapingOf(styleOf(el)?.position), styleOf);
  return { box: cut({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }, chain.clip), fixed: chain.fixed || chain.escaping === 'fixed' };
}

