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
  /** `compute()` for this element and question, worked out once per pass. */
  once: <T>(question: string, el: Element, compute: () => T) => T;
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
  const once = <T>(question: string, el: Element, compute: () => T): T => {
    let table = answers.get(question);
    if (!table) answers.set(question, (table = new Map<Element, unknown>()));
    if (table.has(el)) return table.get(el) as T;
    const answer = compute();
    table.set(el, answer);
    return answer;
  };
  return Object.assign(styleOf, { laidOut, once });
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

/** A closed <details> hides everything but its own first <summary>. */
function inClosedDetails(node: Element, child: Element | null): boolean {
  if (node.tagName !== 'DETAILS' || node.hasAttribute('open')) return false;
  const summary = Array.from(node.children).find((c) => c.tagName === 'SUMMARY');
  return !(child && summary && (child === summary || summary.contains(child)));
}

const tinyClipRect = (clip: string | undefined): boolean => {
  const m = /^rect\(([^)]*)\)$/.exec(clip?.trim() ?? '');
  if (!m) return false;
  const [top = 0, right = 0, bottom = 0, left = 0] = m[1]!.split(/[\s,]+/).map((v) => parseFloat(v) || 0);
  return right - left < 4 || bottom - top < 4;
};

const emptyClipPath = (path: string | undefined): boolean =>
  !!path && /^(inset\(\s*(50%|[5-9]\d%|100%)|circle\(\s*0(px|%)?[\s)]|ellipse\(\s*0(px|%)?\s)/.test(path.trim());

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
  // Every rule here is a read of a style already computed (cached per pass), so it holds without a layout engine
  // (happy-dom) as in a browser.
  let opacity = 1;
  let child: Element | null = null;
  for (let node: Element | null = el; node; child = node, node = parentOf(node)) {
    if ((node as HTMLElement).hidden || node.hasAttribute('hidden')) return 'hidden attribute';
    if (node.hasAttribute('inert')) return 'inert';
    if (node.getAttribute('aria-hidden') === 'true') return 'aria-hidden';
    if (inClosedDetails(node, child)) return 'inside a closed <details>';
    const style = styleOf(node);
    if (!style) continue;
    if (style.display === 'none') return 'display none';
    if (countOpacity) opacity *= parseFloat(style.opacity) || (style.opacity === '' ? 1 : 0);
    if (opacity < MIN_OPACITY) return `opacity ${Number(opacity.toFixed(3))}`;
    if (node !== el && style.getPropertyValue('content-visibility') === 'hidden') return 'content-visibility hidden';
    if (countOpacity) opacity *= filterOpacity(style.filter);
    if (opacity < MIN_OPACITY) return `opacity ${Number(opacity.toFixed(3))} (filter)`;
    if (style.position === 'absolute' || style.position === 'fixed') {
      if (tinyClipRect(style.clip)) return 'clipped to nothing';
    }
    if (emptyClipPath(style.clipPath)) return 'clip-path leaves nothing';
  }
  return null;
}
