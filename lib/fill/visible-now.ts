import type { ControlKind } from '../fields/field-descriptor';
import { PAGE_COVER, pageCoverTarget, personScrolls, underPage, type PageCover } from '../fields/page-covers';
import { PLACES } from '../fields/visible-box';
import { coveredNow, forbiddenOrCover, styleCache, UNDECIDED, type Cover, type StyleOf } from '../fields/visibility';

interface Checked {
  fieldId: string;
  kind: ControlKind;
  els: Element[];
}

const verdict = (found: { forbidden: string; why: string }) =>
  found.forbidden === 'hidden' ? `hidden on the page (${found.why}): not filled` : `${found.forbidden} control: never filled`;

/**
 * What covers the control where it is now: the frame's own boxes (`coveredNow`), then the boxes of the page around
 * the frame (`covers`, frame coordinates). Those stay over the frame's viewport while its document scrolls under
 * them, like a fixed bar: UNDECIDED until the control has been looked at in every place (`scrolled`).
 */
function coverHere(cover: Cover, styleOf: StyleOf, scrolled: boolean, covers: readonly PageCover[]): string | null {
  const why = coveredNow(cover.target, cover.own, styleOf, scrolled);
  if (why !== null || !underPage(cover.target, covers)) return why;
  return scrolled ? PAGE_COVER : UNDECIDED;
}

/**
 * What covers the control wherever a person can scroll it to: null as soon as one place shows it. A cover that is
 * not pinned moves with the page, so its first answer is final; a box pinned over every place (the frame's own, or
 * the page's around the frame) covers it for good, judged once more with the control in the middle of the viewport
 * (both ways, for a control off to the side).
 */
function coverWhereverScrolled(cover: Cover, win: Window, styleOf: StyleOf, covers: readonly PageCover[]): string | null {
  for (const place of PLACES) {
    const r = cover.target.getBoundingClientRect();
    win.scrollTo({ left: win.scrollX, top: win.scrollY + (r.top + r.bottom) / 2 - place * win.innerHeight, behavior: 'instant' });
    styleOf.moved();
    const why = coverHere(cover, styleOf, false, covers);
    if (why !== UNDECIDED) return why;
  }
  cover.target.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
  styleOf.moved();
  return coverHere(cover, styleOf, true, covers);
}

/**
 * Just before the fill writes anything: the safety rules again on the live page (it may have changed since the
 * review), all controls in one pass so the page is laid out once. Markup, style, size, clipping and place on the
 * page are judged once, where the page is scrolled now: a scroll changes none of them. What covers a control
 * outside the viewport (or under a fixed bar) is judged with the control in view, a screenful at a time, top to
 * bottom; the page's scroll position is put back afterwards. A control under a box of the page around the frame
 * (`covers`, frame coordinates, from the top page's judge) is judged the same way: the frame's document may scroll
 * it out from under the box. Returns the reason per field id that must not be filled.
 */
export function blockedNow(fields: readonly Checked[], doc: Document | undefined, covers: readonly PageCover[] = []): Map<string, string> {
  const blocked = new Map<string, string>();
  const win = doc?.defaultView;
  const styleOf = styleCache();
  const later: { fieldId: string; el: Element; cover: Cover; top: number }[] = [];
  let scrolls: boolean | undefined;
  for (const { fieldId, kind, els } of fields) {
    for (const el of els) {
      const found = forbiddenOrCover(el, kind, styleOf);
      if (found && 'target' in found) later.push({ fieldId, el, cover: found, top: 0 });
      else if (found) {
        blocked.set(fieldId, verdict(found));
        break;
      }
      // Seen by the frame's own rules where it is now, but under the page around the frame: a scroll may free it.
      else if (covers.length) {
        const seen = pageCoverTarget(el, kind);
        if (!underPage(seen.target, covers)) continue;
        // A frame a person cannot scroll keeps the field under the page's box: no scroll of the fill's may free it.
        scrolls ??= doc ? personScrolls(doc, covers, styleOf) : false;
        if (!scrolls) {
          blocked.set(fieldId, `hidden on the page (${PAGE_COVER}): not filled`);
          break;
        }
        later.push({ fieldId, el, cover: seen, top: 0 });
      }
    }
  }
  if (!win || !later.length) return blocked;
  const at = { x: win.scrollX, y: win.scrollY };
  // Each box is read once for the order, not once per comparison.
  for (const item of later) item.top = item.el.getBoundingClientRect().top + win.scrollY;
  later.sort((a, b) => a.top - b.top);
  const band = { top: win.innerHeight * 0.2, bottom: win.innerHeight * 0.8 };
  const inBand = (r: DOMRect) => r.top >= band.top && r.bottom <= band.bottom;
  let scrolled = false;
  for (const { fieldId, el, cover } of later) {
    if (blocked.has(fieldId)) continue;
    let r = el.getBoundingClientRect();
    // One scroll serves every control it brings into the middle band of the viewport: the next one goes to its top.
    if (!scrolled || !inBand(r)) {
      win.scrollTo({ left: win.scrollX, top: win.scrollY + r.top - band.top, behavior: 'instant' });
      styleOf.moved();
      scrolled = true;
      r = el.getBoundingClientRect();
    }
    let why = inBand(r) ? coverHere(cover, styleOf, false, covers) : UNDECIDED;
    // Out of the band still (the page ends, the control is tall or off to the side) or under a pinned box.
    if (why === UNDECIDED) why = coverWhereverScrolled(cover, win, styleOf, covers);
    if (why) blocked.set(fieldId, `hidden on the page (${why}): not filled`);
  }
  if (win.scrollX !== at.x || win.scrollY !== at.y) win.scrollTo({ left: at.x, top: at.y, behavior: 'instant' });
  return blocked;
}
