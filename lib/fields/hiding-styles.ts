/**
 * What hides an element through markup and style alone: the checks that need no layout, so they hold in happy-dom
 * as in a browser. Effective opacity is the product along the ancestors (a wrapper at 0.3 holding a control at 0.3
 * shows it at 0.09), with `filter: opacity()` counted in.
 */

/** Below this a person does not see the control (the rule: an effective opacity under 0.1). */
export const MIN_OPACITY = 0.1;

/**
 * Per-pass cache of computed styles: a form's controls share most of their ancestors. A pass reads and never writes
 * (scrolling aside), so what it works out from styles alone holds for the whole pass too (`once`).
 */
export interface StyleOf {
  (el: Element): CSSStyleDeclaration | null;
  /** Whether the document has a layout engine behind it (a browser; not happy-dom). */
  laidOut: (doc: Document) => boolean;
  /**
   * `compute()` for this element and question, worked out once per pass. A question named `layout:…` is about
   * where things are on screen: `moved()` forgets its answers.
   */
  once: <T>(question: string, el: Element, compute: () => T) => T;
  /** The answers to one question so far, by element (for answers worked out several at a time). */
  table: <T>(question: string) => Map<Element, T>;
  /** The pass scrolled: boxes sit elsewhere in the viewport now. */
  moved: () => void;
}

export function styleCache(): StyleOf {
  const seen = new Map<Element, CSSStyleDeclaration | null>();
  const layouts = new Map<Document, boolean>();
  const styleOf = (el: Element) => {
    let style = seen.get(el);
    if (style === undefined) {
      style = el.ownerDocument.defaultView?.getComputedStyle(el) ?? null;
      seen.set(el, style);
    }
    return style;
  };
  const laidOut = (doc: Document) => {
    let known = layouts.get(doc);
    if (known === undefined) {
      const root = doc.documentElement?.getBoundingClientRect();
      known = !!root && (root.width > 0 || root.height > 0);
      layouts.set(doc, known);
    }
    return known;
  };
  const answers = new Map<string, Map<Element, unknown>>();
  const table = <T>(question: string): Map<Element, T> => {
    let found = answers.get(question);
    if (!found) answers.set(question, (found = new Map<Element, unknown>()));
    return found as Map<Element, T>;
  };
  const once = <T>(question: string, el: Element, compute: () => T): T => {
    const answered = table<T>(question);
    const known = answered.get(el);
    if (known !== undefined || answered.has(el)) return known as T;
    const answer = compute();
    answered.set(el, answer);
    return answer;
  };
  const moved = () => {
    for (const question of answers.keys()) if (question.startsWith('layout:')) answers.delete(question);
  };
  return Object.assign(styleOf, { laidOut, once, table, moved });
}

/** The element's parent, crossing out of a shadow root to its host. */
export function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root && 'host' in root ? ((root as ShadowRoot).host ?? null) : null;
}

function filterOpacity(filter: string | undefined): number {
  if (!filter || filter === 'none') return 1;
  let factor = 1;
  for (const m of filter.matchAll(/opacity\(\s*([\d.]+)(%?)\s*\)/g)) factor *= Number(m[1]) / (m[2] ? 100 : 1);
  return Number.isFinite(factor) ? factor : 1;
}

const tinyClipRect = (clip: string | undefined): boolean => {
  const m = /^rect\(([^)]*)\)$/.exec(clip?.trim() ?? '');
  if (!m) return false;
  const [top = 0, right = 0, bottom = 0, left = 0] = m[1]!.split(/[\s,]+/).map((v) => parseFloat(v) || 0);
  return right - left < 4 || bottom - top < 4;
};

const emptyClipPath = (path: string | undefined): boolean =>
  !!path && /^(inset\(\s*(50%|[5-9]\d%|100%)|circle\(\s*0(px|%)?[\s)]|ellipse\(\s*0(px|%)?\s)/.test(path.trim());

/** What one element contributes to hiding what it holds, read once per pass (its styles and attributes). */
interface HideStep {
  /** The hidden attribute, `inert` or `aria-hidden`: hides whatever the element holds. */
  marked: string | null;
  /** A closed <details>: its first <summary> (or null), the only thing it shows. */
  closedDetails: { summary: Element | null } | null;
  styled: boolean;
  displayNone: boolean;
  opacity: number;
  contentHidden: boolean;
  filterOpacity: number;
  /** A clip or clip-path that leaves nothing of the element. */
  clippedAway: string | null;
}

function hideStep(node: Element, styleOf: StyleOf): HideStep {
  return styleOf.once('hide-step', node, () => {
    const marked = (node as HTMLElement).hidden || node.hasAttribute('hidden') ? 'hidden attribute' : node.hasAttribute('inert') ? 'inert' : node.getAttribute('aria-hidden') === 'true' ? 'aria-hidden' : null;
    const closedDetails = node.tagName === 'DETAILS' && !node.hasAttribute('open') ? { summary: Array.from(node.children).find((c) => c.tagName === 'SUMMARY') ?? null } : null;
    const style = marked ? null : styleOf(node);
    if (!style) return { marked, closedDetails, styled: false, displayNone: false, opacity: 1, contentHidden: false, filterOpacity: 1, clippedAway: null };
    const positioned = style.position === 'absolute' || style.position === 'fixed';
    return {
      marked,
      closedDetails,
      styled: true,
      displayNone: style.display === 'none',
      opacity: parseFloat(style.opacity) || (style.opacity === '' ? 1 : 0),
      contentHidden: style.getPropertyValue('content-visibility') === 'hidden',
      filterOpacity: filterOpacity(style.filter),
      clippedAway: positioned && tinyClipRect(style.clip) ? 'clipped to nothing' : emptyClipPath(style.clipPath) ? 'clip-path leaves nothing' : null,
    };
  });
}

/** A closed <details> hides everything but its own first <summary>. */
const hiddenInDetails = (step: HideStep, child: Element | null): boolean => {
  const summary = step.closedDetails?.summary;
  return !!step.closedDetails && !(child && summary && (child === summary || summary.contains(child)));
};

/**
 * Why markup or style hides `el` from a person, or null. Looks at the element and every ancestor: the hidden
 * attribute, `inert`, `aria-hidden`, display, visibility (inherited, so the element's own value decides),
 * content-visibility, a closed <details>, a clip or clip-path that leaves nothing, and the effective opacity
 * (unless `countOpacity` is false: a widget's own input may be transparent by design).
 */
export function hiddenByStyle(el: Element, styleOf: StyleOf, countOpacity = true): string | null {
  // The fill asks again for a control it scrolls into view; styles do not change with the scroll.
  return styleOf.once(countOpacity ? 'hidden-by-style' : 'hidden-by-style-but-opacity', el, () => styleVerdict(el, styleOf, countOpacity));
}

function styleVerdict(el: Element, styleOf: StyleOf, countOpacity: boolean): string | null {
  const own = styleOf(el);
  if (own && (own.visibility === 'hidden' || own.visibility === 'collapse')) return 'visibility hidden';
  // The platform's own answer where there is a layout (display, content-visibility, opacity 0 on the way up).
  const checkable = el as Element & { checkVisibility?: (o: object) => boolean };
  if (typeof checkable.checkVisibility === 'function' && styleOf.laidOut(el.ownerDocument) && !checkable.checkVisibility({ opacityProperty: countOpacity, visibilityProperty: true })) return 'not rendered';
  // Each element's part is read once per pass (a form's controls share their ancestors); the walk itself only
  // combines them, because the opacity that matters is the product from this control up.
  let opacity = 1;
  let child: Element | null = null;
  for (let node: Element | null = el; node; child = node, node = parentOf(node)) {
    const step = hideStep(node, styleOf);
    if (step.marked) return step.marked;
    if (hiddenInDetails(step, child)) return 'inside a closed <details>';
    if (!step.styled) continue;
    if (step.displayNone) return 'display none';
    if (countOpacity) opacity *= step.opacity;
    if (opacity < MIN_OPACITY) return `opacity ${Number(opacity.toFixed(3))}`;
    if (node !== el && step.contentHidden) return 'content-visibility hidden';
    if (countOpacity) opacity *= step.filterOpacity;
    if (opacity < MIN_OPACITY) return `opacity ${Number(opacity.toFixed(3))} (filter)`;
    if (step.clippedAway) return step.clippedAway;
  }
  return null;
}
