import type { FieldSpec } from './form-spec';

export function hidingApplies(spec: FieldSpec, onWrapper: boolean): boolean {
  if (!spec.hiding) return false;
  return spec.hiding.startsWith('wrapper-') === onWrapper;
}

export function applyHiding(el: HTMLElement, hiding: NonNullable<FieldSpec['hiding']>): void {
  if (hiding.endsWith('display-none')) el.style.display = 'none';
  else if (hiding.endsWith('visibility-hidden')) el.style.visibility = 'hidden';
  else el.hidden = true;
}

/** Put the field's name, autocomplete, lock, trap and own hiding on the control. */
export function decorateControl(el: HTMLElement, spec: FieldSpec, name: string): void {
  if (name) el.setAttribute('name', spec.trap === 'honeypot-name' ? `${name}_honeypot` : name);
  else if (spec.trap === 'honeypot-name') el.setAttribute('name', 'website_honeypot');
  if (spec.autocomplete) el.setAttribute('autocomplete', spec.autocomplete);
  if (spec.required) el.setAttribute('required', '');
  if (spec.lock === 'disabled') el.setAttribute('disabled', '');
  if (spec.lock === 'readonly') el.setAttribute('readonly', '');
  if (spec.trap === 'offscreen-zero-size') el.setAttribute('style', 'position:absolute;left:-9999px;width:0;height:0;');
  if (spec.trap === 'leave-blank-aria') el.setAttribute('aria-label', 'Leave this field blank');
  if (spec.trap === 'aria-hidden-untabbable') {
    el.setAttribute('aria-hidden', 'true');
    el.setAttribute('tabindex', '-1');
  }
  if (spec.trap === 'transparent') el.style.opacity = '0';
  if (hidingApplies(spec, false)) applyHiding(el, spec.hiding!);
}
