import type { ControlSpec, FieldSpec } from './form-spec';

// Where `readonly` means something (HTML ignores it on checkboxes, radios, files, colours and selects).
const READONLY_INPUT_TYPES = new Set(['text', 'email', 'tel', 'url', 'number', 'date', 'password', 'month', '']);

export function isReadonlyCapable(el: Element): boolean {
  return el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && READONLY_INPUT_TYPES.has(el.getAttribute('type') ?? ''));
}

/** Why the generator forbids this control, or null. Documented exemptions of the product are mirrored here. */
export function forbiddenBy(spec: FieldSpec, c: ControlSpec, fieldsetDisabled: boolean): string | null {
  if (c.type === 'press') return `a ${c.control} control`;
  if (c.type === 'hidden-input') return 'type=hidden';
  if (fieldsetDisabled) return 'in fieldset[disabled]';
  if (spec.lock === 'disabled') return 'disabled';
  const textLike = c.type === 'textarea' || c.type === 'combobox' || (c.type === 'input' && READONLY_INPUT_TYPES.has(c.inputType));
  if (spec.lock === 'readonly' && textLike) return 'readonly';
  // A file input is visually hidden behind its "Attach" button on every ATS: only its wrapper's hiding counts.
  if (spec.hiding && (c.type !== 'file' || spec.hiding.startsWith('wrapper-'))) return `hidden (${spec.hiding})`;
  // react-select inputs and file inputs are transparent by design; a transparent plain control is a decoy.
  if (spec.trap === 'transparent' && (c.type === 'file' || c.type === 'combobox')) return null;
  if (spec.trap) return `honeypot (${spec.trap})`;
  return null;
}
