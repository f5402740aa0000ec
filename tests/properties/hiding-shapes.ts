import { applyLayout, LAYOUT_SHAPES, layoutHides, type LayoutShape } from './layout-shapes';

/**
 * Ways markup and style hide a control from the person filling the form, as layers the generator stacks on the
 * control, its wrapper, an outer box or its whole section. The verdict (`hidingVerdict`) is this file's own
 * reading of CSS and HTML, independent of lib/fields/visibility.ts. Layout shapes (zero size, off-screen,
 * transforms, covers) need a layout engine: they are not drawn here (happy-dom has none).
 */

export const HIDING_SHAPES = [
  'display-none',
  'visibility-hidden',
  'visibility-collapse',
  // Sets visibility back to visible: under a hidden ancestor the control shows again (a near miss, not hiding).
  'visibility-visible',
  'hidden-attr',
  'inert',
  'aria-hidden',
  // aria-hidden="false" hides nothing (a near miss).
  'aria-hidden-false',
  'opacity',
  'filter-opacity',
  'content-visibility-hidden',
  'clip-rect',
  'clip-path',
  'closed-details',
  // An open <details> hides nothing (a near miss).
  'open-details',
] as const;
export type HidingShape = (typeof HIDING_SHAPES)[number];

/** Innermost first: the control itself (every option of a group), its first option only, the field's box, around it, the section. */
export const HIDING_PLACES = ['self', 'first-option', 'wrapper', 'outer', 'section'] as const;
export type HidingPlace = (typeof HIDING_PLACES)[number];

export interface HidingLayer {
  /** Layout shapes only in the Chromium run (layout-shapes.ts). */
  shape: HidingShape | LayoutShape;
  on: HidingPlace;
  /** opacity / filter opacity factor; clip-path: which path (see CLIP_PATHS). */
  amount: number;
}

/** Opacities the generator uses: products of two or three cross 0.1 both ways (0.3 x 0.3 = 0.09 hides, 0.3 x 0.5 does not). */
export const OPACITIES = [0, 0.01, 0.05, 0.3, 0.5, 0.8] as const;
/** Clip paths, the first three leave nothing to see. */
export const CLIP_PATHS = ['inset(50%)', 'inset(100%)', 'circle(0px at 50% 50%)', 'inset(10%)', 'circle(40%)'] as const;
const EMPTY_CLIP_PATHS = 3;
const BELOW = 0.1;

/** Put one layer on `el` (a <details> layer wraps `el`'s content instead, see wrapInDetails). */
const isLayout = (shape: HidingLayer['shape']): shape is LayoutShape => (LAYOUT_SHAPES as readonly string[]).includes(shape);

export function applyLayer(el: HTMLElement, layer: HidingLayer): void {
  if (isLayout(layer.shape)) {
    applyLayout(el, layer.shape);
    return;
  }
  const style = el.style;
  switch (layer.shape) {
    case 'display-none':
      style.display = 'none';
      return;
    case 'visibility-hidden':
      style.visibility = 'hidden';
      return;
    case 'visibility-collapse':
      style.visibility = 'collapse';
      return;
    case 'visibility-visible':
      style.visibility = 'visible';
      return;
    case 'hidden-attr':
      el.hidden = true;
      return;
    case 'inert':
      el.setAttribute('inert', '');
      return;
    case 'aria-hidden':
      el.setAttribute('aria-hidden', 'true');
      return;
    case 'aria-hidden-false':
      el.setAttribute('aria-hidden', 'false');
      return;
    case 'opacity':
      // Two layers on one element multiply, as the generator's verdict counts them.
      style.opacity = String(Number(style.opacity || '1') * layer.amount);
      return;
    case 'filter-opacity':
      style.filter = `${style.filter && style.filter !== 'none' ? `${style.filter} ` : ''}opacity(${layer.amount})`;
      return;
    case 'content-visibility-hidden':
      style.setProperty('content-visibility', 'hidden');
      return;
    case 'clip-rect':
      // The screen-reader-only pattern.
      style.position = 'absolute';
      style.width = '1px';
      style.height = '1px';
      style.overflow = 'hidden';
      style.setProperty('clip', 'rect(0px, 0px, 0px, 0px)');
      return;
    case 'clip-path':
      style.setProperty('clip-path', CLIP_PATHS[layer.amount % CLIP_PATHS.length]!);
      return;
    case 'closed-details':
    case 'open-details':
      return;
  }
}

/** A <details> (closed or open) around `content`, with a summary that stays visible. */
export function wrapInDetails(doc: Document, content: HTMLElement, open: boolean): HTMLElement {
  const details = doc.createElement('details');
  if (open) details.setAttribute('open', '');
  const summary = doc.createElement('summary');
  summary.textContent = 'More';
  details.append(summary, content);
  return details;
}

const ORDER: Record<HidingPlace, number> = { self: 0, 'first-option': 0, wrapper: 1, outer: 2, section: 3 };

/**
 * Whether the layers that reach a control hide it, and by what, or null. `ownOpacity` is the control's own
 * opacity from elsewhere (a transparent decoy). Visibility inherits, so the innermost explicit value decides (the last of one element's);
 * content-visibility hides an element's contents, not the element; opacities multiply along the ancestors.
 * `drawnByLabel`: a radio or checkbox with a label, which a person sees and uses when the box itself is laid out away.
 */
export function hidingVerdict(layers: readonly HidingLayer[], drawnByLabel = false): string | null {
  const causes: string[] = [];
  let opacity = 1;
  let visibility: { value: string; depth: number } | null = null;
  for (const [i, l] of layers.entries()) {
    const where = `${l.shape}@${l.on}`;
    if (isLayout(l.shape)) {
      if (layoutHides(l.shape, ORDER[l.on] === 0, drawnByLabel)) causes.push(where);
      continue;
    }
    switch (l.shape) {
      case 'aria-hidden':
        // One attribute per element: a later aria-hidden="false" on the same box replaces it (hides nothing).
        if (!layers.some((m, j) => j > i && m.on === l.on && m.shape === 'aria-hidden-false')) causes.push(where);
        break;
      case 'display-none':
      case 'hidden-attr':
      case 'inert':
      case 'clip-rect':
      case 'closed-details':
        causes.push(where);
        break;
      case 'content-visibility-hidden':
        if (ORDER[l.on] > 0) causes.push(where);
        break;
      case 'clip-path':
        if (l.amount % CLIP_PATHS.length < EMPTY_CLIP_PATHS) causes.push(where);
        break;
      case 'visibility-hidden':
      case 'visibility-collapse':
      case 'visibility-visible':
        if (!visibility || ORDER[l.on] <= visibility.depth) visibility = { value: l.shape, depth: ORDER[l.on] };
        break;
      case 'opacity':
      case 'filter-opacity':
        opacity *= l.amount;
        break;
      case 'aria-hidden-false':
      case 'open-details':
        break;
    }
  }
  if (visibility && visibility.value !== 'visibility-visible') causes.push(`${visibility.value}@depth${visibility.depth}`);
  if (opacity < BELOW) causes.push(`opacity product ${Number(opacity.toFixed(4))}`);
  return causes.length ? causes.join(' + ') : null;
}
