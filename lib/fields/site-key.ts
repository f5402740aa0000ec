// `data-ui` values Workable puts on structure, not on a question.
const STRUCTURAL = new Set(['option', 'section', 'section-fields', 'application-form', 'careers-page-content']);

/**
 * The site's own key for the question a control belongs to: the nearest `data-field-path` (Ashby) or question-level
 * `data-ui` (Workable) on the control or an ancestor inside its form. Stable across renders, unlike generated ids.
 */
export function siteKeyOf(el: Element): string {
  for (let node: Element | null = el; node && node.tagName !== 'BODY'; node = node.parentElement) {
    const path = node.getAttribute('data-field-path');
    if (path) return path;
    const ui = node.getAttribute('data-ui');
    if (ui && !STRUCTURAL.has(ui)) return ui;
    if (node.tagName === 'FORM') break;
  }
  return '';
}

/**
 * A row of answer buttons standing in for a hidden checkbox (Ashby's Yes/No): the buttons beside the checkbox,
 * when there are at least two and each says a short answer. Empty when the checkbox is an ordinary one.
 */
export function answerButtons(checkbox: Element): HTMLButtonElement[] {
  const row = checkbox.parentElement;
  if (!row) return [];
  const buttons = Array.from(row.children).filter((c): c is HTMLButtonElement => c.tagName === 'BUTTON');
  const short = buttons.every((b) => {
    const text = (b.textContent ?? '').trim();
    return text.length > 0 && text.length <= 30;
  });
  return buttons.length >= 2 && short ? buttons : [];
}

/** The visible stand-in for a control the page hides behind an ARIA widget (Workable's radios and checkboxes). */
export function ariaStandIn(el: Element): Element | null {
  const type = (el as HTMLInputElement).type;
  if (type !== 'radio' && type !== 'checkbox') return null;
  return el.closest('[role="radio"], [role="checkbox"]');
}
