import { seenTargets } from '../fields/visible-target';
import type { ControlKind } from '../fields/field-descriptor';
import type { FillReport } from './fill-report';
import { ariaStandIn } from '../fields/site-key';

const MARK = 'data-applyfill';
const COLORS = { filled: '#1a7f37', 'needs-you': '#bf8700' } as const;
// The page can read a title: it names the state only. Reasons can quote the profile, and stay in the popup.
const TITLES = {
  filled: 'Applyfill: filled',
  check: 'Applyfill: filled, check it (see the Applyfill popup)',
  'needs-you': 'Applyfill: needs you (see the Applyfill popup)',
} as const;

function kindOf(el: Element, count: number): ControlKind {
  const type = (el as HTMLInputElement).type;
  if (type === 'radio') return 'radio-group';
  if (type === 'checkbox') return count > 1 ? 'checkbox-group' : 'checkbox';
  if (type === 'file') return 'file';
  return el.getAttribute('role') === 'combobox' ? 'combobox' : 'text';
}

/**
 * What a person sees of the field: the react-select control box, the résumé widget's button, and for a radio or
 * checkbox group the chosen options (or the group's list when none is chosen), each with its label.
 */
function outlined(els: Element[]): Element[] {
  const first = els[0];
  if (!first) return [];
  // A box hidden behind an ARIA widget (Workable's) is outlined through what stands for it; a row of answer
  // buttons as a row.
  const standIn = ariaStandIn(first);
  if (standIn) return [standIn];
  if (first.tagName === 'BUTTON') return first.parentElement ? [first.parentElement] : [];
  const kind = kindOf(first, els.length);
  if (kind === 'radio-group' || kind === 'checkbox-group' || kind === 'checkbox') {
    const chosen = els.filter((el) => (el as HTMLInputElement).checked);
    const boxes = (chosen.length ? chosen : els).map((el) => el.closest('label') ?? el);
    if (chosen.length) return boxes;
    const list = first.closest('fieldset, ul, [role="radiogroup"], [role="group"]');
    return list ? [list] : boxes;
  }
  return seenTargets(first, kind).slice(0, 1);
}

/** Outline what was filled (green) and what still needs the user (amber), saying which it is on hover. */
export function highlightReport(report: FillReport, elements: ReadonlyMap<string, Element[]>): void {
  for (const result of report.results) {
    if (result.status !== 'filled' && result.status !== 'needs-you') continue;
    // A value typed but not confirmed by the page is amber like needs-you: filled, yet the user should look.
    const tone = result.check ? 'needs-you' : result.status;
    for (const target of outlined(elements.get(result.fieldId) ?? []) as HTMLElement[]) {
      if (!target.hasAttribute(MARK)) {
        target.setAttribute(`${MARK}-title`, target.getAttribute('title') ?? '');
        target.setAttribute(`${MARK}-style`, target.getAttribute('style') ?? '');
      }
      target.setAttribute(MARK, result.check ? 'check' : result.status);
      target.style.outline = `2px solid ${COLORS[tone]}`;
      target.style.outlineOffset = '1px';
      target.title = result.check ? TITLES.check : TITLES[result.status];
    }
  }
}

/** Take every highlight off again, giving each element back the tooltip and inline style it had. */
export function clearHighlights(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>(`[${MARK}]`))) {
    el.removeAttribute(MARK);
    const style = el.getAttribute(`${MARK}-style`);
    if (style) el.setAttribute('style', style);
    else el.removeAttribute('style');
    const title = el.getAttribute(`${MARK}-title`);
    if (title) el.setAttribute('title', title);
    else el.removeAttribute('title');
    el.removeAttribute(`${MARK}-title`);
    el.removeAttribute(`${MARK}-style`);
  }
}
