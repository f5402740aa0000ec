import type { ControlKind } from '../fields/field-descriptor';
import { forbiddenFor, styleCache } from '../fields/visibility';

interface Checked {
  fieldId: string;
  kind: ControlKind;
  els: Element[];
}

/**
 * Just before the fill writes anything: the safety rules again on the live page (it may have changed since the
 * review), all controls in one pass so the page is laid out once. A control whose cover depends on the scroll
 * position is brought into view and judged there; the page's scroll position is put back afterwards.
 * Returns the reason per field id that must not be filled.
 */
export function blockedNow(fields: readonly Checked[], doc: Document | undefined): Map<string, string> {
  const blocked = new Map<string, string>();
  const win = doc?.defaultView;
  const at = win ? { x: win.scrollX, y: win.scrollY } : null;
  const styleOf = styleCache();
  for (const { fieldId, kind, els } of fields) {
    for (const el of els) {
      const found = forbiddenFor(el, kind, styleOf, true);
      if (found) {
        blocked.set(fieldId, found.forbidden === 'hidden' ? `hidden on the page (${found.why}): not filled` : `${found.forbidden} control: never filled`);
        break;
      }
    }
  }
  if (win && at && (win.scrollX !== at.x || win.scrollY !== at.y)) win.scrollTo({ left: at.x, top: at.y, behavior: 'instant' });
  return blocked;
}
