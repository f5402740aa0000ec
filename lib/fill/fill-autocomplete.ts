import { cleanLabel } from '../fields/text-normalize';
import { fire, fireKey, fireMouse, focusIn, focusOut, setNativeValue } from './dispatch-events';
import type { ComboboxOutcome, ComboboxTiming, Wanted } from './fill-combobox';
import { awaitSearchAnswer, waitUntil, type Wait } from './wait-until';
import { clickSafely } from './safe-click';

// Beside the input only: Lever's `.dropdown-container` holds `.dropdown-results` (items `.dropdown-location`), a
// "Loading" line and a "No location found" line; other sites use ARIA listboxes.
const RESULTS = '[role="listbox"],[class*="dropdown-results"],[class*="suggestions"]';
const ITEMS = '[role="option"],[class*="dropdown-location"]';

const text = (el: Element) => cleanLabel(el.textContent ?? '');

/** Shown: neither it nor an ancestor up to `box` is hidden (styles, not layout, so happy-dom tests agree). */
function shown(el: Element | null, box: Element): boolean {
  for (; el && el !== box.parentElement; el = el.parentElement) {
    const style = el.ownerDocument.defaultView?.getComputedStyle(el);
    if ((el as HTMLElement).hidden || style?.display === 'none' || style?.visibility === 'hidden') return false;
  }
  return true;
}

function items(box: Element): HTMLElement[] {
  return Array.from(box.querySelectorAll(RESULTS))
    .flatMap((list) => {
      const marked = Array.from(list.querySelectorAll<HTMLElement>(ITEMS));
      return marked.length ? marked : (Array.from(list.children) as HTMLElement[]);
    })
    .filter((el) => text(el) !== '');
}

/** What the widget shows beside the input (its list, "Loading", "nothing found"): the page is answering. */
const visibleText = (box: Element) =>
  Array.from(box.querySelectorAll('*'))
    .filter((el) => el.tagName !== 'INPUT' && !el.querySelector('input') && text(el) !== '' && shown(el, box))
    .map(text)
    .join('|');

const showing = (box: Element, selector: string) => Array.from(box.querySelectorAll(selector)).some((el) => shown(el, box));

function typeInto(input: HTMLInputElement, value: string): void {
  setNativeValue(input, value);
  fireKey(input, value.slice(-1) || 'Backspace');
  fire(input, 'input');
  fireKey(input, value.slice(-1), 'keyup');
}

/** Type, then wait for the page's answer: its items, or null when it never reacts at all (a saved page). */
async function suggestionsFor(input: HTMLInputElement, typed: string, wait: Wait, timing: ComboboxTiming): Promise<HTMLElement[] | null> {
  const box = input.parentElement ?? input;
  const before = visibleText(box);
  typeInto(input, typed);
  if (!(await waitUntil(() => visibleText(box) !== before || items(box).length > 0, wait, timing.openMs, 10))) return null;
  await awaitSearchAnswer(
    { loading: () => showing(box, '[class*="loading"]'), options: () => items(box).length > 0, nothing: () => showing(box, '[class*="no-results"],[class*="no-options"]') },
    wait,
    timing.searchMs,
  );
  return items(box);
}

/**
 * A free-text box that suggests as you type (Lever's "Current location"): type the value, wait for the page's
 * suggestions, and pick the one the plan's matcher accepts with the mouse, as a person would. The city alone is
 * tried when the whole place brings nothing that fits. When no suggestion appears (a saved page, a list that never
 * answers) or none fits, the box keeps the whole place as typed: it takes free text, so the value stands, but the
 * page confirmed nothing, and the report says "typed, no suggestion picked: check".
 */
export async function fillAutocomplete(input: HTMLInputElement, wanted: Wanted, fallbackTyped: string, wait: Wait, timing: ComboboxTiming): Promise<ComboboxOutcome> {
  const keepTyped = (why: string, dead = false): ComboboxOutcome => {
    if (cleanLabel(input.value) !== cleanLabel(wanted.typed)) typeInto(input, wanted.typed);
    fireKey(input, 'Escape');
    focusOut(input);
    return cleanLabel(input.value) === cleanLabel(wanted.typed)
      ? { ok: true, shown: input.value, how: `typed, no suggestion picked: check (${why})`, check: true, ...(dead ? { dead } : {}) }
      : { ok: false, needsYou: true, reason: `the box would not keep "${wanted.typed}" (${why})` };
  };
  focusIn(input);
  let found = await suggestionsFor(input, wanted.typed, wait, timing);
  if (!found) return keepTyped('no suggestions appeared', true);
  const options = () => found!.map((el) => ({ value: text(el), text: text(el) }));
  let match = wanted.match(options());
  if (match.kind !== 'one' && fallbackTyped && fallbackTyped !== wanted.typed) {
    found = (await suggestionsFor(input, fallbackTyped, wait, timing)) ?? [];
    match = wanted.match(options());
  }
  if (match.kind !== 'one') {
    const listed = (match.kind === 'ambiguous' ? match.options : options()).slice(0, 4).map((o) => o.text);
    const what = match.kind === 'ambiguous' ? 'more than one suggestion could be it' : 'no suggestion fits';
    return keepTyped(`${what}${listed.length ? `: ${listed.join(' / ')}` : ''}`);
  }
  const chosen = match.option.text;
  const target = found.find((el) => text(el) === chosen)!;
  // mousedown is what Lever's list listens for (it must beat the input's blur); click for lists that wait for it.
  fireMouse(target, 'mousedown');
  if (target.isConnected) clickSafely(target);
  await wait(0);
  focusOut(input);
  return cleanLabel(input.value) === chosen
    ? { ok: true, shown: input.value, how: match.how }
    : { ok: false, needsYou: false, reason: `picked "${chosen}" but the box shows "${input.value}"` };
}
