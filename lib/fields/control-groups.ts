import type { ControlKind } from './field-descriptor';
import { answerButtons, siteKeyOf } from './site-key';
import { addEntryButtons } from './collect-add-entries';

/**
 * Which page controls are fields, of what kind, grouped and keyed as collectFields reports them. Kept apart from the
 * describing (labels, styles, layout) so the fill can find today's elements behind the reviewed ids cheaply.
 */

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

/** What names the control before any repeat is told apart: its site key, its group's name, its id or name, else its place. */
function baseKey(el: Element, kind: ControlKind, groupToken: string): string {
  if (groupToken.startsWith('site:')) return `path:${groupToken.slice(5)}`;
  const name = el.getAttribute('name') ?? '';
  if (kind === 'radio-group' || (kind === 'checkbox-group' && name)) return `name:${name}`;
  if (el.id) return `#${el.id}`;
  if (name) return `name:${name}`;
  const site = siteKeyOf(el);
  return site ? `path:${site}` : `${el.tagName.toLowerCase()}:${kind}`;
}

function keyFor(el: Element, kind: ControlKind, groupToken: string, used: Map<string, number>): string {
  const base = baseKey(el, kind, groupToken);
  const seen = used.get(base) ?? 0;
  used.set(base, seen + 1);
  return seen === 0 ? base : `${base}~${seen}`;
}

export interface Group {
  kind: ControlKind;
  els: Element[];
  anchor: Element;
}

/**
 * Every fillable control under `root`, in document order, grouped and keyed. Radios sharing a name become one
 * group, and so do checkboxes sharing a name (Lever pronouns, Greenhouse multi-selects); a lone checkbox stays single.
 */
export function groupControls(root: Document | Element): { order: string[]; groups: Map<string, Group> } {
  const groups = new Map<string, Group>();
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
  return { order, groups };
}

export const elementsOf = (order: readonly string[], groups: ReadonlyMap<string, Group>) => new Map(order.map((key) => [key, groups.get(key)!.els]));

/**
 * Field id → element(s) as collectFields keys them, without describing anything (no labels, no styles, no layout):
 * what the fill needs to find today's elements behind the reviewed ids, at a fraction of a collect's cost.
 */
export function collectElements(root: Document | Element): Map<string, Element[]> {
  const { order, groups } = groupControls(root);
  const elements = elementsOf(order, groups);
  for (const { id, el } of addEntryButtons(root, new Set(order))) elements.set(id, [el]);
  return elements;
}
