import type { ControlKind, FieldDescriptor, FieldOption } from './field-descriptor';
import { readableText } from './dom-text';
import { indexLabels, inferLabels, labelFor, questionPrompt, type LabelIndex } from './label-inference';
import { forbiddenReason, styleCache, type StyleOf } from './visibility';
import { cleanLabel } from './text-normalize';
import { readCurrentValue } from './current-value';
import { numberRepeatedGroups, sectionContext } from './section-context';

const sectionFields = (el: Element) => {
  const { heading, note } = sectionContext(el);
  return { section: heading, sectionNote: note, groupIndex: 0 };
};
import { answerButtons, siteKeyOf } from './site-key';
import { collectAddEntries } from './collect-add-entries';

export interface Collected {
  fields: FieldDescriptor[];
  /** Field id → the element(s) behind it; stays in the frame that collected it. */
  elements: Map<string, Element[]>;
}

const SKIPPED_INPUT_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'search']);
const CANDIDATES = 'input, select, textarea';

function kindOf(el: Element): ControlKind | null {
  if (el.tagName === 'SELECT') return 'select';
  if (el.tagName === 'TEXTAREA') return 'textarea';
  const type = ((el as HTMLInputElement).type || 'text').toLowerCase();
  if (SKIPPED_INPUT_TYPES.has(type)) return null;
  if (type === 'radio') return 'radio-group';
  if (type === 'checkbox') return answerButtons(el).length ? 'button-group' : 'checkbox';
  if (type === 'file') return 'file';
  if (el.getAttribute('role') === 'combobox') return 'combobox';
  if (offersSuggestions(el)) return 'autocomplete';
  return 'text';
}

// A results box beside the input, filled as the user types: Lever's location (`.dropdown-container >
// .dropdown-results`) and the like. Looked for only next to the input, so a page-wide menu does not count.
const SUGGESTION_LIST = '[role="listbox"], [class*="dropdown-results"], [class*="autocomplete-results"], [class*="suggestions"]';

// A phone widget's country list (intl-tel-input's `.iti__country-list`) sits beside its number box too: it offers
// countries, not suggestions for what is typed, so the box stays a text field.
function offersSuggestions(el: Element): boolean {
  if (el.tagName !== 'INPUT' || el.closest('.iti')) return false;
  return el.parentElement?.querySelector(SUGGESTION_LIST) != null;
}

export function optionText(el: Element, labels?: LabelIndex): string {
  if (el.tagName === 'BUTTON') return cleanLabel(el.textContent ?? '');
  return labelFor(el, labels) || cleanLabel(readableText(el.parentElement ?? el)) || (el as HTMLInputElement).value;
}

/**
 * What identifies an option among its group: its value, or where the page gives none (Ashby's radios and
 * checkboxes all read "on"), its id, name or text. The fill finds the option by the same rule.
 */
export function optionKey(el: Element, labels?: LabelIndex): string {
  if (el.tagName === 'BUTTON') return cleanLabel(el.textContent ?? '');
  return el.getAttribute('value') ?? (el.id || el.getAttribute('name') || optionText(el, labels));
}

function keyFor(el: Element, kind: ControlKind, groupToken: string, used: Map<string, number>): string {
  const name = el.getAttribute('name') ?? '';
  const base =
    groupToken.startsWith('site:')
      ? `path:${groupToken.slice(5)}`
      : kind === 'radio-group' || (kind === 'checkbox-group' && name)
        ? `name:${name}`
        : el.id
          ? `#${el.id}`
          : name
            ? `name:${name}`
            : siteKeyOf(el)
              ? `path:${siteKeyOf(el)}`
              : `${el.tagName.toLowerCase()}:${kind}`;
  const seen = used.get(base) ?? 0;
  used.set(base, seen + 1);
  return seen === 0 ? base : `${base}~${seen}`;
}

function describe(key: string, kind: ControlKind, group: Element[], anchor: Element, styleOf: StyleOf, labels: LabelIndex): FieldDescriptor {
  const first = anchor as HTMLInputElement;
  const name = first.getAttribute('name') ?? '';
  const isGroup = kind === 'radio-group' || kind === 'checkbox-group' || kind === 'button-group';
  // A group named by its site key (Ashby checkboxes carry their option's text as name) has no common name.
  const groupName = kind === 'button-group' || key.startsWith('path:') ? ' ' : name;
  const prompt = isGroup ? questionPrompt(first, groupName) : '';
  const options: FieldOption[] =
    kind === 'select'
      ? Array.from((first as unknown as HTMLSelectElement).options).map((o) => ({ value: o.value, text: cleanLabel(o.text) }))
      : isGroup || kind === 'checkbox'
        ? group.map((el) => ({ value: optionKey(el, labels), text: optionText(el, labels) }))
        : [];
  const siteKey = siteKeyOf(first);
  return {
    id: key,
    kind,
    tag: first.tagName.toLowerCase(),
    type: (first.getAttribute('type') ?? '').toLowerCase(),
    name: key.startsWith('path:') && kind === 'checkbox-group' ? '' : name,
    domId: isGroup ? '' : first.id,
    autocomplete: first.getAttribute('autocomplete') ?? '',
    // A space, not '': a group's own label is its prompt, and a site-keyed group has no name worth reading.
    labels: inferLabels(first, isGroup ? groupName || ' ' : '', prompt, labels),
    ...sectionFields(first),
    options,
    required: [first, ...group].some((el) => (el as HTMLInputElement).required || el.getAttribute('aria-required') === 'true'),
    forbidden: group.map((el) => forbiddenReason(el, kind, styleOf)).find((r) => r !== null) ?? null,
    currentValue: readCurrentValue(kind, group),
    accept: first.getAttribute('accept') ?? '',
    ...(siteKey ? { siteKey } : {}),
  };
}

/**
 * Snapshot every fillable control under `root`, in document order. Radios sharing a name become one group, and
 * so do checkboxes sharing a name (Lever pronouns, Greenhouse multi-selects); a lone checkbox stays single.
 */
export function collectFields(root: Document | Element): Collected {
  const groups = new Map<string, { kind: ControlKind; els: Element[]; anchor: Element }>();
  const order: string[] = [];
  const used = new Map<string, number>();
  const all = Array.from(root.querySelectorAll(CANDIDATES));
  // Checkboxes form one group when they share a name, or a site key (Ashby and Workable give each option its own name).
  const checkboxCount = new Map<string, number>();
  const tokenOf = new Map<Element, string>();
  for (const el of all) {
    if ((el as HTMLInputElement).type !== 'checkbox' || answerButtons(el).length) continue;
    const site = siteKeyOf(el);
    const token = site ? `site:${site}` : el.getAttribute('name') ? `name:${el.getAttribute('name')}` : '';
    if (!token) continue;
    tokenOf.set(el, token);
    checkboxCount.set(token, (checkboxCount.get(token) ?? 0) + 1);
  }
  const groupKeys = new Map<string, string>();
  for (const el of all) {
    let kind = kindOf(el);
    if (!kind) continue;
    const name = el.getAttribute('name') ?? '';
    const checkboxToken = tokenOf.get(el) ?? '';
    if (kind === 'checkbox' && (checkboxCount.get(checkboxToken) ?? 0) > 1) kind = 'checkbox-group';
    const token = kind === 'checkbox-group' ? checkboxToken : kind === 'radio-group' && name ? `name:${name}` : '';
    const existing = token ? groupKeys.get(`${kind}|${token}`) : undefined;
    if (existing) {
      groups.get(existing)!.els.push(el);
      continue;
    }
    const key = keyFor(el, kind, token, used);
    if (token) groupKeys.set(`${kind}|${token}`, key);
    // A row of answer buttons is filled and read through its buttons; the hidden checkbox only names the question.
    groups.set(key, { kind, els: kind === 'button-group' ? answerButtons(el) : [el], anchor: el });
    order.push(key);
  }
  const styleOf = styleCache();
  // Labels are indexed once per collect, so each control's lookup is constant time (linear in the form).
  const labels = indexLabels(root.ownerDocument ?? root);
  const fields = order.map((key) => {
    const g = groups.get(key)!;
    return describe(key, g.kind, g.els, g.kind === 'button-group' ? g.anchor : g.els[0]!, styleOf, labels);
  });
  numberRepeatedGroups(fields);
  const elements = new Map(order.map((key) => [key, groups.get(key)!.els]));
  for (const { field, el } of collectAddEntries(root, styleOf, new Set(order))) {
    fields.push(field);
    elements.set(field.id, [el]);
  }
  return { fields, elements };
}
