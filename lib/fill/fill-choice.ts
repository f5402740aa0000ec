import { announceBlur, announceFocus, fire, setNativeValue } from './dispatch-events';
import { optionKey } from '../fields/collect-fields';

export function selectOption(select: HTMLSelectElement, optionValue: string): boolean {
  const index = Array.from(select.options).findIndex((o) => o.value === optionValue);
  if (index < 0) return false;
  announceFocus(select);
  setNativeValue(select, optionValue);
  select.selectedIndex = index;
  fire(select, 'input');
  fire(select, 'change');
  announceBlur(select);
  return select.value === optionValue;
}

/** Radios and checkboxes change through a click, as a person's would: frameworks listen for it, not for `checked`. */
export function setChecked(input: HTMLInputElement, checked: boolean): boolean {
  if (input.checked !== checked) {
    announceFocus(input);
    input.click();
    // A page that cancels the click (or a framework that re-renders) leaves it unchanged: set it and say so.
    if (input.checked !== checked) {
      input.checked = checked;
      fire(input, 'input');
      fire(input, 'change');
    }
    announceBlur(input);
  }
  return input.checked === checked;
}

export function checkGroupOption(inputs: readonly HTMLInputElement[], optionValue: string): boolean {
  const target = inputs.find((i) => optionKey(i) === optionValue);
  return target ? setChecked(target, true) : false;
}
