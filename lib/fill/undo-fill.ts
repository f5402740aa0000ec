import { fillCombobox, clearCombobox, type Wait } from './fill-combobox';
import { restoreFiles } from './fill-file';
import type { FieldSnapshot } from './field-snapshot';
import { readState, stateDifference, type FieldState } from './field-state';
import { fire, fireKey, fireMouse, focusOut, setNativeValue, typeValue } from './dispatch-events';
import { clickSafely } from './safe-click';
import { restoreAnswer } from './press-button';
import { setChecked } from './fill-choice';
import { restorePhone } from './fill-intl-phone';
import { matchOption } from '../plan/option-match';
import { closeOpenedEntry } from './undo-entry';

/** A field Undo could not put back, with what a person sees there instead. */
export interface UndoFailure {
  fieldId: string;
  label: string;
  why: string;
  /** A react-select the person cannot empty (not clearable): the id of its input, for the list's own clear in the page. */
  clearInPage?: string;
}

export interface UndoOutcome {
  restored: number;
  failed: UndoFailure[];
}

/** A select's options as they were: each selected or not, then the events a person's choice sends. */
function restoreSelection(select: HTMLSelectElement, selected: readonly boolean[]): void {
  const options = Array.from(select.options);
  if (select.multiple) options.forEach((o, i) => (o.selected = selected[i] ?? false));
  else select.selectedIndex = selected.indexOf(true);
  fire(select, 'input');
  fire(select, 'change');
}

/** Ticks as they were: boxes that change are clicked (frameworks listen for that); a radio left with none ticked is unset. */
function restoreTicks(inputs: readonly HTMLInputElement[], checked: readonly boolean[]): void {
  inputs.forEach((el, i) => {
    if (checked[i] && !el.checked) setChecked(el, true);
  });
  inputs.forEach((el, i) => {
    if (checked[i] || !el.checked) return;
    if (el.type === 'checkbox') setChecked(el, false);
    else {
      el.checked = false;
      fire(el, 'input');
      fire(el, 'change');
    }
  });
}

/** A react-select as it was: the chips the fill added taken off again, or its single choice picked again or cleared. */
async function restoreCombobox(input: HTMLInputElement, before: FieldState, wait: Wait): Promise<void> {
  const control = input.closest('[class*="control"]');
  const chips = Array.from(control?.querySelectorAll('[class*="multi-value"]:not([class*="multi-value__"])') ?? []);
  if (chips.length) {
    const keep = new Set(before.shown ? before.shown.split('; ') : []);
    for (const chip of chips.reverse()) {
      const label = chip.querySelector('[class*="multi-value__label"]')?.textContent?.trim() ?? '';
      const remove = chip.querySelector<HTMLElement>('[class*="multi-value__remove"]');
      if (!keep.has(label) && remove) {
        // react-select removes a chip on its remove button's click (mousedown first, as a person's press sends).
        fireMouse(remove, 'mousedown');
        clickSafely(remove);
      }
    }
  } else if (before.shown) await fillCombobox(input, { typed: before.shown, match: (options) => matchOption(options, [before.shown]) }, wait);
  else await clearCombobox(input, wait);
  // The search text the person had typed and not committed goes back too (a pick or a clear empties the box).
  const typed = before.values[0] ?? '';
  if (input.value !== typed) {
    setNativeValue(input, typed);
    fire(input, 'input');
    fireKey(input, 'Escape');
    focusOut(input);
  }
}

async function restore(snap: FieldSnapshot, els: Element[], wait: Wait): Promise<void> {
  const input = els[0] as HTMLInputElement;
  const { before } = snap;
  switch (snap.kind) {
    case 'text':
    case 'textarea':
      if (before.country !== snap.after.country) await restorePhone(input, before.country, before.values[0] ?? '', wait);
      else typeValue(input, before.values[0] ?? '');
      return;
    case 'autocomplete':
      // Typing is how the box learns of a change (Lever drops its confirmed place on input); Escape closes the list.
      typeValue(input, before.values[0] ?? '');
      fireKey(input, 'Escape');
      focusOut(input);
      return;
    case 'select':
      restoreSelection(input as unknown as HTMLSelectElement, before.selected);
      return;
    case 'radio-group':
    case 'checkbox-group':
    case 'checkbox':
      restoreTicks(els as HTMLInputElement[], before.checked);
      return;
    case 'button-group':
      restoreAnswer(els as HTMLElement[], before.shown);
      return;
    case 'file':
      restoreFiles(input, before.files);
      return;
    case 'combobox':
      await restoreCombobox(input, before, wait);
      return;
    case 'add-entry':
      if (!closeOpenedEntry(input)) throw new Error('the entry has no Cancel or Remove button');
      return;
  }
}

/**
 * Put back every field the fill changed, newest change first, each by the widget's own means (typing, clicks, the
 * list's own clear), then check it shows what it showed before. A field changed again since the fill (by the person)
 * is left alone: Undo never overwrites what someone typed after the fill.
 */
export async function restoreFields(snapshots: readonly FieldSnapshot[], elements: ReadonlyMap<string, Element[]>, wait: Wait): Promise<UndoOutcome> {
  const failed: UndoFailure[] = [];
  let restored = 0;
  // Put back, then check once the page's handlers have run: plain fields all together after one turn of the page
  // (a turn per field made undoing a long form take seconds), a widget's restore only after those before it.
  let pending: { snap: FieldSnapshot; els: Element[] }[] = [];
  const settle = async () => {
    if (!pending.length) return;
    await wait(0);
    for (const { snap, els } of pending) {
      const left = stateDifference(readState(snap.kind, els), snap.before);
      if (!left) restored++;
      else if (snap.kind === 'combobox' && !snap.before.shown && els[0]!.id) {
        // A react-select that cannot be cleared offers a person no way back to empty: its own clear runs in the page.
        failed.push({ fieldId: snap.fieldId, label: snap.label, why: `${left}: the list offers no way to empty it once chosen`, clearInPage: els[0]!.id });
      } else failed.push({ fieldId: snap.fieldId, label: snap.label, why: left });
    }
    pending = [];
  };
  for (const snap of [...snapshots].reverse()) {
    const fail = (why: string) => failed.push({ fieldId: snap.fieldId, label: snap.label, why });
    const els = elements.get(snap.fieldId);
    if (!els?.length || !els.every((el) => el.isConnected)) {
      fail('it is no longer on the page');
      continue;
    }
    const widget = snap.kind === 'combobox' || snap.before.country !== snap.after.country;
    if (widget) await settle();
    const now = readState(snap.kind, els);
    if (!stateDifference(now, snap.before)) {
      restored++;
      continue;
    }
    if (now.shown !== snap.after.shown) {
      fail(`changed since the fill (${stateDifference(now, snap.after)}); left as it is`);
      continue;
    }
    try {
      await restore(snap, els, wait);
    } catch (error) {
      fail(`error while undoing: ${(error as Error).message}`);
      continue;
    }
    pending.push({ snap, els });
    if (widget) await settle();
  }
  await settle();
  return { restored, failed };
}

/** The ids of the fields Undo could not put back exactly. */
export async function undoFill(snapshots: readonly FieldSnapshot[], elements: ReadonlyMap<string, Element[]>, wait: Wait): Promise<string[]> {
  return (await restoreFields(snapshots, elements, wait)).failed.map((f) => f.fieldId);
}
