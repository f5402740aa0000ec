import type { ControlKind, FieldDescriptor, FieldOption } from './field-descriptor';
import { readableText } from './dom-text';
import { inferLabels, labelFor, questionPrompt } from './label-inference';
import { forbiddenReason } from './visibility';
import { cleanLabel } from './text-normalize';
import { readCurrentValue } from './current-value';
import { numberRepeatedGroups, sectionContext } from './section-context';

const sectionFields = (el: Element) => {
  const { heading, note } = sectionContext(el);
  return { section: heading, sectionNote: note, groupIndex: 0 };
};

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
  if (type === 'checkbox') return 'checkbox';
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

function optionText(el: HTMLInputElement): string {
  return labelFor(el) || cleanLabel(readableText(el.parentElement ?? el)) || el.value;
}

function keyFor(el: Element, kind: ControlKind, used: Map<string, number>): string {
  const name = el.getAttribute('name') ?? '';
  const base =
    kind === 'radio-group' || (kind === 'checkbox-group' && name)
      ? `name:${name}`
      : el.id
        ? `#${el.id}`
        : name
          ? `name:${name}`
          : `${el.tagName.toLowerCase()}:${kind}`;
  const seen = used.get(base) ?? 0;
  used.set(base, seen + 1);
  return seen === 0 ? base : `${base}~${seen}`;
}

function describe(key: string, kind: ControlKind, group: Element[]): FieldDescriptor {
  const first = group[0] as HTMLInputElement;
  const name = first.getAttribute('name') ?? '';
  const isGroup = kind === 'radio-group' || kind === 'checkbox-group';
  const prompt = isGroup ? questionPrompt(first, name) : '';
  const options: FieldOption[] =
    kind === 'select'
      ? Array.from((first as unknown as HTMLSelectElement).options).map((o) => ({ value: o.value, text: cleanLabel(o.text) }))
      : isGroup || kind === 'checkbox'
        ? group.map((el) => ({ value: (el as HTMLInputElement).value, text: optionText(el as HTMLInputElement) }))
        : [];
  return {
    id: key,
    kind,
    tag: first.tagName.toLowerCase(),
    type: (first.getAttribute('type') ?? '').toLowerCase(),
    name,
    domId: isGroup ? '' : first.id,
    autocomplete: first.getAttribute('autocomplete') ?? '',
    labels: inferLabels(first, isGroup ? name : '', prompt),
    ...sectionFields(first),
    options,
    required: group.some((el) => (el as HTMLInputElement).required || el.getAttribute('aria-required') === 'true'),
    forbidden: group.map((el) => forbiddenReason(el, kind === 'file')).find((r) => r !== null) ?? null,
    currentValue: readCurrentValue(kind, group),
    accept: first.getAttribute('accept') ?? '',
  };
}

/**
 * Snapshot every fillable control under `root`, in document order. Radios sharing a name become one group, and
 * so do checkboxes sharing a name (Lever pronouns, Greenhouse multi-selects); a lone checkbox stays single.
 */
export function collectFields(root: Document | Element): Collected {
  const groups = new Map<string, { kind: ControlKind; els: Element[] }>();
  const order: string[] = [];
  const used = new Map<string, number>();
  const all = Array.from(root.querySelectorAll(CANDIDATES));
  const checkboxNames = new Map<string, number>();
  for (const el of all) {
    if ((el as HTMLInputElement).type === 'checkbox' && el.getAttribute('name')) {
      const n = el.getAttribute('name')!;
      checkboxNames.set(n, (checkboxNames.get(n) ?? 0) + 1);
    }
  }
  const groupKeys = new Map<string, string>();
  for (const el of all) {
    let kind = kindOf(el);
    if (!kind) continue;
    const name = el.getAttribute('name') ?? '';
    if (kind === 'checkbox' && name && (checkboxNames.get(name) ?? 0) > 1) kind = 'checkbox-group';
    const groupable = (kind === 'radio-group' || kind === 'checkbox-group') && name;
    const existing = groupable ? groupKeys.get(`${kind}|${name}`) : undefined;
    if (existing) {
      groups.get(existing)!.els.push(el);
      continue;
    }
    const key = keyFor(el, kind, used);
    if (groupable) groupKeys.set(`${kind}|${name}`, key);
    groups.set(key, { kind, els: [el] });
    order.push(key);
  }
  const fields = order.map((key) => {
    const g = groups.get(key)!;
    return describe(key, g.kind, g.els);
  });
  numberRepeatedGroups(fields);
  const elements = new Map(order.map((key) => [key, groups.get(key)!.els]));
  return { fields, elements };
}
