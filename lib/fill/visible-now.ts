import type { ControlKind } from '../fields/field-descriptor';
import { forbiddenFor, styleCache, UNDECIDED } from '../fields/visibility';

interface Checked {
  fieldId: string;
  kind: ControlKind;
  els: Element[];
}

const verdict = (found: { forbidden: string; why: string }) =>
  found.forbidden === 'hidden' ? `hidden on the page (${found.why}): not filled` : `${found.forbidden} control: never filled`;

/**
 * Just before the fill writes anything: the safety rules again on the live page (it may have changed since the
 * review), all controls in one pass so the page is laid out once. What covers a control outside the viewport (or
 * under a fixed bar) is judged with the control scrolled into view, a screenful at a time, top to bottom; the
 * page's scroll position is put back afterwards. Returns the reason per field id that must not be filled.
 */
export function blockedNow(fields: readonly Checked[], doc: Document | undefined): Map<string, string> {
  const blocked = new Map<string, string>();
  const win = doc?.defaultView;
  const styleOf = styleCache();
  const later: { fieldId: string; kind: ControlKind; el: Element }[] = [];
  for (const { fieldId, kind, els } of fields) {
    for (const el of els) {
      const found = forbiddenFor(el, kind, styleOf, false, true);
      if (found?.why === UNDECIDED) later.push({ fieldId, kind, el });
      else if (found) {
        blocked.set(fieldId, verdict(found));
        break;
      }
    }
  }
  if (!win || !later.length) return blocked;
  const at = { x: win.scrollX, y: win.scrollY };
  const top = (el: Element) => el.getBoundingClientRect().top + win.scrollY;
  // Each box is read once, not once per comparison.
  const tops = new Map(later.map(({ el }) => [el, top(el)]));
  later.sort((a, b) => tops.get(a.el)! - tops.get(b.el)!);
  let scrolledFor = -Infinity;
  for (const { fieldId, kind, el } of later) {
    if (blocked.has(fieldId)) continue;
    const r = el.getBoundingClientRect();
    // One scroll serves every control it brings into the middle of the viewport.
    const inView = r.top >= win.innerHeight * 0.2 && r.bottom <= win.innerHeight * 0.8 && scrolledFor > -Infinity;
    let found = inView ? forbiddenFor(el, kind, styleOf, false, true) : null;
    if (!inView || found?.why === UNDECIDED) {
      found = forbiddenFor(el, kind, styleOf, true);
      scrolledFor = top(el);
    }
    if (found && found.why !== UNDECIDED) blocked.set(fieldId, verdict(found));
  }
  if (win.scrollX !== at.x || win.scrollY !== at.y) win.scrollTo({ left: at.x, top: at.y, behavior: 'instant' });
  return blocked;
}
