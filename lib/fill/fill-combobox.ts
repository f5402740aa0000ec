import type { FieldOption } from '../fields/field-descriptor';
import { comboboxShownValue } from '../fields/current-value';
import { cleanLabel } from '../fields/text-normalize';
import type { OptionMatch } from '../plan/option-match';
import { fire, fireKey, fireMouse, focusIn, focusOut, setNativeValue } from './dispatch-events';
import { awaitSearchAnswer, waitUntil, type Wait } from './wait-until';
import { clickSafely } from './safe-click';

export type { Wait } from './wait-until';

/** What to pick: the plan's matcher over the options the widget shows, and what to type to make it offer them. */
export interface Wanted {
  typed: string;
  match: (options: FieldOption[]) => OptionMatch;
}

export interface ComboboxTiming {
  /** How long a widget may take to open before it counts as dead (a saved page, a script that failed). */
  openMs: number;
  /** How long typed text may take to bring options (a search that asks a server). */
  searchMs: number;
}

export const COMBOBOX_TIMING: ComboboxTiming = { openMs: 200, searchMs: 1500 };

export type ComboboxOutcome =
  /** `check`: a value went in but the page did not confirm it (typed, no suggestion picked): the user checks it. */
  | { ok: true; shown: string; how: string; check?: boolean; dead?: boolean }
  | { ok: false; reason: string; needsYou: boolean; dead?: boolean };

function container(input: Element): Element {
  let node: Element = input;
  // react-select: input → input-container → value-container → control → (wrapper) → container with the menu.
  for (let i = 0; i < 5 && node.parentElement; i++) node = node.parentElement;
  return node;
}

function ownedList(input: Element): Element | null {
  const owned = input.getAttribute('aria-controls') || input.getAttribute('aria-owns');
  return owned ? input.ownerDocument.getElementById(owned) : null;
}

function menu(input: Element): Element | null {
  return ownedList(input) ?? container(input).querySelector('[role="listbox"], [class*="__menu"], [class*="-menu"]');
}

const isOpen = (input: Element) => input.getAttribute('aria-expanded') === 'true' || menu(input) !== null;

/** A menu's notices ("No options", "Loading…") are lines of text, never options, whatever their class says. */
const NOTICE = /notice|no-options|noOptions|loading/i;

function optionElements(input: Element): HTMLElement[] {
  const list = menu(input);
  if (!list) return [];
  const byRole = Array.from(list.querySelectorAll<HTMLElement>('[role="option"]'));
  const found = byRole.length ? byRole : Array.from(list.querySelectorAll<HTMLElement>('[class*="option"]'));
  return found.filter((el) => !NOTICE.test(el.getAttribute('class') ?? ''));
}

const asOption = (el: HTMLElement): FieldOption => ({ value: el.id || cleanLabel(el.textContent ?? ''), text: cleanLabel(el.textContent ?? '') });

function describeMiss(match: OptionMatch, wanted: string, options: FieldOption[]): string {
  if (match.kind === 'ambiguous') return `more than one option could mean "${wanted}": ${match.options.map((o) => o.text).join(' / ')}`;
  if (!options.length) return `no option offered for "${wanted}"`;
  const sample = options.slice(0, 6).map((o) => o.text).join(' / ');
  return `no option fits "${wanted}" (${sample}${options.length > 6 ? ' …' : ''})`;
}

function close(input: HTMLInputElement): void {
  fireKey(input, 'Escape');
  focusOut(input);
}

/** Open the widget the ways a person would: the arrow key first, then a press on the control itself. */
async function open(input: HTMLInputElement, wait: Wait, timing: ComboboxTiming): Promise<boolean> {
  focusIn(input);
  fireKey(input, 'ArrowDown');
  if (await waitUntil(() => isOpen(input), wait, timing.openMs / 2, 10)) return true;
  const control = input.closest('[class*="control"]') ?? input.parentElement;
  if (control) fireMouse(control, 'mousedown');
  return Boolean(await waitUntil(() => isOpen(input), wait, timing.openMs / 2, 10));
}

/**
 * A react-select style combobox: open it, read the options it renders, pick the one the plan's matcher accepts,
 * click it, and check the value the widget now shows. If the open list has no match, type to let a filtering or
 * async menu offer it, and look once more. A widget that never opens is reported at once, not waited on.
 */
export async function fillCombobox(input: HTMLInputElement, wanted: Wanted, wait: Wait, timing: ComboboxTiming = COMBOBOX_TIMING): Promise<ComboboxOutcome> {
  // The text in the box before the fill (the person's own search text, or nothing): a search that picks nothing
  // leaves exactly that behind, never the profile's words and never an emptied box.
  const prior = input.value;
  const giveBack = () => {
    if (input.value === prior) return;
    setNativeValue(input, prior);
    fire(input, 'input');
  };
  if (!(await open(input, wait, timing))) {
    close(input);
    return { ok: false, needsYou: true, dead: true, reason: `the list did not open (the page's script is not answering): pick "${wanted.typed}" yourself` };
  }
  let elements = optionElements(input);
  let options = elements.map(asOption);
  let match = wanted.match(options);
  // A search the user approved for this field (never for self-identification: the plan gives no text to type);
  // when nothing is then picked the text is taken out again.
  if (match.kind !== 'one' && wanted.typed) {
    setNativeValue(input, wanted.typed);
    fire(input, 'input');
    // An async search shows "Loading…" (not an option) first, then its options or "No options"; a filter
    // answers at once.
    const box = container(input);
    await awaitSearchAnswer(
      { loading: () => !!box.querySelector('[class*="loading"]'), options: () => optionElements(input).length > 0, nothing: () => !!box.querySelector('[class*="no-options"]') },
      wait,
      timing.searchMs,
    );
    elements = optionElements(input);
    options = elements.map(asOption);
    match = wanted.match(options);
  }
  const miss = (reason: string, needsYou = true): ComboboxOutcome => {
    giveBack();
    close(input);
    return { ok: false, reason, needsYou };
  };
  if (match.kind !== 'one') return miss(describeMiss(match, wanted.typed, options));
  const chosen = match.option;
  const target = elements.find((el) => asOption(el).text === chosen.text && asOption(el).value === chosen.value);
  if (!target) return miss(`the option "${chosen.text}" went away before it could be picked`);
  fireMouse(target, 'mousemove');
  clickSafely(target);
  await wait(0);
  const shown = comboboxShownValue(input);
  if (shown !== chosen.text) return miss(`picked "${chosen.text}" but the widget shows "${shown}"`, false);
  focusOut(input);
  return { ok: true, shown, how: match.how };
}

/** Clear a react-select: Backspace on an empty input removes its value. */
export async function clearCombobox(input: HTMLInputElement, wait: Wait): Promise<void> {
  focusIn(input);
  setNativeValue(input, '');
  fire(input, 'input');
  fireKey(input, 'Backspace');
  await wait(0);
  close(input);
}
