import type { ControlKind } from './field-descriptor';
import { cleanLabel } from './text-normalize';
import { openEntriesText } from './entry-area';

/**
 * The committed value a combobox shows: react-select's single-value beside its input; a combobox that is not
 * react-select shows its choice in the input itself, but only a read-only one (Workable's dropdown) or one the page
 * marks as chosen is a choice rather than search text.
 */
export function comboboxShownValue(input: Element): string {
  const reactControl = input.closest('[class*="control"]');
  const control = reactControl ?? input.parentElement?.parentElement;
  const single = control?.querySelector('[class*="single-value"], [class*="singleValue"]');
  // A react-select with several answers shows each as a chip.
  const chips = Array.from(control?.querySelectorAll('[class*="multi-value__label"], [class*="multiValue__label"]') ?? []);
  if (chips.length) return chips.map((c) => cleanLabel(c.textContent ?? '')).join('; ');
  if (single || reactControl) return cleanLabel(single?.textContent ?? '');
  const box = input as HTMLInputElement;
  const committed = box.readOnly || box.getAttribute('data-selected') === 'true' || box.getAttribute('aria-expanded') !== 'true';
  return committed ? cleanLabel(box.value ?? '') : '';
}

const PRESSED_CLASS = /(^|[\s_-])(active|selected|pressed|checked)([\s_-]|$)/i;

/** The answer a row of buttons shows as chosen: the pressed one (`aria-pressed`, `aria-checked` or an active class). */
export function pressedAnswer(buttons: readonly Element[]): string {
  const pressed = buttons.find(
    (b) => b.getAttribute('aria-pressed') === 'true' || b.getAttribute('aria-checked') === 'true' || PRESSED_CLASS.test(b.getAttribute('class') ?? ''),
  );
  return pressed ? cleanLabel(pressed.textContent ?? '') : '';
}

/** The label a person reads beside a box: the browser's own list (`for` or wrapping), not a scan of every label. */
function boxLabel(el: Element): string {
  const label = (el as HTMLInputElement).labels?.[0] ?? el.closest('label');
  return cleanLabel(label?.textContent ?? '');
}

export function readCurrentValue(kind: ControlKind, group: Element[]): string {
  const first = group[0] as HTMLInputElement;
  switch (kind) {
    case 'select': {
      const select = first as unknown as HTMLSelectElement;
      // A multiple select's choice is every selected option (read from the options: happy-dom's selectedIndex is -1).
      const chosen = select.multiple ? Array.from(select.options).filter((o) => o.selected) : [select.options[select.selectedIndex]];
      return chosen.filter((o) => o !== undefined && o.value !== '').map((o) => cleanLabel(o!.text)).join('; ');
    }
    case 'radio-group':
    case 'checkbox-group':
    case 'checkbox':
      return group
        .filter((el) => (el as HTMLInputElement).checked)
        // What a person reads beside the ticked box: its label (Workable's radios carry "true"/"false" as values,
        // Ashby's none at all), else its value; a ticked box is an answer even with neither ("Prefer not to say").
        .map((el) => boxLabel(el) || (el.getAttribute('value') ?? '').trim() || 'checked')
        .join('; ');
    case 'button-group':
      return pressedAnswer(group);
    case 'file':
      return Array.from(first.files ?? [])
        .map((f) => f.name)
        .join('; ');
    case 'combobox':
      return comboboxShownValue(first);
    case 'add-entry':
      return openEntriesText(first);
    default:
      return first.value ?? '';
  }
}
