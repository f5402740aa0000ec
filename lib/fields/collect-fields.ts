import type { ControlKind, FieldDescriptor, FieldOption } from './field-descriptor';
import { readableText } from './dom-text';
import { indexLabels, inferLabels, labelFor, questionPrompt, type LabelIndex } from './label-inference';
import { forbiddenReason, styleCache, type StyleOf } from './visibility';
import { cleanLabel } from './text-normalize';
import { readCurrentValue } from './current-value';
import { numberRepeatedGroups, sectionFields, sectionMemo, type SectionMemo } from './section-context';
import { siteKeyOf } from './site-key';
import { collectAddEntries } from './collect-add-entries';
import { elementsOf, groupControls } from './control-groups';

export interface Collected {
  fields: FieldDescriptor[];
  /** Field id → the element(s) behind it; stays in the frame that collected it. */
  elements: Map<string, Element[]>;
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

function describe(key: string, kind: ControlKind, group: Element[], anchor: Element, styleOf: StyleOf, labels: LabelIndex, sections: SectionMemo): FieldDescriptor {
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
    ...sectionFields(first, sections),
    options,
    required: [first, ...group].some((el) => (el as HTMLInputElement).required || el.getAttribute('aria-required') === 'true'),
    forbidden: group.map((el) => forbiddenReason(el, kind, styleOf)).find((r) => r !== null) ?? null,
    currentValue: readCurrentValue(kind, group),
    accept: first.getAttribute('accept') ?? '',
    ...(siteKey ? { siteKey } : {}),
  };
}

/** Snapshot every fillable control under `root`, in document order (see groupControls), with its labels and state. */
export function collectFields(root: Document | Element): Collected {
  const { order, groups } = groupControls(root);
  const styleOf = styleCache();
  // Labels are indexed once per collect, so each control's lookup is constant time (linear in the form).
  const labels = indexLabels(root.ownerDocument ?? root);
  const sections = sectionMemo();
  const fields = order.map((key) => {
    const g = groups.get(key)!;
    return describe(key, g.kind, g.els, g.kind === 'button-group' ? g.anchor : g.els[0]!, styleOf, labels, sections);
  });
  numberRepeatedGroups(fields);
  const elements = elementsOf(order, groups);
  for (const { field, el } of collectAddEntries(root, styleOf, new Set(order))) {
    fields.push(field);
    elements.set(field.id, [el]);
  }
  return { fields, elements };
}
