import type { ControlSpec, FieldSpec } from './form-spec';
import { hidingVerdict, type HidingLayer } from './hiding-shapes';

// Where `readonly` means something (HTML ignores it on checkboxes, radios, files, colours and selects).
const READONLY_INPUT_TYPES = new Set(['text', 'email', 'tel', 'url', 'number', 'date', 'password', 'month', '']);

export function isReadonlyCapable(el: Element): boolean {
  return el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && READONLY_INPUT_TYPES.has(el.getAttribute('type') ?? ''));
}

/** Why the generator forbids this control, or null. Documented exemptions of the product are mirrored here. */
export function forbiddenBy(spec: FieldSpec, c: ControlSpec, fieldsetDisabled: boolean, layers: readonly HidingLayer[]): string | null {
  if (c.type === 'press') return `a ${c.control} control`;
  if (c.type === 'hidden-input') return 'type=hidden';
  if (fieldsetDisabled) return 'in fieldset[disabled]';
  if (spec.lock === 'disabled') return 'disabled';
  // A read-only combobox is a dropdown (Workable's): the person picks, so Applyfill may pick too.
  const textLike = c.type === 'textarea' || (c.type === 'input' && READONLY_INPUT_TYPES.has(c.inputType));
  if (spec.lock === 'readonly' && textLike) return 'readonly';
  // Only the layers that reach what a person sees (render-form.ts leaves a file input's own layers out).
  const hidden = hidingVerdict(layers);
  if (hidden) return `hidden (${hidden})`;
  // react-select inputs and file inputs are transparent by design; a transparent plain control is a decoy.
  if (spec.trap === 'transparent' && (c.type === 'file' || c.type === 'combobox')) return null;
  // An answer row's checkbox is hidden by design and carries the trap; the buttons are what a person uses.
  if (c.type === 'buttons') return null;
  if (spec.trap) return `honeypot (${spec.trap})`;
  return null;
}
