import type { FieldDescriptor } from './field-descriptor';
import { readableText } from './dom-text';
import { displayLabel } from './field-descriptor';

/** Where a control sits: the heading of its section and the words the section opens with (a Lever card's description). */
export interface SectionContext {
  heading: string;
  note: string;
}

// Lever names its cards `data-qa="card-name"`; Greenhouse React's sections use `.section-header` or plain h-tags.
const HEADING = /^(H[1-6]|LEGEND)$/;
const HEADING_SELECTOR = '.section-header, [data-qa="card-name"], [role="heading"]';
const CONTROLS = 'input:not([type=hidden]), select, textarea';
const MAX_HEADING = 160;
const MAX_NOTE = 400;

const isHeading = (el: Element) => HEADING.test(el.tagName) || el.matches(HEADING_SELECTOR);
const holdsControl = (el: Element) => el.matches(CONTROLS) || el.querySelector(CONTROLS) !== null;

/**
 * What one collect has read already: each parent's children, and each heading's section (the same for every control
 * after the section's first question).
 */
export interface SectionMemo {
  parents: Map<Element, Siblings>;
  /** By heading: its section, and where its first question stands among the siblings. */
  sections: Map<Element, { context: SectionContext; end: number }>;
}

/** A parent's children, each one's place, and for each place the nearest heading at or before it (-1: none). */
interface Siblings {
  children: Element[];
  place: Map<Element, number>;
  heading: number[];
}

export const sectionMemo = (): SectionMemo => ({ parents: new Map(), sections: new Map() });

function siblingsOf(node: Element, memo: SectionMemo): Siblings {
  let known = memo.parents.get(node);
  if (!known) {
    const children = Array.from(node.children);
    const heading: number[] = [];
    children.forEach((child, i) => heading.push(isHeading(child) ? i : i > 0 ? heading[i - 1]! : -1));
    known = { children, place: new Map(children.map((c, i) => [c, i])), heading };
    memo.parents.set(node, known);
  }
  return known;
}

/**
 * The nearest heading before the control, walking up its ancestors (fieldset legends count), and the text between
 * that heading and the section's first question: "I authorize … to contact my listed references" before a card's
 * Name / Email / Phone boxes. Only what comes before the control is read, never a later section's words.
 */
export function sectionContext(control: Element, memo: SectionMemo = sectionMemo()): SectionContext {
  for (let branch: Element = control, node = control.parentElement; node && node.tagName !== 'BODY'; branch = node, node = node.parentElement) {
    const { children: siblings, place, heading } = siblingsOf(node, memo);
    const at = place.get(branch) ?? -1;
    const i = at > 0 ? heading[at - 1]! : -1;
    if (i >= 0) {
      const candidate = siblings[i]!;
      const known = memo.sections.get(candidate);
      // What a section opens with ends at its first question: every control after that reads the same words.
      if (known && known.end < at) return known.context;
      const intro: string[] = [];
      let end = at;
      for (let j = i + 1; j < at; j++) {
        const el = siblings[j]!;
        if (holdsControl(el)) {
          end = j;
          break;
        }
        if (el.tagName === 'LABEL' || /\blabel\b/.test(el.className)) continue;
        const text = readableText(el);
        if (text) intro.push(text);
      }
      const context = { heading: readableText(candidate).slice(0, MAX_HEADING), note: intro.join(' ').slice(0, MAX_NOTE) };
      if (end < at) memo.sections.set(candidate, { context, end });
      return context;
    }
  }
  return { heading: '', note: '' };
}

/** A control's section as a descriptor holds it (its place among repeated blocks is numbered afterwards). */
export function sectionFields(control: Element, memo?: SectionMemo): { section: string; sectionNote: string; groupIndex: number } {
  const { heading, note } = sectionContext(control, memo);
  return { section: heading, sectionNote: note, groupIndex: 0 };
}

/**
 * A block asked more than once (three references, each Name / Email / Phone): the same label in the same section
 * numbers its copies 1, 2, 3 so the review and the rules can tell them apart. A label asked once keeps 0.
 */
export function numberRepeatedGroups(fields: FieldDescriptor[]): void {
  const key = (f: FieldDescriptor) => `${f.section}\u0000${f.sectionNote}\u0000${displayLabel(f).toLowerCase()}`;
  const totals = new Map<string, number>();
  for (const f of fields) totals.set(key(f), (totals.get(key(f)) ?? 0) + 1);
  const seen = new Map<string, number>();
  for (const f of fields) {
    if ((totals.get(key(f)) ?? 0) < 2) continue;
    const n = (seen.get(key(f)) ?? 0) + 1;
    seen.set(key(f), n);
    f.groupIndex = n;
  }
}
