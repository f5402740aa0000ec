import type { LabelSignal } from './field-descriptor';
import { identifierWords, readableText } from './dom-text';
import { cleanLabel } from './text-normalize';

const CONTROL_SELECTOR = 'input:not([type=hidden]), select, textarea';
const PROMPT_SELECTOR =
  'label, legend, [class*="label"], [class*="question"], [class*="prompt"], [class*="title"], .text, h3, h4, h5, p';

function byIds(doc: Document, ids: string): string {
  return ids
    .split(/\s+/)
    .map((id) => doc.getElementById(id))
    .filter((el): el is HTMLElement => el !== null)
    .map((el) => readableText(el))
    .join(' ')
    .trim();
}

/**
 * `label[for]` elements by the id they name, in document order. Built once per collect and handed down: looking
 * through every label of the page for each control made a 2,000-field form take seconds (quadratic).
 */
export type LabelIndex = ReadonlyMap<string, readonly HTMLLabelElement[]>;

export function indexLabels(doc: Document): LabelIndex {
  const index = new Map<string, HTMLLabelElement[]>();
  for (const label of Array.from(doc.querySelectorAll('label'))) {
    const id = label.htmlFor;
    if (!id) continue;
    const list = index.get(id);
    if (list) list.push(label);
    else index.set(id, [label]);
  }
  return index;
}

/** One control's `label[for]` elements without an index (a single lookup, as the fill's option check makes). */
const labelsNaming = (doc: Document, id: string): HTMLLabelElement[] =>
  Array.from(doc.querySelectorAll<HTMLLabelElement>('label[for]')).filter((label) => label.htmlFor === id);

/** The control's own label text, from the collect's index, or looked up alone. */
export function labelFor(control: Element, labels?: LabelIndex): string {
  const texts: string[] = [];
  if (control.id) {
    for (const label of labels ? (labels.get(control.id) ?? []) : labelsNaming(control.ownerDocument, control.id)) texts.push(readableText(label));
  }
  const wrapping = control.closest('label');
  if (wrapping && !texts.length) {
    const type = (control as HTMLInputElement).type;
    const textAfterIsLabel = type === 'checkbox' || type === 'radio';
    texts.push((textAfterIsLabel ? '' : readableText(wrapping, true, control)) || readableText(wrapping));
  }
  return cleanLabel(texts.filter(Boolean).join(' '));
}

// A group's extra choices sit in its own list: Lever's nameless "Custom" pronouns box beside the named ones.
function inSameList(control: Element, anchor: Element): boolean {
  const list = anchor.closest('ul, ol, fieldset, [role="group"], [role="radiogroup"]');
  return list !== null && list.contains(control);
}

function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & 4) !== 0;
}

/**
 * The prompt of a question block: the first label-like element before the control inside the smallest ancestor
 * that holds no other question. Only text that comes before the control counts, never a right-hand neighbour.
 */
export function questionPrompt(anchor: Element, groupName = ''): string {
  let node = anchor.parentElement;
  // Eight levels reach Lever's question row from a pronoun box nested in its column layout.
  for (let depth = 0; node && depth < 8; depth++, node = node.parentElement) {
    const others = Array.from(node.querySelectorAll(CONTROL_SELECTOR)).filter(
      (c) => c !== anchor && !(groupName && (c.getAttribute('name') === groupName || inSameList(c, anchor))),
    );
    const prompt = Array.from(node.querySelectorAll(PROMPT_SELECTOR)).find(
      // Text inside an icon (an SVG's <desc>, "SVGs not supported by this browser.") is never a question.
      (el) => !el.contains(anchor) && !el.closest('svg') && precedes(el, anchor) && readableText(el, false).length > 0,
    );
    if (prompt) return readableText(prompt, false);
    if (others.length > 0) return '';
  }
  return '';
}

const BUTTON_WORDS = /^(attach|upload|choose( a)? file|browse|select( a)? file|add file)$/i;

/** A file input labelled only by its button's word ("Attach"), as on Greenhouse's upload widgets. */
function fileButtonWord(control: Element, labels?: LabelIndex): boolean {
  if ((control as HTMLInputElement).type !== 'file') return false;
  const label = labelFor(control, labels);
  return !label || BUTTON_WORDS.test(label);
}

/** "Resume/CV ATTACH RESUME/CV" (Lever wraps its attach button in the label) reads as "Resume/CV". */
function withoutButtonWords(control: Element, label: string): string {
  if ((control as HTMLInputElement).type !== 'file') return label;
  return label.replace(/\s+(attach|upload|choose( a)? file|browse)\b.*$/i, '') || label;
}

function groupLabel(control: Element): string {
  const group = control.closest('[role="group"][aria-labelledby], [role="group"][aria-label]');
  if (!group) return '';
  const ids = group.getAttribute('aria-labelledby');
  return (ids ? byIds(control.ownerDocument, ids) : '') || group.getAttribute('aria-label') || '';
}

/** Label signals in the fixed order: autocomplete → label → aria → question prompt → placeholder → name → id. */
export function inferLabels(control: Element, groupName = '', groupPrompt = '', labels?: LabelIndex): LabelSignal[] {
  const doc = control.ownerDocument;
  const signals: LabelSignal[] = [];
  const add = (source: LabelSignal['source'], text: string | null | undefined): void => {
    const clean = cleanLabel(text ?? '');
    if (clean) signals.push({ source, text: clean });
  };
  const autocomplete = control.getAttribute('autocomplete') ?? '';
  if (!/^(on|off)$/i.test(autocomplete.trim())) add('autocomplete', autocomplete);
  const buttonWord = fileButtonWord(control, labels);
  if (!groupName) add('label', buttonWord ? '' : withoutButtonWords(control, labelFor(control, labels)));
  // An upload widget names itself on its group ("Resume/CV"); the input's own label is the button's word.
  if (buttonWord) add('aria', groupLabel(control));
  const labelledBy = control.getAttribute('aria-labelledby');
  add('aria', labelledBy ? byIds(doc, labelledBy) || control.getAttribute('aria-label') : control.getAttribute('aria-label'));
  add('question', groupPrompt || (signals.some((s) => s.source === 'label' || s.source === 'aria') ? '' : questionPrompt(control)));
  add('placeholder', control.getAttribute('placeholder'));
  add('name', identifierWords(groupName || control.getAttribute('name') || ''));
  add('id', identifierWords(control.id));
  return signals;
}
