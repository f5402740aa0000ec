import type { Box } from './clip-chain';
import type { ControlKind, FieldDescriptor } from './field-descriptor';
import { seenTargets } from './visible-target';

/** Why a field under a box of the page around its frame is not filled (the frame cannot see that box itself). */
export const PAGE_COVER = 'covered by the page around its frame';

const inside = (x: number, y: number, b: Box) => x >= b.left && x < b.right && y >= b.top && y < b.bottom;

/**
 * Whether the page around the frame covers `el` at its centre, as a field is judged (what a person sees of it: a
 * widget's box, not its hidden input). `covers` are in the frame's viewport coordinates (lib/page/iframe-judge.ts),
 * which is where the element's box is measured: they hold wherever the page around is scrolled.
 */
export function coveredByPage(el: Element, kind: ControlKind, covers: readonly Box[]): boolean {
  if (!covers.length) return false;
  const target = seenTargets(el, kind)[0] ?? el;
  const r = target.getBoundingClientRect();
  const x = (r.left + r.right) / 2;
  const y = (r.top + r.bottom) / 2;
  return covers.some((b) => inside(x, y, b));
}

/** Marks hidden every field not already forbidden whose control (any of a group's) the page around covers. */
export function markPageCovers(fields: FieldDescriptor[], elements: ReadonlyMap<string, Element[]>, covers: readonly Box[]): void {
  if (!covers.length) return;
  for (const field of fields) {
    if (field.forbidden !== null) continue;
    if ((elements.get(field.id) ?? []).some((el) => coveredByPage(el, field.kind, covers))) field.forbidden = 'hidden';
  }
}
