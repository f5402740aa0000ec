import type { ControlKind, Forbidden } from './field-descriptor';
import { ariaStandIn } from './site-key';
import { hiddenByStyle, styleCache, type StyleOf } from './hiding-styles';
import { hiddenByLayout, UNDECIDED } from './visible-box';
import { labelsOf, ownedBy, seenTargets } from './visible-target';

export { styleCache, type StyleOf } from './hiding-styles';
export { UNDECIDED } from './visible-box';

/**
 * Why a person cannot see the control `el`, or null: markup and style first (cheap, and the same in every DOM),
 * then layout (box size, clipping, place on the page, what covers it). `scrolled`: the caller allows scrolling the
 * control into view, so a cover that a scroll could move away is decided now (the fill does; collecting does not).
 */
export function hiddenReason(el: Element, kind: ControlKind, styleOf: StyleOf = styleCache(), scrolled = false, keepUndecided = false): string | null {
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
    let why = styled ?? hiddenByLayout(target, own, styleOf, false);
    // The fill brings a control into view to see whether what covers it moves away with a scroll.
    if (why === UNDECIDED && scrolled) {
      target.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
      why = hiddenByLayout(target, own, styleOf, true);
    }
    if (why === null || (why === UNDECIDED && !keepUndecided)) return null;
    if (why === UNDECIDED) return UNDECIDED;
    first ??= why;
    // A styled radio or checkbox draws a small or clipped box and shows its label instead: the label is a second
    // chance, but only for layout. A box hidden by markup or style stays hidden whatever its label shows.
    if (target === el && !styled && (kind === 'radio-group' || kind === 'checkbox' || kind === 'checkbox-group')) targets.push(...labelsOf(el));
  }
  return first;
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
  const left = parseFloat(style?.left ?? '');
  if (style?.position === 'absolute' && left <= -1000) return true;
  return false;
}

/** Why a control must never be filled, or null. `hidden` carries its cause for the report. */
export function forbiddenFor(el: Element, kind: ControlKind, styleOf: StyleOf = styleCache(), scrolled = false, keepUndecided = false): { forbidden: Forbidden; why: string } | null {
  const control = el as HTMLInputElement;
  if (control.disabled || el.closest('fieldset[disabled]')) return { forbidden: 'disabled', why: 'disabled' };
  // A read-only combobox is a dropdown (Workable's): the user picks, nobody types.
  if (control.readOnly && el.tagName !== 'SELECT' && el.getAttribute('role') !== 'combobox') return { forbidden: 'read-only', why: 'read-only' };
  // A radio or checkbox the page hides behind an ARIA widget (Workable's) is seen through that widget.
  const standIn = ariaStandIn(el);
  if (standIn) {
    if (standIn.getAttribute('aria-disabled') === 'true') return { forbidden: 'disabled', why: 'disabled' };
    const why = hiddenReason(standIn, 'text', styleOf, scrolled, keepUndecided);
    return why ? { forbidden: 'hidden', why } : null;
  }
  if (isHoneypotLike(el, styleOf)) return { forbidden: 'honeypot', why: 'honeypot' };
  const hidden = hiddenReason(el, kind, styleOf, scrolled, keepUndecided);
  return hidden ? { forbidden: 'hidden', why: hidden } : null;
}

export function forbiddenReason(el: Element, kind: ControlKind, styleOf?: StyleOf): Forbidden | null {
  return forbiddenFor(el, kind, styleOf)?.forbidden ?? null;
}
