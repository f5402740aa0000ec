/**
 * Ways layout hides a control: a box too small to see, a place outside the page, a transform that moves or shrinks
 * it away, a box that clips it to nothing, an opaque element on top. They need a layout engine, so only the
 * Chromium run (`npm run fuzz -- --chromium`) draws them; happy-dom has none. Near misses (a small but visible
 * box, a nudge) are drawn too.
 */

export const LAYOUT_SHAPES = [
  'zero-size',
  'two-px',
  'offscreen-left',
  'offscreen-top',
  'fixed-above',
  'transform-away',
  'scale-0',
  'zero-height-overflow',
  'covered',
  // Near misses: visible.
  'small-visible',
  'nudged',
] as const;
export type LayoutShape = (typeof LAYOUT_SHAPES)[number];

/** A radio or checkbox drawn by its label (the control itself small, moved or clipped) is seen through the label. */
export function layoutHides(shape: LayoutShape, onSelf: boolean, labelShows: boolean): boolean {
  if (shape === 'small-visible' || shape === 'nudged') return false;
  if (onSelf && labelShows && shape !== 'covered') return false;
  return true;
}

export function applyLayout(el: HTMLElement, shape: LayoutShape): void {
  const s = el.style;
  switch (shape) {
    case 'zero-size':
      s.width = '0px';
      s.height = '0px';
      s.minWidth = '0px';
      s.minHeight = '0px';
      s.padding = '0px';
      s.border = '0px';
      s.overflow = 'hidden';
      return;
    case 'two-px':
      s.width = '2px';
      s.height = '2px';
      s.minWidth = '0px';
      s.minHeight = '0px';
      s.padding = '0px';
      s.border = '0px';
      s.overflow = 'hidden';
      return;
    case 'offscreen-left':
      s.position = 'absolute';
      s.left = '-10000px';
      return;
    case 'offscreen-top':
      s.position = 'relative';
      s.top = '-10000px';
      return;
    case 'fixed-above':
      s.position = 'fixed';
      s.top = '-600px';
      return;
    case 'transform-away':
      s.transform = 'translateX(-10000px)';
      return;
    case 'scale-0':
      s.transform = 'scale(0)';
      return;
    case 'zero-height-overflow':
      s.height = '0px';
      s.overflow = 'hidden';
      s.padding = '0px';
      s.border = '0px';
      return;
    case 'covered': {
      s.position = 'relative';
      const cover = el.ownerDocument.createElement('div');
      cover.setAttribute('style', 'position:absolute;inset:-4px;background:#fff;z-index:50');
      el.append(cover);
      return;
    }
    case 'small-visible':
      s.width = '24px';
      s.height = '24px';
      return;
    case 'nudged':
      s.transform = 'translateX(6px)';
      return;
  }
}
