/** What a person could see change on a control: its value, tick, selected option(s), chosen files, the choice a widget shows. */
export interface ControlState {
  value: string;
  checked: boolean;
  selectedIndex: number;
  selected: string;
  files: string;
  /** A react-select's committed choice; an answer button's pressed state. */
  shown: string;
}

export function readState(el: HTMLElement): ControlState {
  const input = el as HTMLInputElement;
  const select = el.tagName === 'SELECT' ? (el as HTMLSelectElement) : null;
  const single = el.getAttribute('role') === 'combobox' ? el.closest('.select__control')?.querySelector('.select__single-value') : null;
  return {
    value: input.value ?? '',
    checked: Boolean(input.checked),
    // Single selects only: happy-dom reports -1 for a multiple select whose options were selected one by one.
    selectedIndex: select && !select.multiple ? select.selectedIndex : -1,
    // A multi-select's whole selection, not only its first option.
    selected: select ? Array.from(select.options).map((o) => (o.selected ? '1' : '0')).join('') : '',
    files: input.type === 'file' ? Array.from(input.files ?? []).map((f) => f.name).join('; ') : '',
    shown: single?.textContent ?? el.getAttribute('aria-pressed') ?? '',
  };
}

export function describeChange(before: ControlState, after: ControlState): string | null {
  const diffs = (Object.keys(before) as (keyof ControlState)[])
    .filter((k) => before[k] !== after[k])
    .map((k) => `${k} ${JSON.stringify(before[k])} → ${JSON.stringify(after[k])}`);
  return diffs.length ? diffs.join(', ') : null;
}
