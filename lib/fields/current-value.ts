import type { ControlKind } from './field-descriptor';
import { cleanLabel } from './text-normalize';

/** The committed value a react-select style combobox shows next to its input. */
export function comboboxShownValue(input: Element): string {
  const control = input.closest('[class*="control"]') ?? input.parentElement?.parentElement;
  const single = control?.querySelector('[class*="single-value"], [class*="singleValue"]');
  return cleanLabel(single?.textContent ?? '');
}

export function readCurrentValue(kind: ControlKind, group: Element[]): string {
  const first = group[0] as HTMLInputElement;
  switch (kind) {
    case 'select': {
      const select = first as unknown as HTMLSelectElement;
      const option = select.selectedIndex >= 0 ? select.options[select.selectedIndex] : undefined;
      return option && option.value !== '' ? cleanLabel(option.text) : '';
    }
    case 'radio-group':
    case 'checkbox-group':
    case 'checkbox':
      return group
        .filter((el) => (el as HTMLInputElement).checked)
        // A ticked box with an empty value is still an answer the user gave ("Prefer not to say" as value="").
        .map((el) => (el as HTMLInputElement).value.trim() || cleanLabel(el.closest('label')?.textContent ?? '') || 'checked')
        .join('; ');
    case 'file':
      return Array.from(first.files ?? [])
        .map((f) => f.name)
        .join('; ');
    case 'combobox':
      return comboboxShownValue(first);
    default:
      return first.value ?? '';
  }
}
