import type { FillReport } from './fill-report';
import { ariaStandIn } from '../fields/site-key';

const MARK = 'data-applyfill';
const COLORS = { filled: '#1a7f37', 'needs-you': '#bf8700' } as const;

/** Outline what was filled (green) and what still needs the user (amber), with the reason on hover. */
export function highlightReport(report: FillReport, elements: ReadonlyMap<string, Element[]>): void {
  for (const result of report.results) {
    if (result.status !== 'filled' && result.status !== 'needs-you') continue;
    const el = elements.get(result.fieldId)?.[0] as HTMLInputElement | undefined;
    // A row of answer buttons is outlined as a row; a hidden box through what stands for it on the page.
    const standIn = el ? (ariaStandIn(el) as HTMLElement | null) : null;
    const target = standIn ?? (el?.type === 'file' || el?.type === 'radio' || el?.type === 'checkbox' || el?.tagName === 'BUTTON' ? el.parentElement : el) ?? null;
    if (!target) continue;
    if (!target.hasAttribute(MARK)) target.setAttribute(`${MARK}-title`, target.getAttribute('title') ?? '');
    // A value typed but not confirmed by the page is amber like needs-you: filled, yet the user should look.
    const tone = result.check ? 'needs-you' : result.status;
    target.setAttribute(MARK, result.check ? 'check' : result.status);
    target.style.outline = `2px solid ${COLORS[tone]}`;
    target.style.outlineOffset = '1px';
    // The page's own tooltip comes back on undo. `title` is text, never markup: reasons can quote page labels.
    target.title = `Applyfill: ${result.check ? 'filled, check it' : result.status === 'filled' ? 'filled' : 'needs you'} (${result.reason})`;
  }
}

export function clearHighlights(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>(`[${MARK}]`))) {
    el.removeAttribute(MARK);
    el.style.outline = '';
    el.style.outlineOffset = '';
    const title = el.getAttribute(`${MARK}-title`);
    if (title) el.setAttribute('title', title);
    else el.removeAttribute('title');
    el.removeAttribute(`${MARK}-title`);
  }
}
