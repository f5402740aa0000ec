import type { ControlKind, Forbidden } from './field-descriptor';
import { ariaStandIn } from './site-key';
import { hiddenByStyle, styleCache, type StyleOf } from './hiding-styles';
import { hiddenByLayout, UNDECIDED } from './visible-box';
import { labelsOf, ownedBy, seenTargets } from './visible-target';

export { styleCache, type StyleOf } from './hiding-styles';
export { coveredNow, UNDECIDED } from './visible-box';

/** A control that passed every check but what covers it at its centre, which waits for a scroll: see `coveredNow`. */
export interface Cover {
  target: Element;
  own: (hit: Element) => boolean;
}

/**
 * Why a person cannot see the control `el`, or null: markup and style first (cheap, and the same in every DOM),
 * then layout (box size, clipping, place on the page, what covers it). A cover that a scroll could move away comes
 * back as a `Cover`, for the fill to decide with the control scrolled into view (collecting counts it as seen).
 */
function hiddenOrCover(el: Element, kind: ControlKind, styleOf: StyleOf): string | Cover | null {
  let first: string | null = null;
  const targets = seenTargets(el, kind);
  // A combobox is seen through its control box, but a box whose input (and with it the chosen value) the page
  // hides shows nothing: the input's own markup and style count too, bar its opacity (react-select's is 0 by design).
  if (kind === 'combobox' && targets[0] !== el) {
    const inner = hiddenByStyle(el, styleOf, false);
    if (inner) return inner;
  }
  for (const target of targets) {
    const own = ownedBy(el, target);
    const styled = hiddenByStyle(target, styleOf);
    const why = styled ?? hiddenByLayout(target, own, styleOf);
    if (why === null) return null;
    if (why === UNDECIDED) return { target, own };
    first ??= why;
    // A styled radio or checkbox draws a small or clipped box and shows its label instead: the label is a second
    // chance, but only for layout. A box hidden by markup or style stays hidden whatever its label shows.
    if (target === el && !styled && (kind === 'radio-group' || kind === 'checkbox' || kind === 'checkbox-group')) targets.push(...labelsOf(el));
  }
  return first;
}

/** Why a person cannot see the control `el`, or null (a cover that a scroll could move away counts as seen). */
export function hiddenReason(el: Element, kind: ControlKind, styleOf: StyleOf = styleCache()): string | null {
  const why = hiddenOrCover(el, kind, styleOf);
  return typeof why === 'string' ? why : null;
}

/**
 * Like `hiddenReason`, but a cover that only a scroll could settle (the element outside the viewport, or under a
 * fixed or sticky box) answers UNDECIDED instead of counting as seen: for what nothing scrolls to before judging.
 */
export function hiddenOrUnsure(el: Element, kind: ControlKind, styleOf: StyleOf = styleCache()): string | null {
  const why = hiddenOrCover(el, kind, styleOf);
  return why === null || typeof why === 'string' ? why : UNDECIDED;
}

/** Hidden by markup or style on the control or any ancestor: what a person cannot see, we do not fill. */
export function isHiddenFromUser(el: Element, kind: ControlKind = 'text'): boolean {
  return hiddenReason(el, kind) !== null;
}

const HONEYPOT_WORDS = /honey|h-?pot|(^|[\s_-])hp($|[\s_-])|\btrap\b|leave (this )?(field )?(blank|empty)|do not fill|bot[-_ ]?field|fax_?only/i;

/**
 * Controls that exist for machines, not people: decoy inputs, off-screen traps, and Greenhouse's react-select
 * `requiredInput` helpers (no name, no id, tabindex -1, aria-hidden, opacity 0).
 */
export function isHoneypotLike(el: Element, styleOf: StyleOf = styleCache()): boolean {
  const html = el as HTMLInputElement;
  const attrs = [el.getAttribute('name'), el.id, el.getAttribute('class'), el.getAttribute('aria-label')].join(' ');
  if (HONEYPOT_WORDS.test(attrs)) return true;
  if (el.getAttribute('aria-hidden') === 'true' && el.getAttribute('tabindex') === '-1') return true;
  const style = styleOf(el);
  if (style && style.opacity === '0' && html.type !== 'file' && !el.getAttribute('role')) return true;
  // `left` is read only for an absolutely placed box: reading it may need the layout.
  if (style?.position === 'absolute' && parseFloat(style.left) <= -1000) return true;
  return false;
}

/**
 * Why a control must never be filled, or null; `Cover` when only what covers it is left to decide with a scroll
 * (see `coveredNow`). `hidden` carries its cause for the report.
 */
export function forbiddenOrCover(el: Element, kind: ControlKind, styleOf: StyleOf): { forbidden: Forbidden; why: string } | Cover | null {
  const control = el as HTMLInputElement;
  if (control.disabled || el.closest('fieldset[disabled]')) return { forbidden: 'disabled', why: 'disabled' };
  // A read-only combobox is a dropdown (Workable's): the user picks, nobody types.
  if (control.readOnly && el.tagName !== 'SELECT' && el.getAttribute('role') !== 'combobox') return { forbidden: 'read-only', why: 'read-only' };
  // A radio or checkbox the page hides behind an ARIA widget (Workable's) is seen through that widget.
  const standIn = ariaStandIn(el);
  if (standIn) {
    if (standIn.getAttribute('aria-disabled') === 'true') return { forbidden: 'disabled', why: 'disabled' };
    const why = hiddenOrCover(standIn, 'text', styleOf);
    return typeof why === 'string' ? { forbidden: 'hidden', why } : why;
  }
  if (isHoneypotLike(el, styleOf)) return { forbidden: 'honeypot', why: 'honeypot' };
  const hidden = hiddenOrCover(el, kind, styleOf);
  return typeof hidden === 'string' ? { forbidden: 'hidden', why: hidden } : hidden;
}

/** Why a control must never be filled, or null (a cover that a scroll could move away counts as seen). */
export function forbiddenFor(el: Element, kind: ControlKind, styleOf: StyleOf = styleCache()): { forbidden: Forbidden; why: string } | null {
  const found = forbiddenOrCover(el, kind, styleOf);
  return found && 'forbidden' in found ? found : null;
}

export function forbiddenReason(el: Element, kind: ControlKind, styleOf?: StyleOf): Forbidden | null {
  return forbiddenFor(el, kind, styleOf)?.forbidden ?? null;
}
