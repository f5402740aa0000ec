import type { Forbidden } from './field-descriptor';
import { ariaStandIn } from './site-key';

/** Hidden by markup or style on the control or any ancestor: what a person cannot see, we do not fill. */
export function isHiddenFromUser(el: Element): boolean {
  const win = el.ownerDocument.defaultView;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if ((node as HTMLElement).hidden) return true;
    if (node !== el && node.getAttribute('aria-hidden') === 'true') return true;
    const style = win?.getComputedStyle(node);
    if (style && (style.display === 'none' || (node === el && style.visibility === 'hidden'))) return true;
  }
  return false;
}

const HONEYPOT_WORDS = /honey|h-?pot|(^|[\s_-])hp($|[\s_-])|\btrap\b|leave (this )?(field )?(blank|empty)|do not fill|bot[-_ ]?field|fax_?only/i;

/**
 * Controls that exist for machines, not people: decoy inputs, off-screen traps, and Greenhouse's react-select
 * `requiredInput` helpers (no name, no id, tabindex -1, aria-hidden, opacity 0).
 */
export function isHoneypotLike(el: Element): boolean {
  const html = el as HTMLInputElement;
  const attrs = [el.getAttribute('name'), el.id, el.getAttribute('class'), el.getAttribute('aria-label')].join(' ');
  if (HONEYPOT_WORDS.test(attrs)) return true;
  if (el.getAttribute('aria-hidden') === 'true' && el.getAttribute('tabindex') === '-1') return true;
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  if (style && style.opacity === '0' && html.type !== 'file' && !el.getAttribute('role')) return true;
  const left = parseFloat(style?.left ?? '');
  if (style?.position === 'absolute' && left <= -1000) return true;
  return false;
}

export function forbiddenReason(el: Element, isFile: boolean): Forbidden | null {
  const control = el as HTMLInputElement;
  if (control.disabled || el.closest('fieldset[disabled]')) return 'disabled';
  // A read-only combobox is a dropdown (Workable's): the user picks, nobody types.
  if (control.readOnly && el.tagName !== 'SELECT' && el.getAttribute('role') !== 'combobox') return 'read-only';
  // A radio or checkbox the page hides behind an ARIA widget (Workable's) is seen through that widget.
  const standIn = ariaStandIn(el);
  if (standIn) return standIn.getAttribute('aria-disabled') === 'true' ? 'disabled' : isHiddenFromUser(standIn) ? 'hidden' : null;
  if (isHoneypotLike(el)) return 'honeypot';
  // Résumé inputs are visually hidden behind an "Attach" button on every ATS: the widget, not the input, is what
  // the user sees, so a file input counts as hidden only when its whole widget is.
  const visibleTarget = isFile ? (el.parentElement ?? el) : el;
  if (isFile ? isHiddenFromUser(visibleTarget) : isHiddenFromUser(el)) return 'hidden';
  return null;
}
