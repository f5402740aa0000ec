import { announceBlur, announceFocus, fire } from './dispatch-events';
import { optionKey, optionText } from '../fields/collect-fields';
import { cleanLabel } from '../fields/text-normalize';
import { clickSafely } from './safe-click';

/** Which option the review chose: its place in the collected list, its value and the text a person read. */
export interface OptionIdentity {
  optionIndex: number;
  optionValue: string;
  /** The option's text as collected (the step's value). */
  value: string;
}

export type ChoiceOutcome = { ok: true } | { ok: false; reason: string };

/**
 * The option the review chose, by identity, never by value alone (two options may share one: "Yes" and "No" both
 * `value="1"`): the one at its collected place if it still has the value and text it had, else the only option that
 * has both; none when the list changed so that neither holds.
 */
export function chosenOption<T>(items: readonly T[], want: OptionIdentity, same: (item: T) => boolean): T | null {
  const atPlace = items[want.optionIndex];
  if (atPlace !== undefined && same(atPlace)) return atPlace;
  const alike = items.filter(same);
  return alike.length === 1 ? alike[0]! : null;
}

const moved = (want: OptionIdentity): { ok: false; reason: string } => ({ ok: false, reason: `option "${want.value}" is no longer in the list as it was reviewed` });

/**
 * A choice made on the page, and the check of it that must wait until the page's handlers have run (React sets a
 * controlled select again after its change event, by value). The fill makes every plain choice first and checks
 * them all after one turn of the page's event loop (execute-plan.ts), not one turn per field.
 */
export type ChoiceAct = { ok: false; reason: string } | { ok: true; check: () => ChoiceOutcome };

/** Select the reviewed option (by its index, not its value); the check: the list shows that option and its text. */
export function pickOption(select: HTMLSelectElement, want: OptionIdentity): ChoiceAct {
  const options = Array.from(select.options);
  const target = chosenOption(options, want, (o) => o.value === want.optionValue && cleanLabel(o.text) === want.value);
  if (!target) return moved(want);
  announceFocus(select);
  // A multiple select gets exactly this option (a fill only writes where nothing was chosen, or replaces on request).
  if (select.multiple) options.forEach((o) => (o.selected = o === target));
  else select.selectedIndex = target.index;
  fire(select, 'input');
  fire(select, 'change');
  announceBlur(select);
  return { ok: true, check: () => optionShown(select, target, want) };
}

function optionShown(select: HTMLSelectElement, target: HTMLOptionElement, want: OptionIdentity): ChoiceOutcome {
  const chosen = select.multiple ? Array.from(select.selectedOptions) : [select.options[select.selectedIndex]].filter((o) => o !== undefined);
  if (chosen.length === 1 && chosen[0] === target && cleanLabel(target.text) === want.value) return { ok: true };
  const shown = chosen.map((o) => cleanLabel(o.text)).join('; ') || 'nothing';
  return { ok: false, reason: `picked "${want.value}" but the list shows ${shown === 'nothing' ? shown : `"${shown}"`}` };
}

/** Radios and checkboxes change through a click, as a person's would: frameworks listen for it, not for `checked`. */
export function setChecked(input: HTMLInputElement, checked: boolean): boolean {
  if (input.checked !== checked) {
    announceFocus(input);
    clickSafely(input);
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

/** Tick the reviewed option of a radio or checkbox group, by its place and identity; the check: it is the one ticked. */
export function tickOption(inputs: readonly HTMLInputElement[], want: OptionIdentity): ChoiceAct {
  const target = chosenOption(inputs, want, (i) => optionKey(i) === want.optionValue && optionText(i) === want.value);
  if (!target) return moved(want);
  if (!setChecked(target, true)) return { ok: false, reason: `option "${want.value}" could not be ticked` };
  return { ok: true, check: () => tickShown(inputs, target, want) };
}

function tickShown(inputs: readonly HTMLInputElement[], target: HTMLInputElement, want: OptionIdentity): ChoiceOutcome {
  if (!target.checked) return { ok: false, reason: `option "${want.value}" was unticked again by the page` };
  const radio = target.type === 'radio';
  const others = inputs.filter((i) => i !== target && i.checked);
  if (radio && others.length) return { ok: false, reason: `ticked "${want.value}" but "${optionText(others[0]!)}" is ticked too` };
  return { ok: true };
}
