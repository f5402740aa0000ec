import type { FieldDescriptor } from './field-descriptor';
import { entryLabel, saysAdd } from './entry-area';
import { readCurrentValue } from './current-value';
import { forbiddenReason, type StyleOf } from './visibility';
import { sectionFields } from './section-context';
import { siteKeyOf } from './site-key';

import { ADD_ENTRY_PREFIX as PREFIX } from './add-entry-id';


/**
 * The "+ Add" buttons of a form (Workable's education and experience lists), each with its field id and label; ids
 * already in `used` are not given again. Cheap (no styles), so the fill finds the buttons behind the reviewed ids too.
 */
export function addEntryButtons(root: Document | Element, used: Set<string>): { id: string; el: Element; label: string }[] {
  const out: { id: string; el: Element; label: string }[] = [];
  for (const el of Array.from(root.querySelectorAll('button, [role="button"]'))) {
    // A button that says "add" but submits the form ("Add application") is never one to press.
    if (!saysAdd(el) || (el.getAttribute('type') ?? '').toLowerCase() === 'submit') continue;
    const label = entryLabel(el);
    if (!label) continue;
    const base = `${PREFIX}${el.id || siteKeyOf(el.parentElement ?? el) || label.toLowerCase()}`;
    let id = base;
    for (let n = 1; used.has(id); n++) id = `${base}~${n}`;
    used.add(id);
    out.push({ id, el, label });
  }
  return out;
}

/**
 * The "+ Add" buttons of a form, one field each. Which of them add an entry of yours is the classifier's to say
 * (classify/entry-role.ts); the plan presses one only when asked.
 */
export function collectAddEntries(root: Document | Element, styleOf: StyleOf, used: Set<string>): { field: FieldDescriptor; el: Element }[] {
  return addEntryButtons(root, used).map(({ id, el, label }) => {
    return {
      el,
      field: {
        id,
        kind: 'add-entry',
        tag: el.tagName.toLowerCase(),
        type: 'button',
        name: '',
        domId: el.id,
        autocomplete: '',
        labels: [{ source: 'aria', text: label }],
        ...sectionFields(el),
        options: [],
        required: false,
        forbidden: forbiddenReason(el, 'add-entry', styleOf),
        currentValue: readCurrentValue('add-entry', [el]),
        accept: '',
      },
    };
  });
}
