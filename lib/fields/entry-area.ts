import { cleanLabel } from './text-normalize';

// "+ Add", "Add education", "Add another position", "Add more": a button that opens a new entry of a list.
const ADD_WORDS = /^\+?\s*add(\s+(an?|another|new|more))?\b\s*/i;

/** The words a button says (its aria-label first, as a screen reader would), or ''. */
export const buttonWords = (el: Element): string => cleanLabel(el.getAttribute('aria-label') || el.textContent || '');

/** Whether a button reads as "add an entry". */
export const saysAdd = (el: Element): boolean => {
  const words = buttonWords(el);
  return words.length <= 60 && ADD_WORDS.test(words);
};

/** The block a "+ Add" button adds entries to: its section, question group or site block. */
export function entryArea(button: Element): Element {
  return button.parentElement?.closest('fieldset, section, [role="group"], [data-ui], [data-field-path]') ?? button.parentElement ?? button;
}

const TITLE_LIKE = 'legend, h1, h2, h3, h4, h5, h6, label, p, [class*="heading"], [class*="title"], [class*="label"]';

/**
 * What the entry list is called: the button's own words after "Add" ("Add Education" → "Education"), else the
 * first title-like text of its list ("Education (Optional)" → "Education"), never the whole list's text.
 */
export function entryLabel(button: Element): string {
  const own = buttonWords(button).replace(ADD_WORDS, '').trim();
  if (own) return own;
  const title = Array.from(entryArea(button).querySelectorAll(TITLE_LIKE)).find((t) => !t.contains(button) && (t.textContent ?? '').trim());
  const words = cleanLabel((title?.textContent ?? '').replace(/\(optional\)|\brequired\b/gi, ' '));
  return words.length <= 60 ? words : '';
}

const ENTRY_BOXES = 'input:not([type="hidden"]):not([type="submit"]):not([type="button"]), select, textarea';

/** The boxes an entry list shows now (open entries' fields). */
export const entryBoxes = (button: Element): Element[] => Array.from(entryArea(button).querySelectorAll(ENTRY_BOXES));

/**
 * What the list holds now, in words: '' when no entry is open, else what its boxes hold, so a change a person makes
 * in the entry after a fill shows (and Undo leaves their entry alone).
 */
export function openEntriesText(button: Element): string {
  const boxes = entryBoxes(button) as HTMLInputElement[];
  if (!boxes.length) return '';
  const held = boxes.map((b) => (b.type === 'checkbox' ? (b.checked ? 'ticked' : '') : cleanLabel(b.value ?? ''))).filter(Boolean);
  return `an entry is open${held.length ? `: ${held.join('; ')}` : ''}`;
}

// The button that closes an entry again without keeping it: "Cancel", "Remove", "Delete", "Discard", a trash icon's label.
const CLOSE_WORDS = /^(cancel|remove|delete|discard|close)\b/i;

/** The buttons inside the list that close an open entry. */
export const closeButtons = (button: Element): HTMLElement[] =>
  Array.from(entryArea(button).querySelectorAll<HTMLElement>('button, [role="button"]')).filter((b) => b !== button && CLOSE_WORDS.test(buttonWords(b)));
