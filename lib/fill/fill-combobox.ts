import type { FieldOption } from '../fields/field-descriptor';
import { comboboxShownValue } from '../fields/current-value';
import { cleanLabel } from '../fields/text-normalize';
import { matchOption, type OptionMatch } from '../plan/option-match';
import { fire, fireKey, focusIn, focusOut, setNativeValue } from './dispatch-events';

export type Wait = (ms: number) => Promise<void>;

function listbox(input: HTMLInputElement): Element | null {
  const doc = input.ownerDocument;
  const owned = input.getAttribute('aria-controls') || input.getAttribute('aria-owns');
  if (owned) {
    const byId = doc.getElementById(owned);
    if (byId) return byId;
  }
  // react-select renders its menu as a sibling of the control inside the container.
  for (let node = input.parentElement, depth = 0; node && depth < 6; node = node.parentElement, depth++) {
    const menu = node.querySelector('[role="listbox"], [class*="menu"]');
    if (menu && menu.querySelector('[role="option"], [class*="option"]')) return menu;
  }
  return null;
}

function optionElements(menu: Element): HTMLElement[] {
  const byRole = Array.from(menu.querySelectorAll<HTMLElement>('[role="option"]'));
  return byRole.length ? byRole : Array.from(menu.querySelectorAll<HTMLElement>('[class*="option"]'));
}

async function waitForOptions(input: HTMLInputElement, wait: Wait, timeoutMs: number): Promise<HTMLElement[]> {
  for (let waited = 0; waited <= timeoutMs; waited += 25) {
    const menu = listbox(input);
    const options = menu ? optionElements(menu) : [];
    if (options.length) return options;
    await wait(25);
  }
  return [];
}

export type ComboboxOutcome = { ok: true; shown: string; how: string } | { ok: false; reason: string; needsYou: boolean };

function describeMiss(match: OptionMatch, wanted: string, options: FieldOption[]): string {
  if (match.kind === 'ambiguous') return `more than one option could mean "${wanted}": ${match.options.map((o) => o.text).join(' / ')}`;
  const sample = options.slice(0, 6).map((o) => o.text).join(' / ');
  return `no option fits "${wanted}" (${sample}${options.length > 6 ? ' …' : ''})`;
}

/**
 * A react-select style combobox: open it, read the options it renders, pick the one that matches (the same
 * exact-then-synonym rule as a <select>), click it, and check the value the widget now shows. If the full list
 * has no match, type the answer to let a filtering or async menu offer it, and try once more.
 */
export async function fillCombobox(input: HTMLInputElement, candidates: readonly string[], wait: Wait): Promise<ComboboxOutcome> {
  focusIn(input);
  fireKey(input, 'ArrowDown');
  let elements = await waitForOptions(input, wait, 600);
  let options = elements.map((el) => ({ value: el.id || cleanLabel(el.textContent ?? ''), text: cleanLabel(el.textContent ?? '') }));
  let match = matchOption(options, candidates);
  if (match.kind !== 'one' && candidates[0]) {
    setNativeValue(input, candidates[0]);
    fire(input, 'input');
    await wait(50);
    elements = await waitForOptions(input, wait, 1500);
    options = elements.map((el) => ({ value: el.id || cleanLabel(el.textContent ?? ''), text: cleanLabel(el.textContent ?? '') }));
    match = matchOption(options, candidates);
  }
  if (match.kind !== 'one') {
    setNativeValue(input, '');
    fire(input, 'input');
    fireKey(input, 'Escape');
    focusOut(input);
    return { ok: false, reason: describeMiss(match, candidates[0] ?? '', options), needsYou: true };
  }
  const chosen = match.option;
  const target = elements.find((el) => cleanLabel(el.textContent ?? '') === chosen.text && (el.id || chosen.text) === chosen.value);
  target?.dispatchEvent(new (input.ownerDocument.defaultView?.MouseEvent ?? MouseEvent)('mousemove', { bubbles: true }));
  target?.click();
  await wait(0);
  focusOut(input);
  const shown = comboboxShownValue(input);
  return shown === chosen.text
    ? { ok: true, shown, how: match.how }
    : { ok: false, reason: `picked "${chosen.text}" but the widget shows "${shown}"`, needsYou: false };
}

/** Clear a react-select: Backspace on an empty input removes its value. */
export async function clearCombobox(input: HTMLInputElement, wait: Wait): Promise<void> {
  focusIn(input);
  setNativeValue(input, '');
  fire(input, 'input');
  fireKey(input, 'Backspace');
  await wait(0);
  fireKey(input, 'Escape');
  focusOut(input);
}
