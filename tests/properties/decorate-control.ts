import type { FieldSpec } from './form-spec';

/** Put the field's name, autocomplete, lock and trap on the control (its hiding layers: render-form.ts). */
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
}
