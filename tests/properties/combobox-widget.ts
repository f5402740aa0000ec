import type { ControlSpec } from './form-spec';

type ComboboxSpec = Extract<ControlSpec, { type: 'combobox' }>;
type ButtonsSpec = Extract<ControlSpec, { type: 'buttons' }>;

/**
 * The page's own script for a react-select, written with listeners from the test (happy-dom runs no page
 * scripts): ArrowDown or a press on the control opens the menu, typing filters it ("No options" when nothing
 * fits), a click on an option commits it into the single-value box and closes the menu, Backspace on an empty
 * input removes the committed value, Escape and focusout close. `options: null` is a widget whose script never
 * answers. Options are `<div>`s or buttons as the spec says; a button's default action (a submit) is left alone.
 */
export function renderCombobox(doc: Document, input: HTMLInputElement, spec: ComboboxSpec, uid: (p: string) => string): { container: HTMLElement; control: HTMLElement; valueBox: HTMLElement } {
  const make = (tag: string, cls: string, text?: string) => {
    const el = doc.createElement(tag);
    if (cls) el.className = cls;
    if (text !== undefined) el.textContent = text;
    return el;
  };
  const container = make('div', 'select__container');
  const control = make('div', 'select__control');
  const valueBox = make('div', 'select__value-container');
  control.append(valueBox);
  container.append(control);
  input.setAttribute('aria-expanded', 'false');
  if (spec.committed) valueBox.append(make('div', 'select__single-value', spec.committed));
  if (spec.typed) input.setAttribute('value', spec.typed);
  if (!spec.options) return { container, control, valueBox };
  const all = spec.options;
  const listId = uid('listbox');
  let menu: HTMLElement | null = null;

  const optionEl = (text: string): HTMLElement => {
    const el = spec.optionTag === 'div' ? make('div', 'select__option', text) : make('button', 'select__option', text);
    if (spec.optionTag === 'button-submit') el.setAttribute('type', 'submit');
    if (spec.optionTag === 'button-button') el.setAttribute('type', 'button');
    el.setAttribute('role', 'option');
    el.id = uid('opt');
    el.addEventListener('click', () => commit(text));
    return el;
  };
  const render = () => {
    if (!menu) return;
    const q = input.value.trim().toLowerCase();
    const shown = all.filter((t) => t.toLowerCase().includes(q));
    menu.replaceChildren(...(shown.length ? shown.map(optionEl) : spec.notice ? [make('div', 'select__menu-notice select__menu-notice--no-options', 'No options')] : []));
  };
  const open = () => {
    if (menu) return;
    menu = make('div', 'select__menu');
    menu.id = listId;
    menu.setAttribute('role', 'listbox');
    container.append(menu);
    input.setAttribute('aria-expanded', 'true');
    input.setAttribute('aria-controls', listId);
    render();
  };
  const close = () => {
    if (!menu) return;
    menu.remove();
    menu = null;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-controls');
  };
  const commit = (text: string) => {
    valueBox.querySelector('.select__single-value')?.remove();
    valueBox.prepend(make('div', 'select__single-value', text));
    input.value = '';
    close();
  };
  input.addEventListener('keydown', (e) => {
    const key = (e).key;
    if (key === 'ArrowDown') open();
    else if (key === 'Escape') close();
    else if (key === 'Backspace' && input.value === '') valueBox.querySelector('.select__single-value')?.remove();
  });
  control.addEventListener('mousedown', open);
  input.addEventListener('input', () => {
    open();
    render();
  });
  input.addEventListener('focusout', close);
  return { container, control, valueBox };
}

/**
 * A row of answer buttons beside a hidden checkbox (Ashby's Yes/No): a click presses one (`aria-pressed`) and ticks
 * the checkbox for "Yes". Buttons without a type inside a form are submit buttons.
 */
export function renderAnswerRow(doc: Document, checkbox: HTMLInputElement, spec: ButtonsSpec): { row: HTMLElement; buttons: HTMLButtonElement[] } {
  const row = doc.createElement('div');
  checkbox.style.display = 'none';
  row.append(checkbox);
  const buttons = spec.options.map((text, i) => {
    const b = doc.createElement('button');
    if (spec.buttonType === 'button-submit') b.setAttribute('type', 'submit');
    else if (spec.buttonType !== 'button-none') b.setAttribute('type', 'button');
    b.textContent = text;
    b.setAttribute('aria-pressed', String(spec.pressed === i));
    row.append(b);
    return b;
  });
  if (spec.pressed !== null) checkbox.checked = spec.options[spec.pressed] === 'Yes';
  for (const b of buttons) {
    b.addEventListener('click', () => {
      const wasPressed = b.getAttribute('aria-pressed') === 'true';
      for (const other of buttons) other.setAttribute('aria-pressed', 'false');
      b.setAttribute('aria-pressed', String(!wasPressed));
      checkbox.checked = !wasPressed && b.textContent === 'Yes';
    });
  }
  return { row, buttons };
}
